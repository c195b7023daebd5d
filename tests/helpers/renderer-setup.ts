/**
 * vitest global setup: the team-server tests start `factbench serve`, which
 * serves the built renderer and refuses to start without it. On a fresh clone
 * nothing has built it yet (the end-to-end suite builds it, after the unit
 * tests), so build it once here when it is missing: every test file then runs
 * alone or in any order, on a cold machine as on a warm one.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot as root } from './paths';

export default function setup() {
  if (fs.existsSync(path.join(root, 'out', 'renderer', 'index.html'))) return;
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const built = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new Error(`building the renderer for the team-server tests failed (vite build exited ${built.status ?? built.signal})`);
}
