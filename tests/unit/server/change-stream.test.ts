/**
 * The change stream read from the events table says what the services
 * announce after their commits: for each writing method, the `changed`
 * events a desk gets from the table (another instance's, or after a
 * reconnection) are the ones the method emitted in-process. On both engines
 * (the source of a citation is read from the row's JSON, which each engine
 * stores its own way).
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../../src/contract/envelope';
import type { Api } from '../../../src/node/api';
import type { Store } from '../../../src/node/db/port';
import { ChangeFeed, type StreamFrame } from '../../../src/node/services/change-stream';
import { referenceArticlePath } from '../../helpers/paths';
import { tempPostgresWorkspace } from '../../helpers/postgres';
import { tempWorkspace } from '../../helpers/workspace';

type Changed = Extract<ApiEvent, { type: 'changed' }>;
const key = (e: Changed) => `${e.entity}:${e.id}:${e.articleId ?? ''}`;

const engines: [string, () => Promise<{ store: Store; api: Api; cleanup: () => unknown }>][] = [
  [
    'SQLite',
    () => {
      const w = tempWorkspace();
      return Promise.resolve({ store: w.workspace, api: w.api, cleanup: w.cleanup });
    },
  ],
  ['PostgreSQL', () => tempPostgresWorkspace()],
];

describe.each(engines)('the change stream on %s', (_name, open) => {
  let ws: Awaited<ReturnType<typeof open>>;
  let feed: ChangeFeed;
  let frames: StreamFrame[];
  let emitted: Changed[];

  beforeAll(async () => {
    ws = await open();
    feed = await ChangeFeed.open(ws.store, { replayLimit: 5 });
    frames = [];
    await feed.attach(undefined, (f) => frames.push(f));
    emitted = [];
    ws.api.subscribe((e, committed) => {
      if (e.type === 'changed' && committed) emitted.push(e);
    });
  });
  afterAll(() => ws.cleanup());

  /** Calls `method`, then compares what it emitted with what the table streams for it. */
  async function call<T>(method: string, input: unknown): Promise<T> {
    emitted = [];
    const before = frames.length;
    const r = await ws.api.dispatch({ method, input });
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    await feed.poll();
    const streamed = frames.slice(before).map((f) => f.event as Changed);
    expect(new Set(streamed.map(key)), method).toEqual(new Set(emitted.map(key)));
    return r.value as T;
  }

  it('streams, numbered and in order, the changes every writing method announces', async () => {
    const start = feed.position;
    const { articleId } = await call<{ articleId: string }>('articles.import', { text: fs.readFileSync(referenceArticlePath, 'utf8') });
    const claims = await ws.api.dispatch({ method: 'claims.list', input: { articleId } }).then((r) => (r.ok ? (r.value as { id: string; anchors: { id: string; start: number; end: number }[] }[]) : []));
    const [c1, c2, c3, c4] = claims;
    await call('articles.updateMeta', { id: articleId, patch: { outlet: 'ATS / Keystone' } });
    await call('claims.update', { id: c1!.id, patch: { verdict: 'false', rationale: 'Because.' } });
    const made = await call<{ id: string }>('claims.create', { articleId, start: c4!.anchors[0]!.start, end: c4!.anchors[0]!.start + 12 });
    const cited = await call<{ id: string }>('sources.add', { claimId: c1!.id, source: { url: 'https://example.org/a', title: 'A' } });
    await call('sources.updateCitation', { claimId: c1!.id, sourceId: cited.id, patch: { stance: 'refutes' } });
    await call('sources.link', { claimId: c2!.id, sourceId: cited.id, stance: 'context' });
    await call('sources.update', { id: cited.id, patch: { title: 'A, renamed' } });
    await call('sources.unlink', { claimId: c2!.id, sourceId: cited.id });
    await call('editing.merge', { into: c2!.id, from: [c3!.id] });
    await call('speakers.rename', { articleId, from: 'Kim Jong Un', to: 'Kim Jong-un' });
    await call('settings.update', { patch: { reviewer: 'Camille' } });
    await call('articles.delete', { id: articleId });
    expect(made.id).toBeTruthy();

    const ids = frames.map((f) => f.id!);
    expect(ids[0]).toBe(start); // the position frame
    expect(ids.slice(1)).toEqual([...ids.slice(1)].sort((a, b) => a - b));
    expect(feed.position).toBe(ids.at(-1));
  });

  it('replays from a number, and past the replay limit says `reconnected` instead', async () => {
    const replay = async (from: number) => {
      const got: StreamFrame[] = [];
      const client = await feed.attach(String(from), (f) => got.push(f));
      client.detach();
      return got;
    };
    const last = feed.position;
    const recent = await replay(last - 3);
    expect(recent.map((f) => f.id)).toEqual([last - 2, last - 1, last]);
    const old = await replay(last - 6);
    expect(old).toEqual([{ id: last, event: { type: 'changed', entity: 'workspace', id: 'reconnected', articleId: null } }]);
    expect(await replay(last)).toEqual([{ id: last }]);
  });
});
