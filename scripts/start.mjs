// `npm start`: build, get a better-sqlite3 built for Electron's ABI (kept apart from Node's), launch.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary, tryDownload } from './electron-binary.mjs';
import { electronSqliteBinding } from './electron-sqlite.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

let electron = electronBinary();
if (!electron.ok && tryDownload(spawnSync)) electron = electronBinary();
if (!electron.ok) {
  console.error(`Factbench cannot open its Electron window here: ${electron.reason} and it cannot be downloaded on this machine. Use the browser mode: npm run web`);
  process.exit(1);
}
if (spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit', cwd: root }).status !== 0) process.exit(1);
const binding = electronSqliteBinding(root, electron.version);
if (!binding) {
  console.error('Could not get better-sqlite3 for Electron (needs internet for a prebuilt binary, or a C++ toolchain).');
  process.exit(1);
}
const result = spawnSync(electron.path, [root, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, FACTBENCH_SQLITE_BINDING: binding } });
process.exit(result.status ?? 0);
