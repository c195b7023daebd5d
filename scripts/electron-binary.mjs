// Where Electron's binary is, or why it is not there. Shared by `npm start` and `npm run test:electron`.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** @returns {{ ok: true, path: string, version: string } | { ok: false, reason: string, version: string }} */
export function electronBinary() {
  const pkgDir = path.dirname(require.resolve('electron/package.json'));
  const version = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
  const pathFile = path.join(pkgDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return { ok: false, version, reason: `Electron ${version}'s binary was never downloaded (node_modules/electron/path.txt is missing)` };
  const binary = path.join(pkgDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  if (!fs.existsSync(binary)) return { ok: false, version, reason: `Electron ${version}'s binary is missing at ${binary}` };
  return { ok: true, path: binary, version };
}

/** On a machine with internet the first run downloads Electron; here it fails quickly and says so. */
export function tryDownload(spawnSync) {
  const pkgDir = path.dirname(require.resolve('electron/package.json'));
  const r = spawnSync(process.execPath, [path.join(pkgDir, 'install.js')], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 });
  return r.status === 0;
}
