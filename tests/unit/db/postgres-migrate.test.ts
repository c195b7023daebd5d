import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseTooNewError, loadMigrations } from '../../../src/node/db/migrate';
import { openWorkspace } from '../../../src/node/db/open';
import { openStore } from '../../../src/node/db/open-store';
import { loadPostgresMigrations, migratePostgres, SchemaOutdatedError } from '../../../src/node/db/postgres/migrate';
import { createPool } from '../../../src/node/db/postgres/connection';
import { freshPostgresDatabase } from '../../helpers/postgres';
import { repoRoot } from '../../helpers/paths';
import { tempDir } from '../../helpers/temp';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function emptyDatabase() {
  const db = await freshPostgresDatabase('template0');
  cleanups.push(db.drop);
  return db;
}

async function query<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** The whole schema as the catalog describes it, to prove a refusal changed nothing. */
const schemaOf = (url: string) =>
  query(url, `SELECT c.relname, c.relkind, a.attname, a.atttypid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
              WHERE n.nspname = 'public' ORDER BY 1, 3`);

const latest = loadPostgresMigrations().at(-1)!.version;
const where = (url: string) => url.replace(/^postgres:\/\/postgres@/, 'postgres://postgres@');

describe('PostgreSQL migrations', () => {
  it('create the whole schema in an empty database, only when told to, and say so', async () => {
    const db = await emptyDatabase();
    const refused = await openStore({ url: db.url }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SchemaOutdatedError);
    expect((refused as Error).message).toBe(`The database ${where(db.url)} holds no Factbench workspace yet; create it with: factbench migrate --database ${where(db.url)}`);
    expect(await schemaOf(db.url)).toEqual([]); // refused untouched

    const { store, migration } = await openStore({ url: db.url, migrate: true });
    cleanups.push(() => store.close());
    expect(migration).toEqual({ from: 0, to: latest, applied: loadPostgresMigrations().map((m) => m.name) });
    expect(store.schemaVersion).toBe(latest);
    expect(await query(db.url, 'SELECT version, written_by FROM factbench_schema')).toEqual([{ version: latest, written_by: expect.any(String) }]);
    const again = await openStore({ url: db.url, migrate: true });
    cleanups.push(() => again.store.close());
    expect(again.migration).toEqual({ from: latest, to: latest, applied: [] });
  });

  it('refuse an outdated schema with the command to run, then bring it up to date with its data', async () => {
    const db = await emptyDatabase();
    const pool = createPool(db.url);
    const older = loadPostgresMigrations().filter((m) => m.version <= 30);
    await migratePostgres(pool, older, '0.0.1');
    await pool.query(`INSERT INTO articles(id, title, body, original, imported_at, updated_at) VALUES ('0190a000-0000-7000-8000-000000000001', 'Kept', 'Body', 'Body', now(), now())`);
    await pool.end();
    const refused = await openStore({ url: db.url }).catch((e: unknown) => e);
    expect((refused as Error).message).toBe(`The database ${where(db.url)} has schema version 30; this Factbench needs ${latest}. Upgrade it with: factbench migrate --database ${where(db.url)}`);
    const { store, migration } = await openStore({ url: db.url, migrate: true });
    cleanups.push(() => store.close());
    expect(migration!.applied).toEqual(loadPostgresMigrations().filter((m) => m.version > 30).map((m) => m.name));
    expect((await store.repos.articles.list()).map((a) => a.title)).toEqual(['Kept']);
  });

  it('refuse a schema newer than the code untouched, with the message SQLite gives', async () => {
    const db = await freshPostgresDatabase();
    cleanups.push(db.drop);
    await query(db.url, `UPDATE factbench_schema SET version = $1, written_by = '9.4.0'`, [latest + 900]);
    const before = await schemaOf(db.url);
    for (const migrate of [false, true]) {
      const refused = await openStore({ url: db.url, migrate }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(DatabaseTooNewError);
      expect(await schemaOf(db.url)).toEqual(before);
      expect(await query(db.url, 'SELECT version, written_by FROM factbench_schema')).toEqual([{ version: latest + 900, written_by: '9.4.0' }]);

      // The same numbers on SQLite give the same words.
      const t = tempDir();
      cleanups.push(t.cleanup);
      const file = path.join(t.dir, 'newer.db');
      const ws = openWorkspace(file);
      ws.db.prepare(`INSERT INTO settings(key, value) VALUES ('schema.writtenBy', json(?)) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run('"9.4.0"');
      ws.db.pragma(`user_version = ${latest + 900}`);
      await ws.close();
      expect(loadMigrations(path.join(repoRoot, 'migrations')).at(-1)!.version).toBe(latest);
      expect(() => openWorkspace(file)).toThrow((refused as Error).message);
    }
  });

  it('take turns when two instances migrate at once', async () => {
    const db = await emptyDatabase();
    const [a, b] = await Promise.all([openStore({ url: db.url, migrate: true }), openStore({ url: db.url, migrate: true })]);
    cleanups.push(() => a.store.close(), () => b.store.close());
    expect([a.migration!.applied.length, b.migration!.applied.length].sort()).toEqual([0, loadPostgresMigrations().length]);
    expect(a.store.schemaVersion).toBe(latest);
    expect(b.store.schemaVersion).toBe(latest);
  });
});
