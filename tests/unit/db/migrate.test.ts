import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../src/node/db/open';
import { DatabaseTooNewError, loadMigrations } from '../../../src/node/db/migrate';
import { repoRoot } from '../../helpers/paths';
import { tempDir } from '../../helpers/temp';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function dir() {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

const EXPECTED_TABLES = ['article_lines', 'articles', 'articles_fts', 'claim_anchors', 'claim_sources', 'claims', 'claims_fts', 'events', 'settings', 'sources', 'sources_fts'];

describe('migration runner', () => {
  it('creates the whole schema in a fresh file, with the pragmas of the design', () => {
    const file = path.join(dir(), 'fresh.db');
    const ws = openWorkspace(file);
    try {
      const tables = (ws.db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table') AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[]).map((r) => r.name);
      for (const t of EXPECTED_TABLES) expect(tables).toContain(t);
      // The newest migration's version (0030-desk.sql today), not a number that goes stale with the next one.
      expect(ws.schemaVersion).toBe(loadMigrations(path.join(repoRoot, 'migrations')).at(-1)!.version);
      expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(ws.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(ws.migration.backupPath).toBeNull(); // nothing to keep in a new file
      expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      ws.close();
    }
  });

  it('changes nothing when run a second time', () => {
    const file = path.join(dir(), 'twice.db');
    openWorkspace(file).close();
    const schemaBefore = new Database(file).prepare(`SELECT sql FROM sqlite_master ORDER BY name`).all();
    const ws = openWorkspace(file);
    expect(ws.migration.applied).toEqual([]);
    expect(ws.db.prepare(`SELECT sql FROM sqlite_master ORDER BY name`).all()).toEqual(schemaBefore);
    ws.close();
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  it('refuses a database written by a newer Factbench and leaves it byte-identical', () => {
    const file = path.join(dir(), 'newer.db');
    const ws = openWorkspace(file);
    ws.db.prepare(`INSERT INTO settings(key, value) VALUES ('schema.writtenBy', json(?)) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run('"9.4.0"');
    ws.db.pragma('user_version = 990');
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    ws.db.pragma('journal_mode = DELETE');
    ws.close();
    const before = fs.readFileSync(file);
    let caught: unknown;
    try {
      openWorkspace(file);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DatabaseTooNewError);
    expect((caught as Error).message).toMatch(/schema version 990/);
    expect((caught as Error).message).toMatch(/Factbench 9\.4\.0 or later/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('copies a database that holds data aside before migrating it, and the copy holds the data', () => {
    const root = dir();
    const migrations = path.join(root, 'migrations');
    fs.mkdirSync(migrations);
    fs.copyFileSync(path.join(repoRoot, 'migrations/0010-init.sql'), path.join(migrations, '0010-init.sql'));
    const file = path.join(root, 'data.db');
    const ws = openWorkspace(file, { migrationsDir: migrations });
    ws.db.prepare(`INSERT INTO settings(key, value) VALUES ('marker', '"kept"')`).run();
    ws.close();

    fs.writeFileSync(path.join(migrations, '0020-add-note.sql'), `ALTER TABLE articles ADD COLUMN note TEXT;\nCREATE TABLE later (id TEXT PRIMARY KEY) STRICT;\n`);
    const upgraded = openWorkspace(file, { migrationsDir: migrations });
    try {
      expect(upgraded.migration).toMatchObject({ from: 10, to: 20, applied: ['0020-add-note.sql'] });
      expect(upgraded.schemaVersion).toBe(20);
      const backup = upgraded.migration.backupPath!;
      expect(fs.existsSync(backup)).toBe(true);
      const copy = new Database(backup, { readonly: true });
      expect(copy.pragma('user_version', { simple: true })).toBe(10);
      expect(copy.prepare(`SELECT value FROM settings WHERE key = 'marker'`).get()).toEqual({ value: '"kept"' });
      copy.close();
    } finally {
      upgraded.close();
    }
  });

  it('applies pending migrations in one transaction: a failing step leaves the file as it was', () => {
    const root = dir();
    const migrations = path.join(root, 'migrations');
    fs.mkdirSync(migrations);
    fs.copyFileSync(path.join(repoRoot, 'migrations/0010-init.sql'), path.join(migrations, '0010-init.sql'));
    fs.writeFileSync(path.join(migrations, '0020-broken.sql'), `CREATE TABLE half (id TEXT) STRICT;\nTHIS IS NOT SQL;\n`);
    const file = path.join(root, 'atomic.db');
    expect(() => openWorkspace(file, { migrationsDir: migrations })).toThrow();
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare(`SELECT count(*) AS n FROM sqlite_master`).get()).toEqual({ n: 0 });
    db.close();
  });
});
