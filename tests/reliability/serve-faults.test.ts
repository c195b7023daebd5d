/**
 * The team server under faults (issue 11, point 7), on a PostgreSQL cluster
 * of this file's own (it is restarted):
 * - an instance killed with SIGKILL while checkers write through it: every
 *   write it acknowledged is in the database afterwards;
 * - PostgreSQL restarted (pg_ctl restart) while two instances work: calls in
 *   flight fail as data (`unavailable`, never `internal`), the event streams
 *   say `reconnecting` and then `ok`, the instances reconnect by themselves
 *   (pool and listener), no acknowledged write is lost, and the stream of a
 *   client that stayed connected misses none of them.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../src/contract/envelope';
import { openStore } from '../../src/node/db/open-store';
import { referenceArticlePath } from '../helpers/paths';
import { createDatabase, startCluster, type Cluster } from '../helpers/postgres-cluster';
import { must, rpc, startServe, type ServeProcess } from '../helpers/serve-process';
import { openEventStream, type EventStream } from '../helpers/sse-client';

const TOKEN = 'faults-test-token-0123456789';
const WRITERS = 4;

let cluster: Cluster;
const cleanups: (() => Promise<unknown> | unknown)[] = [];

beforeAll(async () => {
  cluster = await startCluster();
  cleanups.push(() => cluster.stop());
});
afterAll(async () => {
  for (const c of cleanups.reverse()) await Promise.resolve(c()).catch(() => undefined);
});

/** A migrated database with the reference article; its claims' ids. */
async function workspace(name: string): Promise<{ url: string; articleId: string; claims: string[] }> {
  await createDatabase(cluster.url('postgres'), name);
  const url = cluster.url(name);
  const { store } = await openStore({ url, migrate: true });
  await store.close();
  const server = await startServe(['--database', url, '--token', TOKEN]);
  try {
    const { articleId } = await must<{ articleId: string }>(server, 'articles.import', { text: fs.readFileSync(referenceArticlePath, 'utf8') });
    const claims = (await must<{ id: string }[]>(server, 'claims.list', { articleId })).map((c) => c.id);
    return { url, articleId, claims };
  } finally {
    await server.stop();
  }
}

/** What a writer saw: the rationale of its claim each time it was acknowledged, and the last one it sent. */
interface WriterLog {
  claim: string;
  acked: string[];
  /** Sent but not answered (the server died under it): may or may not be stored. */
  unanswered: string | null;
  failures: { code: string; message: string }[];
}

/** One checker: writes rationale after rationale to its own claim, through `pick()`'s server, until `stop()`. */
function writer(claim: string, tag: string, pick: () => ServeProcess, running: () => boolean): { log: WriterLog; done: Promise<void> } {
  const log: WriterLog = { claim, acked: [], unanswered: null, failures: [] };
  const done = (async () => {
    for (let n = 0; running(); n++) {
      const rationale = `${tag} ${n}`;
      log.unanswered = rationale;
      let answer: Awaited<ReturnType<typeof rpc>>;
      try {
        answer = await rpc(pick(), 'claims.update', { id: claim, patch: { rationale } });
      } catch {
        return; // the server is gone (killed): this write was never acknowledged
      }
      log.unanswered = null;
      if (answer.ok) log.acked.push(rationale);
      else log.failures.push(answer.error);
    }
  })();
  return { log, done };
}

async function rationales(url: string): Promise<Map<string, string>> {
  const { store } = await openStore({ url });
  try {
    const rows = await Promise.all((await store.repos.articles.list()).map((a) => store.repos.claims.listByArticle(a.id)));
    return new Map(rows.flat().map((c) => [c.id, c.rationale]));
  } finally {
    await store.close();
  }
}

describe('the team server under faults', () => {
  it('killed with SIGKILL during writes, loses no acknowledged write', async () => {
    const ws = await workspace('killed');
    for (let round = 0; round < 3; round++) {
      const server = await startServe(['--database', ws.url, '--token', TOKEN]);
      cleanups.push(() => server.kill());
      let alive = true;
      const writers = ws.claims.slice(0, WRITERS).map((claim, i) => writer(claim, `round ${round} writer ${i}`, () => server, () => alive));
      // Let some writes be acknowledged, then kill it with calls in flight.
      await new Promise<void>((resolve) => {
        const check = setInterval(() => {
          if (writers.every((w) => w.log.acked.length >= 5 + round * 3)) {
            clearInterval(check);
            resolve();
          }
        }, 5);
      });
      await server.kill();
      alive = false;
      await Promise.all(writers.map((w) => w.done));

      const stored = await rationales(ws.url);
      for (const { log } of writers) {
        expect(log.failures).toEqual([]);
        // The last acknowledged value, or the one in flight when it died (committed, not yet answered).
        expect([log.acked.at(-1), log.unanswered].filter(Boolean)).toContain(stored.get(log.claim));
      }
    }
  });

  it('PostgreSQL restarted during work: calls fail as `unavailable`, the instances reconnect by themselves, nothing acknowledged is lost', async () => {
    const ws = await workspace('restarted');
    const [a, b] = await Promise.all([startServe(['--database', ws.url, '--token', TOKEN]), startServe(['--database', ws.url, '--token', TOKEN])]);
    cleanups.push(() => a.stop(), () => b.stop());
    const stream: EventStream = await openEventStream(a);
    cleanups.push(() => stream.close());
    const start = stream.lastId()!;

    let alive = true;
    let turn = 0;
    const writers = ws.claims.slice(0, WRITERS).map((claim, i) => writer(claim, `writer ${i}`, () => (turn++ % 2 ? a : b), () => alive));
    const acked = () => writers.reduce((n, w) => n + w.log.acked.length, 0);
    const until = (test: () => boolean) =>
      new Promise<void>((resolve) => {
        const check = setInterval(() => {
          if (test()) {
            clearInterval(check);
            resolve();
          }
        }, 5);
      });
    await until(() => acked() >= 20);
    await cluster.restart();
    const afterRestart = acked();
    // Both instances work again without being restarted themselves.
    await until(() => writers.every((w) => w.log.acked.length > 0) && acked() >= afterRestart + 20);
    alive = false;
    await Promise.all(writers.map((w) => w.done));

    const failures = writers.flatMap((w) => w.log.failures);
    expect(failures.length).toBeGreaterThan(0);
    for (const f of failures) {
      expect(f.code).toBe('unavailable');
      expect(f.message).toMatch(/^The database is unavailable, nothing was changed/);
    }
    // The desk heard that it was reconnecting, then that it was back.
    const states = stream.frames.flatMap((f) => (f.event?.type === 'connection' ? [f.event.state] : []));
    expect(states).toEqual(['reconnecting', 'ok']);

    // A change through B reaches the client of A: the listener is back.
    const probe = stream.waitFor((f) => f.event?.type === 'changed' && f.event.id === ws.claims[WRITERS]);
    await must(b, 'claims.update', { id: ws.claims[WRITERS], patch: { verdict: 'verified' } });
    await probe;

    const stored = await rationales(ws.url);
    for (const { log } of writers) expect(stored.get(log.claim)).toBe(log.acked.at(-1));
    // The stream that stayed open missed nothing: numbered, in order, no repeat, one per acknowledged write at least.
    const ids = stream.frames.filter((f) => f.event?.type === 'changed').map((f) => f.id!);
    expect(ids[0]).toBeGreaterThan(start);
    expect(ids).toEqual([...ids].sort((x, y) => x - y));
    expect(new Set(ids).size).toBe(ids.length);
    const heard = stream.frames.filter((f): f is typeof f & { event: Extract<ApiEvent, { type: 'changed' }> } => f.event?.type === 'changed');
    for (const { log } of writers) expect(heard.filter((f) => f.event.id === log.claim).length).toBeGreaterThanOrEqual(log.acked.length);
  });
});
