/**
 * `npm run bench`: runs every tests/bench/*.bench.ts in its own process, one after
 * the other (so they do not compete for the two cores), and prints their BENCH
 * lines: each a ratio against a floor measured in the same run. Asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = fs
  .readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const tsx = path.resolve(here, '../../node_modules/tsx/dist/cli.mjs');
const lines: string[] = [];
for (const file of files) {
  console.log(`\n── ${file}`);
  const r = spawnSync(process.execPath, ['--expose-gc', tsx, path.join(here, file)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(r.stdout);
  lines.push(...r.stdout.split('\n').filter((l) => l.startsWith('BENCH ')));
  if (r.status !== 0) lines.push(`BENCH ${file}: failed to run (exit ${r.status})`);
}
console.log('\nSummary');
for (const l of lines) console.log(l);
