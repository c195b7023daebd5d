// `npm run test:electron`: the electron-playwright-helpers suite, where Electron's binary exists.
// Where it does not, say why in one line and fail: never report a pass that did not run.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';
import { electronSqliteBinding } from './electron-sqlite.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electron = electronBinary();
if (!electron.ok) {
  console.error(`test:electron cannot run: ${electron.reason} and this machine cannot download it; the same flows run in Chromium under npm test.`);
  process.exit(1);
}
if (spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit', cwd: root }).status !== 0) process.exit(1);
const binding = electronSqliteBinding(root, electron.version);
if (!binding) {
  console.error('test:electron cannot run: better-sqlite3 could not be built for Electron.');
  process.exit(1);
}
const r = spawnSync('npx', ['playwright', 'test', '-c', 'tests/electron/playwright.config.ts'], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, ELECTRON_PATH: electron.path, FACTBENCH_SQLITE_BINDING: binding },
});
process.exit(r.status ?? 1);
