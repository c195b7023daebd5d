/**
 * Two `factbench serve` instances on one PostgreSQL database, as behind a
 * load balancer: a change made through one reaches the event streams of the
 * other (pg_notify, one listening connection per instance, the row read
 * back), every change is numbered, and a client that loses its stream and
 * comes back to the other instance with Last-Event-ID gets exactly what it
 * missed, in order; a number too old or unknown gets `reconnected`.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../../src/contract/envelope';
import { referenceArticlePath } from '../../helpers/paths';
import { freshPostgresDatabase } from '../../helpers/postgres';
import { must, startServe, type ServeProcess } from '../../helpers/serve-process';
import { openEventStream, type EventStream, type Frame } from '../../helpers/sse-client';

const TOKEN = 'a-shared-token-for-both-instances';
type Changed = Extract<ApiEvent, { type: 'changed' }>;
const changed = (f: Frame): Changed | null => (f.event?.type === 'changed' ? f.event : null);

describe('two team-server instances on one PostgreSQL database', () => {
  let a: ServeProcess;
  let b: ServeProcess;
  let articleId: string;
  let claimIds: string[];
  const cleanups: (() => Promise<unknown>)[] = [];
  const streams: EventStream[] = [];

  beforeAll(async () => {
    const db = await freshPostgresDatabase();
    cleanups.push(db.drop);
    [a, b] = await Promise.all([startServe(['--database', db.url, '--token', TOKEN]), startServe(['--database', db.url, '--token', TOKEN])]);
    cleanups.unshift(() => a.stop(), () => b.stop());
    articleId = (await must<{ articleId: string }>(a, 'articles.import', { text: fs.readFileSync(referenceArticlePath, 'utf8') })).articleId;
    claimIds = (await must<{ id: string }[]>(b, 'claims.list', { articleId })).map((c) => c.id);
    expect(claimIds.length).toBeGreaterThan(3);
  });
  afterAll(async () => {
    for (const s of streams) s.close();
    for (const c of cleanups) await c().catch(() => undefined);
  });

  const listen = async (server: ServeProcess, lastId?: number | string) => {
    const s = await openEventStream(server, lastId);
    streams.push(s);
    return s;
  };

  it('serve the same workspace: what one stores, the other reads', async () => {
    expect((await must<{ id: string }[]>(b, 'articles.list')).map((x) => x.id)).toEqual([articleId]);
    expect(a.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=a-shared-token-for-both-instances$/);
  });

  it('a change made through one reaches a client of the other, numbered', async () => {
    const onB = await listen(b);
    const start = onB.lastId();
    expect(start).toBeGreaterThan(0); // the import's events are numbered already
    const arrived = onB.waitFor((f) => changed(f)?.id === claimIds[0]);
    await must(a, 'claims.update', { id: claimIds[0], patch: { verdict: 'false', rationale: 'Set through A' } });
    const frame = await arrived;
    expect(changed(frame)).toEqual({ type: 'changed', entity: 'claim', id: claimIds[0], articleId });
    expect(frame.id).toBeGreaterThan(start!);
  });

  it('a client that reconnects to the other instance with Last-Event-ID gets exactly the events it missed, in order', async () => {
    const first = await listen(a);
    const seen = first.lastId()!;
    first.close();
    // Changes while it is away, through both instances: claims, a source, the settings.
    await must(a, 'claims.update', { id: claimIds[1], patch: { status: 'in-progress' } });
    await must(b, 'claims.update', { id: claimIds[2], patch: { verdict: 'verified' } });
    const cited = await must<{ id: string }>(a, 'sources.add', { claimId: claimIds[1], source: { url: 'https://example.org/missed', title: 'Missed' } });
    await must(b, 'settings.update', { patch: { reviewer: 'Camille' } });
    const expected: Changed[] = [
      { type: 'changed', entity: 'claim', id: claimIds[1]!, articleId },
      { type: 'changed', entity: 'claim', id: claimIds[2]!, articleId },
      { type: 'changed', entity: 'source', id: cited.id, articleId },
      { type: 'changed', entity: 'settings', id: 'workspace', articleId: null },
    ];

    const back = await listen(b, seen);
    await back.waitFor((f) => changed(f)?.entity === 'settings');
    const replayed = back.frames.filter((f) => f.event !== null);
    expect(replayed.map((f) => f.event)).toEqual(expected);
    const ids = replayed.map((f) => f.id!);
    expect(ids[0]).toBe(seen + 1);
    expect(ids).toEqual([...ids].sort((x, y) => x - y));
    expect(new Set(ids).size).toBe(ids.length);

    // And then the live stream, from where the replay ended, with no repeat.
    const next = back.waitFor((f) => changed(f)?.id === claimIds[3]);
    await must(a, 'claims.update', { id: claimIds[3], patch: { verdict: 'misleading' } });
    expect((await next).id).toBe(ids.at(-1)! + 1);
    expect(back.frames.filter((f) => f.event !== null)).toHaveLength(expected.length + 1);
  });

  it('a number it does not know, or a gap too old, gets `reconnected`: re-read everything', async () => {
    for (const stale of ['999999999', 'not-a-number']) {
      const s = await listen(a, stale);
      expect(s.frames[0]!.event).toEqual({ type: 'changed', entity: 'workspace', id: 'reconnected', articleId: null });
      expect(s.frames[0]!.id).toBeGreaterThan(0);
    }
    // The import wrote one event per article; more than the replay limit (1000) is needed for "too old":
    // from 0, everything this database ever recorded is few enough to replay.
    const all = await listen(b, 0);
    expect(all.frames[0]!.event).toEqual({ type: 'changed', entity: 'article', id: articleId, articleId });
  });
});
