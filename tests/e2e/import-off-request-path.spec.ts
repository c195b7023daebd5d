import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { ApiEvent } from '../../src/contract/envelope';
import { bigArticle } from '../helpers/big-article';
import { referenceArticlePath } from '../helpers/paths';
import { tempDir } from '../helpers/temp';
import { startHostProcess, type HostProcess } from './host-process';

/** The host's API as a script sees it: POST /rpc with the token, and the event stream. */
function client(hostUrl: string) {
  const url = new URL(hostUrl);
  const base = url.origin;
  const headers = { authorization: `Bearer ${new URLSearchParams(url.hash.slice(1)).get('token')}` };
  return {
    async call<T>(method: string, input: unknown): Promise<T> {
      const res = await fetch(`${base}/rpc`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ method, input }) });
      const body = (await res.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
      if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
      return body.value;
    },
    /** Opens /events; resolves once the stream is connected. `next(predicate)` waits for a matching event. */
    async events(): Promise<{ next(match: (e: ApiEvent) => boolean): Promise<ApiEvent>; seen: ApiEvent[]; close(): void }> {
      const controller = new AbortController();
      const res = await fetch(`${base}/events`, { headers, signal: controller.signal });
      const seen: ApiEvent[] = [];
      const waiting: { match: (e: ApiEvent) => boolean; resolve: (e: ApiEvent) => void }[] = [];
      void (async () => {
        const decoder = new TextDecoder();
        let buffer = '';
        const reader = res.body!.getReader();
        try {
          for (let read = await reader.read(); !read.done; read = await reader.read()) {
            buffer += decoder.decode(read.value, { stream: true });
            for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
              const frame = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              if (!frame.startsWith('data: ')) continue;
              const event = JSON.parse(frame.slice(6)) as ApiEvent;
              seen.push(event);
              for (const w of waiting.filter((w) => w.match(event))) {
                waiting.splice(waiting.indexOf(w), 1);
                w.resolve(event);
              }
            }
          }
        } catch {
          // aborted by close()
        }
      })();
      return {
        seen,
        next: (match) => new Promise((resolve) => waiting.push({ match, resolve })),
        close: () => controller.abort(),
      };
    },
  };
}

test.describe('heavy work off the request path', () => {
  const tmp = tempDir('factbench-offpath-');
  let host: HostProcess | null = null;

  test.afterAll(async () => {
    await host?.stop();
    tmp.cleanup();
  });

  test('while a 20 MB import runs, listing articles and editing a claim answer before it finishes', async () => {
    // The time a 20 MB import takes on two shared cores (cleaning and detecting ~180,000 claims, then storing them).
    test.setTimeout(300_000);
    host = await startHostProcess(path.join(tmp.dir, 'workspace.db'));
    const api = client(host.url);
    const { articleId } = await api.call<{ articleId: string }>('articles.import', { text: fs.readFileSync(referenceArticlePath, 'utf8'), language: 'fr' });
    const [claim] = await api.call<{ id: string }[]>('claims.list', { articleId });
    const events = await api.events();

    const finished: string[] = [];
    const big = api.call<{ articleId: string; claims: number }>('articles.import', { text: bigArticle(20).text, language: 'fr' }).then((r) => (finished.push('import'), r));
    // Its first progress report comes from the worker thread: the import is under way.
    const started = await events.next((e) => e.type === 'progress' && !e.done);
    const list = api.call<{ id: string }[]>('articles.list', {}).then((r) => (finished.push('articles.list'), r));
    const update = api.call<{ verdict: string | null }>('claims.update', { id: claim!.id, patch: { verdict: 'false', rationale: 'Checked while a big import ran.' } }).then((r) => (finished.push('claims.update'), r));

    expect((await list).map((a) => a.id)).toEqual([articleId]);
    expect((await update).verdict).toBe('false');
    const imported = await big;
    // The order is the point: both small calls completed before the import did.
    expect(finished).toHaveLength(3);
    expect(finished[2]).toBe('import');
    expect(imported.claims).toBeGreaterThan(150_000);

    // Progress still reached the page, from the worker through the pool, and the import's task ended.
    await events.next((e) => e.type === 'progress' && e.done && started.type === 'progress' && e.task === started.task);
    const labels = events.seen.flatMap((e) => (e.type === 'progress' && started.type === 'progress' && e.task === started.task ? [e.label] : []));
    expect(labels).toEqual(['read', 'clean', 'done', 'Finding claims', 'Import finished']);
    events.close();
    expect((await api.call<{ id: string }[]>('articles.list', {})).map((a) => a.id)).toContain(imported.articleId);
  });
});
