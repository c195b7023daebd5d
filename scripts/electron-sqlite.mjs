// better-sqlite3 built for Electron's ABI, in build/electron-native/<version>/, apart from Node's build in
// node_modules (which the tests and the CLI use). Electron's main process passes it as `nativeBinding`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** @returns {string | null} the .node file, built if needed; null when it cannot be had. */
export function electronSqliteBinding(root, electronVersion) {
  const binding = path.join(root, 'build', 'electron-native', electronVersion, 'better_sqlite3.node');
  if (fs.existsSync(binding)) return binding;
  const work = path.join(root, 'build', 'electron-native', 'work');
  const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', cwd: work });
  fs.rmSync(work, { recursive: true, force: true });
  fs.cpSync(path.join(root, 'node_modules', 'better-sqlite3'), work, { recursive: true, filter: (src) => !src.includes(`${path.sep}build${path.sep}`) });
  const prebuilt = run(process.execPath, [path.join(root, 'node_modules', 'prebuild-install', 'bin.js'), '--runtime', 'electron', '--target', electronVersion, '--arch', process.arch]);
  if (prebuilt.status !== 0) {
    const built = run('npx', ['--yes', 'node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers']);
    if (built.status !== 0) return null;
  }
  fs.mkdirSync(path.dirname(binding), { recursive: true });
  fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), binding);
  fs.rmSync(work, { recursive: true, force: true });
  return binding;
}
