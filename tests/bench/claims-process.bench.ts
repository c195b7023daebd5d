/**
 * The claim pipeline as a user runs it, a whole process: `node bin/factbench.js
 * claims FILE --json` on 5 MB of news text (start-up, model loading, import,
 * cleaning, detection, JSON output), against a bare `Intl.Segmenter` sentence
 * pass over the same file in its own Node process. Goal: at most 2x.
 *
 * The command-line bundle is rebuilt first (scripts/build-cli.mjs), so that
 * bin/factbench.js runs what `npm ci` gives users rather than the TypeScript
 * sources through tsx. Each process is timed by its CPU time (user + system,
 * read from /proc when it ends, as `time` does), best of several interleaved
 * runs: on a shared two-core machine wall time mostly measures the others.
 *
 *   npx tsx tests/bench/claims-process.bench.ts
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = path.resolve(ROOT, '../shared');
const MB = 1024 * 1024;

/** The nine news articles and the reference story, repeated with their digits shifted on each copy (as claims.bench.ts). */
function newsText(bytes: number): string {
  const dir = path.join(SHARED, 'datasets/news');
  const sources = [...fs.readdirSync(dir).sort().map((f) => path.join(dir, f)), path.join(SHARED, 'fixtures/ats-2023-09-13-kim-putin.fr.txt')];
  const base = sources.map((f) => fs.readFileSync(f, 'utf8')).join('\n\n');
  const parts: string[] = [];
  let size = 0;
  for (let copy = 0; size < bytes; copy++) {
    const shifted = copy === 0 ? base : base.replace(/\d/g, (d) => String((Number(d) + copy) % 10));
    parts.push(shifted);
    size += shifted.length + 2;
  }
  return parts.join('\n\n').slice(0, bytes);
}

const FLOOR = `
const fs = require('node:fs');
const text = fs.readFileSync(process.argv[1], 'utf8');
const segmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });
let n = 0;
for (const paragraph of text.split(/\\n+/)) for (const _ of segmenter.segment(paragraph)) n++;
process.stdout.write(String(n));
`;

/** The CPU time of a command and its children, in seconds (bash's `time`, from getrusage). */
function cpuSeconds(args: string[]): number {
  const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('bash', ['-c', `TIMEFORMAT='%U %S'; time ( ${quoted} > /dev/null )`], { encoding: 'utf8', cwd: ROOT, maxBuffer: 256 * MB });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  const [user, system] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number) as [number, number];
  return user + system;
}

const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) throw new Error('scripts/build-cli.mjs failed');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factbench-bench-'));
try {
  const file = path.join(dir, 'news-5mb.txt');
  fs.writeFileSync(file, newsText(5 * MB));
  const app = [process.execPath, 'bin/factbench.js', 'claims', file, '--json'];
  const floor = [process.execPath, '-e', FLOOR, file];
  let appBest = Infinity;
  let floorBest = Infinity;
  for (let i = 0; i < 3; i++) {
    floorBest = Math.min(floorBest, cpuSeconds(floor));
    appBest = Math.min(appBest, cpuSeconds(app));
  }
  console.log(`BENCH claims-process: ratio ${(appBest / floorBest).toFixed(2)}x (work ${(appBest * 1000).toFixed(0)} ms, floor ${(floorBest * 1000).toFixed(0)} ms, goal <= 2x)`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
