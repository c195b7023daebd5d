/**
 * The team server under load (issue 11): two `factbench serve` instances on
 * one PostgreSQL 15 database (a throwaway cluster with fsync on, as a server
 * runs), and autocannon driving simulated checkers at them, half on each:
 * each opens its article, lists its claims, sets a verdict, writes a
 * rationale and searches, again and again. Printed: p50/p95/p99 latency of
 * every call, errors, and whether every acknowledged write reads back
 * afterwards; then the same with a 20 MB import running meanwhile; and the
 * fan-out delay, from a write through one instance to its arrival at an
 * event-stream client of the other.
 *
 * Floors measured in the same run: the same calls from one checker per
 * instance (the latency of an idle server), and the fan-out delay with no load.
 * The goals (p95 <= 50 ms, p99 <= 150 ms, 0 errors; p95 with the import
 * <= 2x; fan-out p95 <= 500 ms) are printed beside the figures.
 *
 *   npx tsx tests/bench/serve.bench.ts
 *   FACTBENCH_LOAD_SECONDS=20 FACTBENCH_CHECKERS=20 npx tsx tests/bench/serve.bench.ts   (shorter)
 *
 * The load generator runs on the same machine as the servers and PostgreSQL:
 * on 2 cores they share them; the figures say so.
 */
import os from 'node:os';
import autocannon from 'autocannon';
import { openStore } from '../../src/node/db/open-store';
import { createDatabase, startCluster } from '../helpers/postgres-cluster';
import { must, rpc, startServe, type ServeProcess } from '../helpers/serve-process';
import { openEventStream } from '../helpers/sse-client';
/** The one BENCH line format (measure.ts's report), with a goal in words where it is absolute rather than a ratio. */
function report(name: string, workMs: number, floorMs: number, goal: string, extra = ''): void {
  console.log(`BENCH ${name}: ratio ${(workMs / floorMs).toFixed(2)}x (work ${workMs.toFixed(1)} ms, floor ${floorMs.toFixed(1)} ms, goal ${goal})${extra ? ' ' + extra : ''}`);
}

const SECONDS = Number(process.env.FACTBENCH_LOAD_SECONDS ?? 60);
const CHECKERS = Number(process.env.FACTBENCH_CHECKERS ?? 50);
const IMPORT_MB = Number(process.env.FACTBENCH_IMPORT_MB ?? 20);
const TOKEN = 'bench-team-server-token-0123456789';
const VERDICTS = ['verified', 'mostly-true', 'misleading', 'false', 'unverifiable'];
const SEARCHES = ['ministre', 'emplois', 'Washington', 'budget milliards', 'Kremlin sanctions', 'inflation record'];

const WORDS = 'gouvernement annonce milliards budget Washington Kremlin sanctions missiles élection inflation record premier depuis pandémie vaccin réfugiés frontière accord armes'.split(' ');
const paragraph = (i: number) =>
  `Le ministre ${i % 500} a déclaré que le ${WORDS[i % WORDS.length]} a augmenté de ${i % 97} % en 2023, selon l'Insee. « Nous avons créé ${1000 + i} emplois », a-t-il affirmé à propos de ${WORDS[(i * 7) % WORDS.length]} et ${WORDS[(i * 13) % WORDS.length]}.`;
const articleText = (n: number, paragraphs: number) => [`Article ${n} : le budget et les emplois`, ...Array.from({ length: paragraphs }, (_, i) => paragraph(n * 1000 + i))].join('\n\n');

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const loadavg = () => os.loadavg()[0]!.toFixed(1);

interface Checker {
  id: number;
  articleId: string;
  claimId: string;
  n: number;
}

interface LoadResult {
  latencies: number[];
  errors: string[];
  requests: number;
  /** Per claim, the rationale of its last acknowledged write. */
  acked: Map<string, string>;
  /** Per claim, a write sent and never answered (in flight when the run stopped): it may or may not be stored. */
  pending: Map<string, string>;
  writes: number;
}

/** `connections` checkers per instance for `seconds`, each cycling through the five calls of a checker's day. */
async function load(servers: ServeProcess[], checkersPer: number, seconds: number, claims: { articleId: string; claimId: string }[], tag: string): Promise<LoadResult> {
  const result: LoadResult = { latencies: [], errors: [], requests: 0, acked: new Map(), pending: new Map(), writes: 0 };
  // A checker is a connection's state for one round of the five calls (autocannon starts each round
  // with a fresh context). A rationale write takes a claim no other write holds, and gives it back with
  // its answer: one write in flight per claim, so the last acknowledged one is what the claim must hold.
  let next = 0;
  const free = [...claims];
  const checkerOf = (ctx: object): Checker => {
    const context = ctx as { checker?: Checker };
    if (!context.checker) {
      const i = next++;
      context.checker = { id: i, ...claims[i % claims.length]!, n: 0 } satisfies Checker;
    }
    return context.checker;
  };
  const takeClaim = (c: Checker): string => {
    const claim = free.shift();
    if (!claim) throw new Error('more checkers than claims to write');
    c.claimId = claim.claimId;
    return claim.claimId;
  };
  const giveBack = (c: Checker) => free.push(claims.find((x) => x.claimId === c.claimId)!);
  const call = (method: string, input: (c: Checker) => unknown, onOk?: (c: Checker, value: unknown) => void, after?: (c: Checker) => void): autocannon.Request => ({
    method: 'POST',
    path: '/rpc',
    setupRequest: (req, context) => ({ ...req, body: JSON.stringify({ method, input: input(checkerOf(context)) }) }),
    onResponse: (status, body, context) => {
      const c = checkerOf(context);
      type Answer = { ok: boolean; value?: unknown; error?: { code: string; message: string } };
      let answer: Answer | null;
      try {
        answer = JSON.parse(body) as Answer;
      } catch {
        answer = null;
      }
      if (status !== 200 || !answer?.ok) result.errors.push(`${method}: HTTP ${status} ${answer?.error ? `${answer.error.code}: ${answer.error.message}` : body.slice(0, 200)}`);
      else onOk?.(c, answer.value);
      after?.(c);
    },
  });
  const requests: autocannon.Request[] = [
    call('articles.get', (c) => ({ id: c.articleId })),
    call('claims.list', (c) => ({ articleId: c.articleId })),
    call('claims.update', (c) => ({ id: c.claimId, patch: { verdict: VERDICTS[c.n % VERDICTS.length] } })),
    call(
      'claims.update',
      (c) => {
        const id = takeClaim(c);
        const rationale = `${tag} checker ${c.id} write ${++c.n}`;
        result.pending.set(id, rationale);
        return { id, patch: { rationale } };
      },
      (c) => {
        result.writes++;
        result.acked.set(c.claimId, `${tag} checker ${c.id} write ${c.n}`);
      },
      (c) => {
        result.pending.delete(c.claimId);
        giveBack(c);
      },
    ),
    call('search.query', (c) => ({ q: SEARCHES[(c.id + c.n) % SEARCHES.length] })),
  ];
  const runs = servers.map((s) => {
    return new Promise<autocannon.Result>((resolve, reject) => {
      const options = { url: s.origin, connections: checkersPer, duration: seconds, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, requests, timeout: 30 };
      const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
      instance.on('response', (_client, _status, _bytes, responseTime) => {
        result.latencies.push(responseTime);
        result.requests++;
      });
    });
  });
  const done = await Promise.all(runs);
  for (const r of done) {
    if (r.errors > 0 || r.timeouts > 0) result.errors.push(`autocannon: ${r.errors} connection errors, ${r.timeouts} timeouts`);
    if (r.non2xx > 0 && !result.errors.some((e) => e.includes('HTTP'))) result.errors.push(`autocannon: ${r.non2xx} non-2xx`);
  }
  result.latencies.sort((a, b) => a - b);
  return result;
}

/**
 * Every acknowledged write, read back through both instances: each claim holds its last acknowledged
 * rationale, or the one written after it that was still in flight when the load stopped (committed or not).
 */
async function readBack(servers: ServeProcess[], r: LoadResult): Promise<string> {
  let later = 0;
  const wrong: string[] = [];
  for (const [claimId, rationale] of r.acked) {
    for (const s of servers) {
      const claim = await must<{ rationale: string }>(s, 'claims.get', { id: claimId });
      if (claim.rationale === rationale) continue;
      if (claim.rationale === r.pending.get(claimId)) later++;
      else wrong.push(`${claimId}: "${claim.rationale}" instead of "${rationale}"`);
    }
  }
  const inFlight = `${r.pending.size} writes were in flight when the load stopped; ${later / servers.length} of them are stored`;
  return wrong.length === 0 ? `all ${r.acked.size} claims hold their last acknowledged write on both instances (${inFlight})` : `LOST WRITES: ${wrong.slice(0, 5).join('; ')} (${wrong.length}; ${inFlight})`;
}

function summary(name: string, r: LoadResult, floorP95: number, goal: string, seconds: number, extra = ''): number {
  const p = (q: number) => percentile(r.latencies, q);
  const p95 = p(95);
  report(
    name,
    p95,
    floorP95,
    goal,
    `[p50 ${p(50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, p99 ${p(99).toFixed(1)} ms, max ${r.latencies.at(-1)?.toFixed(0)} ms; ${r.requests} calls in ${seconds} s (${(r.requests / seconds).toFixed(0)}/s), ${r.writes} acknowledged rationale writes; errors ${r.errors.length}${r.errors.length ? `: ${[...new Set(r.errors)].slice(0, 3).join(' | ')}` : ''}; load average ${loadavg()}]${extra}`,
  );
  return p95;
}

const cluster = await startCluster({ durable: true });
const servers: ServeProcess[] = [];
try {
  await createDatabase(cluster.url('postgres'), 'bench');
  const url = cluster.url('bench');
  (await openStore({ url, migrate: true })).store.close();
  servers.push(...(await Promise.all([startServe(['--database', url, '--token', TOKEN]), startServe(['--database', url, '--token', TOKEN])])));
  const [a, b] = servers as [ServeProcess, ServeProcess];

  // The desk's workspace: 10 articles of 40 paragraphs (each about 80 claims), one claim per checker to write.
  const claims: { articleId: string; claimId: string }[] = [];
  for (let n = 0; n < 10; n++) {
    const { articleId } = await must<{ articleId: string }>(a, 'articles.import', { text: articleText(n, 40), language: 'fr' });
    const list = await must<{ id: string }[]>(b, 'claims.list', { articleId });
    claims.push(...list.slice(0, Math.ceil(CHECKERS / 10) + 3).map((c) => ({ articleId, claimId: c.id })));
  }
  const probeClaim = claims.pop()!;
  console.log(`workspace: 10 articles, ${claims.length} claims for the checkers; ${os.cpus().length} cores, load average before ${loadavg()}`);

  // Fan-out: a write through A, until its change arrives at an event-stream client of B.
  const stream = await openEventStream(b);
  const fanOut = async (ms: number) => {
    const delays: number[] = [];
    let last = stream.lastId() ?? 0;
    const until = performance.now() + ms;
    for (let i = 0; performance.now() < until; i++) {
      const t0 = performance.now();
      const arrived = stream.waitFor((f) => f.event?.type === 'changed' && f.event.id === probeClaim.claimId && (f.id ?? 0) > last, 30_000);
      const r = await rpc(a, 'claims.update', { id: probeClaim.claimId, patch: { rationale: `probe ${i}` } });
      if (!r.ok) throw new Error(`probe write: ${r.error.message}`);
      const frame = await arrived;
      last = frame.id!;
      delays.push(frame.at - t0);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return delays.sort((x, y) => x - y);
  };

  // Floors: one checker per instance, and the fan-out of an idle pair.
  const quietFanOut = await fanOut(5_000);
  const idle = await load(servers, 1, Math.max(5, Math.round(SECONDS / 6)), claims, 'idle');
  const idleP95 = percentile(idle.latencies, 95);
  console.log(`floor: one checker per instance, p95 ${idleP95.toFixed(1)} ms over ${idle.requests} calls; fan-out with no load p95 ${percentile(quietFanOut, 95).toFixed(1)} ms`);

  // 1. CHECKERS checkers, half on each instance, with the fan-out probe running meanwhile.
  const probe = fanOut(SECONDS * 1000);
  const loaded = await load(servers, CHECKERS / 2, SECONDS, claims, 'load');
  const loadedFanOut = await probe;
  const loadedP95 = summary(`${CHECKERS} checkers for ${SECONDS} s on 2 instances (p95 vs one checker alone)`, loaded, idleP95, 'p95 <= 50 ms, p99 <= 150 ms, 0 errors', SECONDS);
  console.log(`read back: ${await readBack(servers, loaded)}`);
  report(
    `fan-out, write through one instance to a client of the other, under that load (p95 vs no load)`,
    percentile(loadedFanOut, 95),
    percentile(quietFanOut, 95),
    'p95 <= 500 ms',
    `[p50 ${percentile(loadedFanOut, 50).toFixed(1)} ms, p95 ${percentile(loadedFanOut, 95).toFixed(1)} ms, max ${loadedFanOut.at(-1)!.toFixed(0)} ms over ${loadedFanOut.length} writes]`,
  );

  // 2. The same with a 20 MB import through instance A meanwhile.
  const parts: string[] = [];
  for (let i = 0, size = 0; size < IMPORT_MB * 1_000_000 - 400; i++) {
    const p = paragraph(i);
    parts.push(p);
    size += p.length + 2;
  }
  const big = parts.join('\n\n').slice(0, IMPORT_MB * 1_000_000);
  const t0 = performance.now();
  let importMs = NaN;
  const importing = rpc(a, 'articles.import', { text: big, language: 'fr' }).then((r) => {
    importMs = performance.now() - t0;
    return r;
  });
  const withImport = await load(servers, CHECKERS / 2, SECONDS, claims, 'import');
  const imported = await importing;
  summary(
    `${CHECKERS} checkers for ${SECONDS} s with a ${IMPORT_MB} MB import through one instance (p95 vs without, goal <= 2x)`,
    withImport,
    loadedP95,
    '<= 2x',
    SECONDS,
    ` [the import ${imported.ok ? `took ${(importMs / 1000).toFixed(1)} s` : `failed: ${imported.error.message}`}]`,
  );
  console.log(`read back: ${await readBack(servers, withImport)}`);
  stream.close();
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  cluster.stop();
}
