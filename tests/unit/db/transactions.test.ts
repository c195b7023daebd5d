/**
 * The port's transactions on both engines: all or nothing, the store's own
 * repositories refused inside one, no nesting; on SQLite a block that waits
 * for anything but the database is refused; on PostgreSQL concurrent
 * read-then-write transactions are serialized (retried), so none is lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/node/db/port';
import { TransactionAwaitedError } from '../../../src/node/db/sqlite-store';
import { createApi, type Api } from '../../../src/node/api';
import { tempPostgresWorkspace } from '../../helpers/postgres';
import { tempWorkspace } from '../../helpers/workspace';

const STORY = 'Le ministre a déclaré que le budget augmentera de 12 % en 2025, un record depuis dix ans.';

for (const engine of ['SQLite', 'PostgreSQL'] as const) {
  describe(`transactions on ${engine}`, () => {
    let store: Store;
    let api: Api;
    let cleanup: () => unknown;
    let claimId: string;

    beforeAll(async () => {
      if (engine === 'SQLite') {
        const ws = tempWorkspace();
        store = ws.workspace;
        cleanup = ws.cleanup;
      } else {
        const ws = await tempPostgresWorkspace();
        store = ws.store;
        cleanup = ws.cleanup;
      }
      api = createApi(store, {}, 'tester');
      const imported = await api.dispatch({ method: 'articles.import', input: { text: STORY } });
      if (!imported.ok) throw new Error(imported.error.message);
      const articleId = (imported.value as { articleId: string }).articleId;
      const start = STORY.indexOf('le budget');
      const claim = await api.dispatch({ method: 'claims.create', input: { articleId, start, end: STORY.length } });
      if (!claim.ok) throw new Error(claim.error.message);
      claimId = (claim.value as { id: string }).id;
    });
    afterAll(() => cleanup());

    const settingsKey = (name: string) => `test.${engine}.${name}`;

    it('keeps nothing of a block that fails', async () => {
      await expect(
        store.transaction(async (t) => {
          await t.settings.set(settingsKey('failed'), { written: true });
          throw new Error('the block fails after writing');
        }),
      ).rejects.toThrow('the block fails after writing');
      expect(await store.repos.settings.get(settingsKey('failed'), null)).toBeNull();
    });

    it('refuses the store\'s own repositories inside a transaction, and nested transactions', async () => {
      await expect(store.transaction(() => store.repos.settings.get(settingsKey('outside'), null))).rejects.toThrow(/outside the transaction/);
      await expect(store.transaction(() => store.transaction(async () => 1))).rejects.toThrow(/do not nest/);
      expect(await store.transaction(async (t) => t.settings.get(settingsKey('inside'), 'default'))).toBe('default');
    });

    if (engine === 'SQLite') {
      it('refuses a block that waits for something else than the database, and keeps nothing of it', async () => {
        await expect(
          store.transaction(async (t) => {
            await t.settings.set(settingsKey('awaited'), 1);
            await new Promise((resolve) => setTimeout(resolve, 5)); // a page fetch, an import: work to do before the transaction
          }),
        ).rejects.toBeInstanceOf(TransactionAwaitedError);
        expect(await store.repos.settings.get(settingsKey('awaited'), null)).toBeNull();
      });
    }

    it('loses none of many sources added to one claim at once', async () => {
      const results = await Promise.all(
        Array.from({ length: 16 }, (_, i) => api.dispatch({ method: 'sources.add', input: { claimId, source: { url: `https://example.org/s/${i}`, title: `Source ${i}` } } })),
      );
      expect(results.filter((r) => !r.ok)).toEqual([]);
      const detail = await api.dispatch({ method: 'claims.get', input: { id: claimId } });
      const sources = (detail as { ok: true; value: { sources: { title: string }[] } }).value.sources;
      expect(sources).toHaveLength(16);
      expect(new Set(sources.map((s) => s.title)).size).toBe(16);
      const history = await api.dispatch({ method: 'claims.history', input: { id: claimId } });
      expect((history as { ok: true; value: unknown[] }).value.length).toBeGreaterThanOrEqual(17);
    });
  });
}
