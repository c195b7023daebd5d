/**
 * Migrations on real data (issue 7). tests/unit/db/migrate.test.ts covers the
 * runner on synthetic migrations (fresh file, idempotence, the too-new refusal,
 * the backup, atomicity); here every released schema's fixture
 * (tests/fixtures/db, made by make-fixture.ts) is upgraded to the current schema
 * and read back through the API, and the refusal is seen as a user meets it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../src/node/api';
import { loadMigrations } from '../../src/node/db/migrate';
import { openWorkspace } from '../../src/node/db/open';
import { fid, fixturePath } from '../fixtures/db/make-fixture';
import { repoRoot } from '../helpers/paths';
import { tempDir } from '../helpers/temp';
import { integrity, must } from './helpers/seed';

const migrations = loadMigrations(path.join(repoRoot, 'migrations'));
const CURRENT = migrations.at(-1)!.version;
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((c) => c()));

function copyOf(version: number): string {
  const t = tempDir('factbench-migrate-');
  cleanups.push(t.cleanup);
  const file = path.join(t.dir, 'factbench.db');
  fs.copyFileSync(fixturePath(version), file);
  return file;
}

/** Every row of every ordinary table, on the columns it had, order-free. */
function rowsByTable(db: Database.Database, only?: Record<string, string[]>): Record<string, string[]> {
  const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'`).all() as { name: string }[]).map((r) => r.name);
  const out: Record<string, string[]> = {};
  for (const t of only ? Object.keys(only) : tables) {
    const cols = only?.[t] ?? (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(t) as { name: string }[]).map((c) => c.name);
    const list = cols.map((c) => `"${c}"`).join(', ');
    out[t] = (db.prepare(`SELECT ${list} FROM "${t}"`).raw().all() as unknown[][]).map((r) => JSON.stringify(r, (_k, v) => (Buffer.isBuffer(v) ? `blob:${v.toString('hex')}` : v))).sort();
  }
  return out;
}
function columnsByTable(db: Database.Database): Record<string, string[]> {
  const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'`).all() as { name: string }[]).map((r) => r.name);
  return Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(t) as { name: string }[]).map((c) => c.name)]));
}

describe('every released schema, upgraded with its data', () => {
  it('has a fixture for every schema version in migrations/', () => {
    for (const m of migrations) expect(fs.existsSync(fixturePath(m.version)), `no fixture for schema ${m.version}: run npx tsx tests/fixtures/db/make-fixture.ts ${m.version}`).toBe(true);
  });

  for (const { version } of migrations) {
    it(`schema ${version} → ${CURRENT}: every row kept, backed up first, readable and writable through the API`, async () => {
      const file = copyOf(version);
      const old = new Database(file, { readonly: true });
      expect(old.pragma('user_version', { simple: true })).toBe(version);
      const columns = columnsByTable(old);
      const before = rowsByTable(old);
      old.close();

      const ws = openWorkspace(file);
      cleanups.push(() => ws.close());
      expect(ws.schemaVersion).toBe(CURRENT);
      expect(ws.migration.from).toBe(version);
      expect(ws.migration.applied).toEqual(migrations.filter((m) => m.version > version).map((m) => m.name));
      // Every row of every table, on the columns it had, is still there unchanged (settings gains schema.writtenBy).
      const after = rowsByTable(ws.db, columns);
      for (const table of Object.keys(before)) {
        if (table === 'settings') for (const row of before[table]!.filter((r) => !r.includes('schema.writtenBy'))) expect(after[table]).toContain(row);
        else expect(after[table], table).toEqual(before[table]);
      }
      if (version < CURRENT) {
        // The file as it was, copied aside before the first statement of the migration.
        const backup = new Database(ws.migration.backupPath!, { readonly: true });
        expect(backup.pragma('user_version', { simple: true })).toBe(version);
        expect(rowsByTable(backup)).toEqual(before);
        backup.close();
      } else {
        expect(ws.migration.backupPath).toBeNull();
      }
      expect(integrity(ws)).toEqual({ integrity: 'ok', foreignKeys: [] });

      // What a fact-checker sees after the upgrade.
      const api = createApi(ws, {}, 'tester');
      const article = await must<{ meta: { title: string; outlet: string }; folded: unknown[]; body: string }>(api, 'articles.get', { id: fid(1) });
      expect(article.meta).toMatchObject({ title: 'Kim Jong Un en Russie', outlet: 'ATS' });
      expect(article.folded).toHaveLength(3);
      const claims = await must<{ id: string; verdict: string | null; speakerKind: string | null; anchors: { foldedLineId: string | null }[] }[]>(api, 'claims.list', { articleId: fid(1) });
      expect(claims.map((c) => c.id).sort()).toEqual([fid(21), fid(22), fid(23), fid(24)]);
      // The speaker's kind (schema 140); before it, unknown: ClaimReview falls back on the name.
      expect(claims.find((c) => c.id === fid(22))!.speakerKind).toBe(version >= 140 ? 'person' : null);
      expect(claims.find((c) => c.id === fid(21))!.anchors.map((a) => a.foldedLineId)).toEqual([null, fid(13)]);
      const detail = await must<{ verdict: string; summary: string | null; sources: { id: string; stance: string }[] }>(api, 'claims.get', { id: fid(21) });
      expect(detail.verdict).toBe('verified');
      // The short summary a fact-checker edited (schema 120); before it, none: the one made from the text stands.
      expect(detail.summary).toBe(version >= 120 ? 'Premier voyage de Kim Jong Un à l’étranger depuis la pandémie' : null);
      expect(detail.sources.map((s) => [s.id, s.stance])).toEqual([
        [fid(31), 'supports'],
        [fid(32), 'context'],
      ]);
      expect(await must(api, 'settings.get', {})).toMatchObject({ reviewer: 'Bob', uiLanguage: 'fr' });
      const hits = await must<{ id: string }[]>(api, 'search.query', { q: 'priorité absolue' });
      expect(hits.map((h) => h.id)).toContain(fid(22));
      const report = await must<{ text: string }>(api, 'reports.export', { articleId: fid(1), format: 'json' });
      expect(report.text).toContain('priorité absolue');
      expect((await must<unknown[]>(api, 'claims.history', { id: fid(21) })).length).toBeGreaterThan(0);
      // And keeps working.
      await must(api, 'claims.update', { id: fid(22), patch: { verdict: 'misleading', rationale: 'after upgrade' } });
      await must(api, 'sources.add', { claimId: fid(22), source: { url: 'https://example.org/after-upgrade', title: 'After' } });
      await must(api, 'articles.import', { text: 'Le chômage a baissé de 2 % en 2024, selon le ministre.', language: 'fr' });
      expect(integrity(ws)).toEqual({ integrity: 'ok', foreignKeys: [] });

      // Opening again changes nothing and copies nothing.
      ws.close();
      cleanups.pop();
      const again = openWorkspace(file);
      expect(again.migration.applied).toEqual([]);
      expect(again.migration.backupPath).toBeNull();
      again.close();
    });
  }

  it('upgrades a file whose last changes are still in its -wal (the app was killed before a checkpoint)', () => {
    const oldest = migrations[0]!.version;
    const t = tempDir('factbench-wal-');
    cleanups.push(t.cleanup);
    const live = copyOf(oldest);
    const db = new Database(live);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.prepare(`UPDATE claims SET verdict = 'false', rationale = 'only in the WAL' WHERE id = ?`).run(fid(22));
    // Copy the pair as a crash leaves it, while the connection still holds the WAL un-checkpointed.
    const crashed = path.join(t.dir, 'factbench.db');
    fs.copyFileSync(live, crashed);
    fs.copyFileSync(`${live}-wal`, `${crashed}-wal`);
    db.close();
    expect(fs.statSync(`${crashed}-wal`).size).toBeGreaterThan(0);
    const ws = openWorkspace(crashed);
    try {
      expect(ws.schemaVersion).toBe(CURRENT);
      expect(ws.db.prepare('SELECT verdict, rationale FROM claims WHERE id = ?').get(fid(22))).toEqual({ verdict: 'false', rationale: 'only in the WAL' });
      expect(integrity(ws)).toEqual({ integrity: 'ok', foreignKeys: [] });
      if (oldest < CURRENT) {
        const backup = new Database(ws.migration.backupPath!, { readonly: true });
        expect(backup.prepare('SELECT rationale FROM claims WHERE id = ?').get(fid(22))).toEqual({ rationale: 'only in the WAL' });
        backup.close();
      }
    } finally {
      ws.close();
    }
  });
});

describe('a workspace from a newer Factbench', () => {
  /** The newest fixture, upgraded to the current schema by this release, then marked as written by a later one. */
  function newer(writtenBy: string | null): string {
    const newest = [...migrations].reverse().find((m) => fs.existsSync(fixturePath(m.version)))!.version;
    const file = copyOf(newest);
    openWorkspace(file).close();
    for (const f of fs.readdirSync(path.dirname(file))) if (f !== 'factbench.db') fs.rmSync(path.join(path.dirname(file), f));
    const db = new Database(file);
    if (writtenBy) db.prepare(`UPDATE settings SET value = json(?) WHERE key = 'schema.writtenBy'`).run(JSON.stringify(writtenBy));
    else db.prepare(`DELETE FROM settings WHERE key = 'schema.writtenBy'`).run();
    db.pragma(`user_version = ${CURRENT + 10}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    return file;
  }

  it('is refused by the command line untouched, with the release it needs', async () => {
    const file = newer('9.9.9');
    const bytes = fs.readFileSync(file);
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin/factbench.js'), 'list', '--db', file], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).not.toBe(0);
    expect(stderr).toMatch(new RegExp(`schema version ${CURRENT + 10}`));
    expect(stderr).toMatch(/Factbench 9\.9\.9 or later/);
    expect(stderr).not.toMatch(/unexpected|at .*\.ts:\d+/); // one clear line, no stack
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['factbench.db']); // no -wal, -shm or backup
  });

  it('is refused with a message that still helps when the file does not say which release wrote it', () => {
    const file = newer(null);
    const bytes = fs.readFileSync(file);
    expect(() => openWorkspace(file)).toThrow(/schema version \d+.*newer release.*not changed/s);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});
