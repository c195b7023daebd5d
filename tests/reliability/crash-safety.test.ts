/**
 * Crash safety (issue 7): a writer process makes acknowledged changes through
 * the API (imports, verdicts, sources, manual claims) and is killed with SIGKILL
 * at random moments, again and again on the same workspace file. After every
 * kill the file opens, passes integrity_check and foreign_key_check, holds every
 * change acknowledged before the kill, and holds no half change.
 *
 * `npm test` runs FACTBENCH_KILLS (default 4); `npm run test:stress` runs 50.
 * FACTBENCH_CRASH_SEED reproduces a run.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../src/node/db/open';
import { repoRoot } from '../helpers/paths';
import { tempDir } from '../helpers/temp';
import { CrashModel } from './crash/model';
import type { WriterLine } from './crash/writer';

const KILLS = Number(process.env.FACTBENCH_KILLS ?? 4);
const SEED = Number(process.env.FACTBENCH_CRASH_SEED ?? Date.now() % 1_000_000);
const WRITER = path.join(repoRoot, 'tests/reliability/crash/writer.ts');

let rng = SEED || 1;
const random = () => {
  rng = (rng * 1103515245 + 12345) % 2147483648;
  return rng / 2147483648;
};

interface RunResult {
  lines: WriterLine[];
  /** The writer was killed with an operation announced but not acknowledged: a transaction may have been in flight. */
  inFlight: boolean;
  beforeReady: boolean;
  stderr: string;
}

/** Starts a writer on `db`, kills it with SIGKILL after a random delay, and returns what it said. */
function runAndKill(db: string, seed: number): Promise<RunResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, db, String(seed)], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: WriterLine[] = [];
  let buffer = '';
  let stderr = '';
  // Most kills land while changes stream in; some during start-up (opening, WAL recovery, migration).
  const beforeReady = random() < 0.15;
  const delay = beforeReady ? random() * 1500 : 100 + random() * 2500;
  let timer: NodeJS.Timeout | undefined;
  const kill = () => child.kill('SIGKILL');
  if (beforeReady) timer = setTimeout(kill, delay);
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = JSON.parse(buffer.slice(0, nl)) as WriterLine;
      buffer = buffer.slice(nl + 1);
      lines.push(line);
      if (line.kind === 'ready' && !beforeReady) timer = setTimeout(kill, delay);
    }
  });
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve, reject) => {
    const guard = setTimeout(() => {
      kill();
      reject(new Error(`writer neither got ready nor was killed in 120 s:\n${stderr}`));
    }, 120_000);
    child.once('exit', (code, signal) => {
      clearTimeout(guard);
      clearTimeout(timer);
      // Partial last line: the kill cut it, so it was never acknowledged.
      if (signal !== 'SIGKILL') return reject(new Error(`writer exited by itself (code ${code}):\n${stderr}`));
      const ops = lines.filter((l) => l.kind !== 'ready');
      const last = ops.at(-1);
      resolve({ lines, inFlight: last?.kind === 'intent', beforeReady: !lines.some((l) => l.kind === 'ready'), stderr });
    });
  });
}

describe('SIGKILL at random moments', () => {
  const { dir, cleanup } = tempDir('factbench-crash-');
  afterAll(cleanup);

  it(`keeps every acknowledged change through ${KILLS} kills`, async () => {
    const db = path.join(dir, 'factbench.db');
    const model = new CrashModel();
    let inFlight = 0;
    let beforeReady = 0;
    for (let kill = 1; kill <= KILLS; kill++) {
      const run = await runAndKill(db, Math.floor(random() * 2 ** 31)).catch((error: unknown) => {
        throw new Error(`after ${kill - 1} kills survived (seed ${SEED}): ${error instanceof Error ? error.message : String(error)}`);
      });
      for (const line of run.lines) model.add(line);
      if (run.inFlight) inFlight++;
      if (run.beforeReady) beforeReady++;

      // The next start of the app: the file opens (WAL recovery, no migration left to do) and everything is there.
      const ws = openWorkspace(db);
      try {
        expect(model.check(ws.db), `after kill ${kill} (seed ${SEED})`).toEqual([]);
      } finally {
        ws.close();
      }
    }
    const byOp = model.acked.reduce<Record<string, number>>((n, a) => ({ ...n, [a.op]: (n[a.op] ?? 0) + 1 }), {});
    console.log(`CRASH: ${KILLS} kills survived (seed ${SEED}); ${model.acked.length} acknowledged changes verified ${JSON.stringify(byOp)}; ${inFlight} kills with a change in flight, ${beforeReady} during start-up`);
    expect(model.acked.length).toBeGreaterThan(0);
  }, 60_000 + KILLS * 60_000);
});
