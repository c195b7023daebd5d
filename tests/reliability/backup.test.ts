/**
 * Backups (issue 7): `Export workspace`, `Open workspace`, rolling automatic
 * backups in the data folder, and restore — each checked by opening the copy
 * and reading back what a fact-checker saved.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../src/node/api';
import { backupsDirFor, createBackup, exportWorkspace, inspectWorkspaceFile, listBackups, maybeAutoBackup, openExistingWorkspace, restoreWorkspace, WorkspaceFileError } from '../../src/node/db/backup';
import { DatabaseTooNewError } from '../../src/node/db/migrate';
import { openWorkspace } from '../../src/node/db/open';
import { snapshotTables, tempWorkspace } from '../helpers/workspace';
import { tempDir } from '../helpers/temp';
import { count, integrity, must, seedWorkspace } from './helpers/seed';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((c) => c()));
function workspace() {
  const ws = tempWorkspace();
  cleanups.push(ws.cleanup);
  return ws;
}
function dir() {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('Export workspace', () => {
  it('writes a consistent, self-contained copy while the workspace keeps changing', async () => {
    const ws = workspace();
    for (let i = 0; i < 5; i++) await seedWorkspace(ws.api, i);
    // A second connection (the command line) writes while the copy is taken.
    const cli = openWorkspace(ws.file);
    cleanups.push(() => cli.close());
    const cliApi = createApi(cli, {}, 'cli');
    const before = snapshotTables(ws.workspace);
    const dest = path.join(dir(), 'export.db');
    const copying = exportWorkspace(ws.workspace.db, dest);
    const writes = Promise.all([seedWorkspace(cliApi, 100), seedWorkspace(ws.api, 101)]);
    const [{ bytes }] = await Promise.all([copying, writes]);

    expect(bytes).toBe(fs.statSync(dest).size);
    expect(fs.readdirSync(path.dirname(dest))).toEqual(['export.db']); // no .partial, no -wal beside it
    const copy = new Database(dest, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('user_version', { simple: true })).toBe(ws.workspace.schemaVersion);
    // Everything saved before the export began is in it, with the same values.
    const articles = copy.prepare('SELECT id, title, body FROM articles').all() as { id: string }[];
    for (const row of before.articles as { id: string; title: string; body: string }[]) {
      expect(articles).toContainEqual({ id: row.id, title: row.title, body: row.body });
    }
    const verdicts = copy.prepare(`SELECT id, verdict, rationale FROM claims WHERE verdict IS NOT NULL`).all();
    for (const row of (before.claims as { id: string; verdict: string | null; rationale: string }[]).filter((c) => c.verdict)) {
      expect(verdicts).toContainEqual({ id: row.id, verdict: row.verdict, rationale: row.rationale });
    }
    copy.close();
  });

  it('never overwrites the open workspace with itself, and leaves no half-written file when it fails', async () => {
    const ws = workspace();
    await seedWorkspace(ws.api);
    await expect(exportWorkspace(ws.workspace.db, ws.file)).rejects.toBeInstanceOf(WorkspaceFileError);
    const missing = path.join(dir(), 'no-such-folder', 'x.db');
    await expect(exportWorkspace(ws.workspace.db, missing)).rejects.toThrow();
    expect(fs.existsSync(path.dirname(missing))).toBe(false);
    expect(integrity(ws.workspace)).toEqual({ integrity: 'ok', foreignKeys: [] });
  });

  it('is served to the browser mode as a download that opens as the same workspace', async () => {
    const ws = workspace();
    const { articleId } = await seedWorkspace(ws.api);
    const exported = await must<{ filename: string; base64: string; mime: string }>(ws.api, 'workspace.export', {});
    expect(exported.filename).toMatch(/^factbench-workspace-\d{4}-\d{2}-\d{2}\.db$/);
    const file = path.join(dir(), exported.filename);
    fs.writeFileSync(file, Buffer.from(exported.base64, 'base64'));
    const reopened = openExistingWorkspace(file);
    try {
      expect(await must(createApi(reopened), 'articles.list', {})).toEqual(await must(ws.api, 'articles.list', {}));
      expect(reopened.db.prepare('SELECT id FROM articles').all()).toEqual([{ id: articleId }]);
    } finally {
      reopened.close();
    }
  });
});

describe('rolling automatic backups', () => {
  it('takes one when the last is older than the interval, and keeps a bounded number', async () => {
    const ws = workspace();
    await seedWorkspace(ws.api);
    const t0 = Date.parse('2024-05-01T08:00:00.000Z');
    const hour = 3_600_000;
    const made: string[] = [];
    for (let i = 0; i < 15; i++) {
      const b = await maybeAutoBackup(ws.workspace.db, { now: new Date(t0 + i * 7 * hour), intervalMs: 6 * hour, keep: 4 });
      expect(b, `backup ${i}`).not.toBeNull();
      made.push(b!.name);
      // Within the interval, nothing more is taken.
      expect(await maybeAutoBackup(ws.workspace.db, { now: new Date(t0 + i * 7 * hour + hour), intervalMs: 6 * hour, keep: 4 })).toBeNull();
    }
    const kept = listBackups(ws.file);
    expect(kept.map((b) => b.name)).toEqual(made.slice(-4).reverse());
    expect(path.dirname(kept[0]!.path)).toBe(backupsDirFor(ws.file));
    expect(kept[0]!.createdAt).toBe(new Date(t0 + 14 * 7 * hour).toISOString());
    // Each is a sound workspace holding the data; only its owner can read it.
    for (const b of kept) {
      expect(inspectWorkspaceFile(b.path).schemaVersion).toBe(ws.workspace.schemaVersion);
      expect(fs.statSync(b.path).mode & 0o077).toBe(0);
    }
    // Manual backups are bounded separately: automatic ones never push them out.
    await createBackup(ws.workspace.db, 'manual', { keep: 4 });
    expect(listBackups(ws.file).filter((b) => b.reason === 'manual')).toHaveLength(1);
    expect(listBackups(ws.file).filter((b) => b.reason === 'auto')).toHaveLength(4);
  });

  it('ignores files in the backups folder that are not its own', async () => {
    const ws = workspace();
    const folder = backupsDirFor(ws.file);
    fs.mkdirSync(folder, { recursive: true });
    for (const stray of ['notes.txt', 'factbench.db', 'other.2024-01-01T00-00-00-000Z.auto.db', 'factbench.yesterday.auto.db']) fs.writeFileSync(path.join(folder, stray), 'x');
    await createBackup(ws.workspace.db, 'auto', { keep: 1 });
    await createBackup(ws.workspace.db, 'auto', { keep: 1, now: new Date(Date.now() + 1000) });
    expect(listBackups(ws.file)).toHaveLength(1);
    expect(fs.readdirSync(folder)).toEqual(expect.arrayContaining(['notes.txt', 'factbench.db', 'other.2024-01-01T00-00-00-000Z.auto.db', 'factbench.yesterday.auto.db']));
  });
});

describe('restore', () => {
  it('brings back exactly what the backup held, keeps the state before as a copy, and every connection sees it', async () => {
    const ws = workspace();
    const a = await seedWorkspace(ws.api, 1);
    const backup = await must<{ name: string }>(ws.api, 'backups.create', {});
    const atBackup = snapshotTables(ws.workspace);

    // Later work: a verdict changed, a source unlinked, an article added, another deleted.
    await must(ws.api, 'claims.update', { id: a.claimId, patch: { verdict: 'verified' } });
    await must(ws.api, 'sources.unlink', { claimId: a.claimId, sourceId: a.sourceId });
    const b = await seedWorkspace(ws.api, 2);
    await must(ws.api, 'articles.delete', { id: a.articleId });
    const later = snapshotTables(ws.workspace);

    const cli = openWorkspace(ws.file); // the command line, open on the same file
    cleanups.push(() => cli.close());
    const result = await must<{ safetyCopy: { name: string; reason: string } }>(ws.api, 'backups.restore', { name: backup.name });
    expect(result.safetyCopy.reason).toBe('pre-restore');

    const now = snapshotTables(ws.workspace);
    const { events: eventsNow = [], ...restNow } = now;
    const { events: eventsThen = [], ...restThen } = atBackup;
    expect(restNow).toEqual(restThen);
    // The audit trail keeps the restore itself.
    expect(eventsNow.slice(0, eventsThen.length)).toEqual(eventsThen);
    expect(eventsNow.at(-1)).toMatchObject({ entity: 'workspace', action: 'restore' });
    expect(integrity(ws.workspace)).toEqual({ integrity: 'ok', foreignKeys: [] });
    expect((cli.db.prepare('SELECT verdict FROM claims WHERE id = ?').get(a.claimId) as { verdict: string }).verdict).toBe('false');
    expect(cli.db.prepare('SELECT id FROM articles WHERE id = ?').get(b.articleId)).toBeUndefined();
    // The API keeps working on the restored data.
    await must(ws.api, 'claims.update', { id: a.claimId, patch: { rationale: 'after restore' } });

    // The state before the restore is in the safety copy.
    const safety = listBackups(ws.file).find((x) => x.name === result.safetyCopy.name)!;
    const copy = new Database(safety.path, { readonly: true });
    expect(copy.prepare('SELECT id FROM articles ORDER BY rowid').all()).toEqual((later.articles as { id: string }[]).map((r) => ({ id: r.id })));
    copy.close();
  });

  it('refuses a name outside the backups folder or not listed, changing nothing', async () => {
    const ws = workspace();
    await seedWorkspace(ws.api);
    const before = snapshotTables(ws.workspace);
    for (const name of ['../factbench.db', '/etc/passwd', 'factbench.db/../../x.db', '..\\x.db', 'x.db\u0000.txt']) {
      const res = await ws.api.dispatch({ method: 'backups.restore', input: { name } });
      expect(res, name).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    const res = await ws.api.dispatch({ method: 'backups.restore', input: { name: 'factbench.2020-01-01T00-00-00-000Z.auto.db' } });
    expect(res).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(snapshotTables(ws.workspace)).toEqual(before);
  });

  it('refuses a damaged, foreign or newer file and leaves the workspace as it was', async () => {
    const ws = workspace();
    await seedWorkspace(ws.api);
    const before = snapshotTables(ws.workspace);
    const root = dir();
    const notSqlite = path.join(root, 'notes.db');
    fs.writeFileSync(notSqlite, 'these are my notes, not a database'.repeat(200));
    const foreign = path.join(root, 'foreign.db');
    new Database(foreign).exec('CREATE TABLE people (name TEXT)');
    const newer = path.join(root, 'newer.db');
    await exportWorkspace(ws.workspace.db, newer);
    const n = new Database(newer);
    n.prepare(`UPDATE settings SET value = json('"7.0.0"') WHERE key = 'schema.writtenBy'`).run();
    n.pragma('user_version = 700');
    n.close();
    const damaged = path.join(root, 'damaged.db');
    await exportWorkspace(ws.workspace.db, damaged);
    const bytes = fs.readFileSync(damaged);
    bytes.fill(0x41, 4096 * 2, 4096 * 3); // one page of the tables overwritten
    fs.writeFileSync(damaged, bytes);

    const problems: Record<string, string> = {};
    for (const [label, file] of Object.entries({ notSqlite, foreign, newer, damaged })) {
      const untouched = fs.readFileSync(file);
      const error = await restoreWorkspace(ws.workspace, file).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, label).toBeInstanceOf(Error);
      problems[label] = error instanceof WorkspaceFileError ? error.problem : error instanceof DatabaseTooNewError ? 'too-new' : String(error);
      expect(fs.readFileSync(file).equals(untouched), `${label} untouched`).toBe(true);
    }
    expect(problems).toEqual({ notSqlite: 'not-sqlite', foreign: 'not-factbench', newer: 'too-new', damaged: expect.stringMatching(/corrupt|not-sqlite/) });
    expect(snapshotTables(ws.workspace)).toEqual(before);
    expect(listBackups(ws.file)).toEqual([]); // refused before any copy was needed
  });
});

describe('Open workspace', () => {
  it('opens an exported workspace, and refuses a newer one untouched with the release it needs', async () => {
    const ws = workspace();
    await seedWorkspace(ws.api);
    const root = dir();
    const exported = path.join(root, 'colleague.db');
    await exportWorkspace(ws.workspace.db, exported);
    const opened = openExistingWorkspace(exported);
    expect(count(opened, 'claims')).toBe(count(ws.workspace, 'claims'));
    opened.close();

    const newer = path.join(root, 'newer.db');
    await exportWorkspace(ws.workspace.db, newer);
    const n = new Database(newer);
    n.prepare(`UPDATE settings SET value = json('"3.2.1"') WHERE key = 'schema.writtenBy'`).run();
    n.pragma('user_version = 300');
    n.pragma('journal_mode = DELETE');
    n.close();
    const untouched = fs.readFileSync(newer);
    expect(() => openExistingWorkspace(newer)).toThrow(/Factbench 3\.2\.1 or later/);
    expect(fs.readFileSync(newer).equals(untouched)).toBe(true);
    expect(fs.readdirSync(root).sort()).toEqual(['colleague.db', 'newer.db']);
    expect(() => openExistingWorkspace(path.join(root, 'missing.db'))).toThrow(WorkspaceFileError);
    expect(fs.existsSync(path.join(root, 'missing.db'))).toBe(false); // not created by trying
  });
});
