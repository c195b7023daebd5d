import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiEvent } from '../../../src/contract/envelope';
import { createApi } from '../../../src/node/api';
import { openWorkspace, type Workspace } from '../../../src/node/db/open';
import { EXTERNAL_CHANGE_EVENT, watchExternalChanges, withExternalChanges } from '../../../src/node/services/external-changes';
import { tempDir } from '../../helpers/temp';

const ARTICLE = 'Le président a déclaré mardi que le chômage avait baissé de 12 % en un an, selon les chiffres officiels.';

describe('outside changes to the workspace file', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    while (cleanups.length) cleanups.pop()!();
  });

  /** The app's connection and a second one on the same file (another process would be the same to SQLite). */
  function twoConnections(): { app: Workspace; other: Database.Database; file: string } {
    const { dir, cleanup } = tempDir();
    const file = path.join(dir, 'factbench.db');
    const app = openWorkspace(file);
    const other = new Database(file);
    other.pragma('busy_timeout = 5000');
    cleanups.push(cleanup, () => app.close(), () => other.close());
    return { app, other, file };
  }

  it('sees a commit by another connection once, and not its own commits', () => {
    const { app, other } = twoConnections();
    const onChange = vi.fn();
    const watcher = watchExternalChanges(app.db, onChange, 60_000);
    cleanups.push(() => watcher.stop());

    expect(watcher.check()).toBe(false);
    app.db.prepare(`INSERT INTO settings (key, value) VALUES ('own', '1')`).run();
    expect(watcher.check()).toBe(false);

    other.prepare(`INSERT INTO settings (key, value) VALUES ('theirs', '1')`).run();
    expect(watcher.check()).toBe(true);
    expect(watcher.check()).toBe(false);
    expect(onChange).toHaveBeenCalledTimes(1);

    // Two commits between two looks are one change.
    other.prepare(`INSERT INTO settings (key, value) VALUES ('theirs-2', '1')`).run();
    other.prepare(`INSERT INTO settings (key, value) VALUES ('theirs-3', '1')`).run();
    expect(watcher.check()).toBe(true);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('a read by another connection is not a change', () => {
    const { app, other } = twoConnections();
    const watcher = watchExternalChanges(app.db, () => undefined, 60_000);
    cleanups.push(() => watcher.stop());
    other.prepare('SELECT count(*) FROM articles').get();
    expect(watcher.check()).toBe(false);
  });

  it('announces an article imported by a second workspace (the command line) to every subscriber of the API, by polling', async () => {
    const { app, file } = twoConnections();
    const api = withExternalChanges(createApi(app, {}, 'tester'), app, 20);
    cleanups.push(() => api.stop());
    const seen: ApiEvent[] = [];
    const unsubscribe = api.subscribe((e) => seen.push(e));

    // The app's own import is announced by the service, not by the watcher.
    const own = await api.dispatch({ id: 1, method: 'articles.import', input: { text: ARTICLE } });
    expect(own.ok).toBe(true);
    await new Promise((r) => setTimeout(r, 100));
    expect(seen.filter((e) => e.type === 'changed' && e.entity === 'workspace')).toEqual([]);
    expect(seen.some((e) => e.type === 'changed' && e.entity === 'article')).toBe(true);

    const cli = openWorkspace(file);
    const cliApi = createApi(cli, {}, 'cli');
    const imported = await cliApi.dispatch({ id: 1, method: 'articles.import', input: { text: ARTICLE } });
    cli.close();
    expect(imported.ok).toBe(true);

    await vi.waitFor(() => expect(seen).toContainEqual(EXTERNAL_CHANGE_EVENT), { timeout: 5000 });
    expect(seen.filter((e) => e.type === 'changed' && e.entity === 'workspace')).toHaveLength(1);
    // The new article is there to be read by whoever refreshes on the event.
    const list = await api.dispatch({ id: 2, method: 'articles.list', input: {} });
    expect(list.ok && (list.value as unknown[]).length).toBe(2);

    unsubscribe();
  });

  it('stops polling when stopped, and a closed connection stops it too', async () => {
    const { app, other } = twoConnections();
    const onChange = vi.fn();
    const watcher = watchExternalChanges(app.db, onChange, 10);
    watcher.stop();
    other.prepare(`INSERT INTO settings (key, value) VALUES ('after-stop', '1')`).run();
    await new Promise((r) => setTimeout(r, 60));
    expect(onChange).not.toHaveBeenCalled();

    const again = watchExternalChanges(app.db, onChange, 10);
    app.close();
    expect(again.check()).toBe(false);
    expect(() => again.stop()).not.toThrow();
  });
});
