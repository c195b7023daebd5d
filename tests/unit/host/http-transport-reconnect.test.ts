import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiEvent } from '../../../src/contract/envelope';
import { httpTransport } from '../../../src/ui/api/http-transport';

/** An event stream response that sends these frames (numbered when `ids` are given), then ends (the host went away). */
function streamOf(events: ApiEvent[], ids?: number[]): Response {
  const body = events.map((e, i) => `${ids ? `id: ${ids[i]}\n` : ''}data: ${JSON.stringify(e)}\n\n`).join('');
  return new Response(new Blob([body]).stream(), { status: 200, headers: { 'content-type': 'text/event-stream' } });
}

describe('the browser transport event stream', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('after the stream comes back, tells the desk the whole workspace may have changed (events sent meanwhile are lost)', async () => {
    const first: ApiEvent = { type: 'changed', entity: 'claim', id: 'c1', articleId: 'a1' };
    const second: ApiEvent = { type: 'changed', entity: 'claim', id: 'c2', articleId: 'a1' };
    let connections = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        connections++;
        if (connections === 1) return streamOf([first]);
        if (connections === 2) return streamOf([second]);
        return new Promise<Response>(() => {}); // stays open
      }),
    );
    const heard: ApiEvent[] = [];
    const stop = httpTransport('token').onEvent((e) => e.type !== 'connection' && heard.push(e));
    await vi.waitFor(() => expect(heard).toHaveLength(3), { timeout: 5000 });
    stop();
    expect(heard[0]).toEqual(first);
    // The first connection is not a reconnection; the second is, and comes before what it then streams.
    expect(heard[1]).toEqual({ type: 'changed', entity: 'workspace', id: 'reconnected', articleId: null });
    expect(heard[2]).toEqual(second);
  });

  it('comes back with Last-Event-ID (the host replays what was missed), and says it is reconnecting meanwhile', async () => {
    const first: ApiEvent = { type: 'changed', entity: 'claim', id: 'c1', articleId: 'a1' };
    const missed: ApiEvent = { type: 'changed', entity: 'claim', id: 'c2', articleId: 'a1' };
    const asked: (string | null)[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: { headers: Record<string, string> }) => {
        asked.push(init.headers['last-event-id'] ?? null);
        if (asked.length === 1) return streamOf([first], [41]);
        if (asked.length === 2) return streamOf([missed], [42]);
        return new Promise<Response>(() => {});
      }),
    );
    const heard: ApiEvent[] = [];
    const stop = httpTransport('token').onEvent((e) => heard.push(e));
    await vi.waitFor(() => expect(asked).toHaveLength(3), { timeout: 5000 });
    stop();
    expect(asked).toEqual([null, '41', '42']);
    // No `reconnected` of its own: the host replayed what was missed.
    expect(heard).toEqual([first, { type: 'connection', state: 'reconnecting' }, { type: 'connection', state: 'ok' }, missed, { type: 'connection', state: 'reconnecting' }]);
  });
});
