/**
 * The two engines' schemas, read live from each engine's catalog, are the
 * same: tables, columns (and which may be null), primary keys, foreign keys
 * with their ON DELETE, indexes with their columns. Excepted by name, with
 * the reason (migrations/README.md): SQLite's FTS5 tables (PostgreSQL
 * searches a generated column), PostgreSQL's `search` column and its GIN
 * indexes, and its factbench_schema table (SQLite keeps the version in the
 * file header).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresCatalog, POSTGRES_ONLY_COLUMNS, POSTGRES_ONLY_TABLES, sqliteCatalog, type TableInfo } from '../../../src/node/db/dialect/catalog';
import { openWorkspace } from '../../../src/node/db/open';
import { freshPostgresDatabase } from '../../helpers/postgres';
import { repoRoot } from '../../helpers/paths';
import { tempDir } from '../../helpers/temp';

const migrationFiles = (dir: string) => fs.readdirSync(dir).filter((f) => /^\d{4}-[\w-]+\.sql$/.test(f)).sort();

/** One engine's schema in a comparable form: sorted, engine-only parts removed. */
function comparable(schema: Record<string, TableInfo>) {
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([table]) => !POSTGRES_ONLY_TABLES.includes(table))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([table, t]) => [
        table,
        {
          columns: t.columns.filter((c) => !POSTGRES_ONLY_COLUMNS.includes(c.name)).sort((a, b) => a.name.localeCompare(b.name)),
          primaryKey: t.primaryKey,
          foreignKeys: [...t.foreignKeys].sort((a, b) => a.column.localeCompare(b.column)),
          indexes: t.indexes.filter((i) => !POSTGRES_ONLY_COLUMNS.some((c) => i.columns.includes(c))).sort((a, b) => a.name.localeCompare(b.name)),
        },
      ]),
  );
}

describe('the SQLite and PostgreSQL schemas', () => {
  let sqlite: ReturnType<typeof comparable>;
  let postgres: ReturnType<typeof comparable>;
  const cleanups: (() => unknown)[] = [];

  beforeAll(async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const ws = openWorkspace(path.join(t.dir, 'schema.db'));
    cleanups.push(() => ws.close());
    // A Kysely of its own over the workspace's connection (never destroyed: the workspace closes the connection).
    sqlite = comparable(await sqliteCatalog.describe(new Kysely<never>({ dialect: new SqliteDialect({ database: ws.db }) })));
    const db = await freshPostgresDatabase();
    cleanups.push(db.drop);
    const pool = new pg.Pool({ connectionString: db.url });
    const kysely = new Kysely<never>({ dialect: new PostgresDialect({ pool }) });
    cleanups.unshift(() => kysely.destroy());
    postgres = comparable(await postgresCatalog.describe(kysely));
  });
  afterAll(async () => {
    for (const c of cleanups) await c();
  });

  it('come from migration files of the same names, in lockstep', () => {
    const here = migrationFiles(path.join(repoRoot, 'migrations'));
    expect(here.length).toBeGreaterThan(0);
    expect(migrationFiles(path.join(repoRoot, 'migrations/postgres'))).toEqual(here);
  });

  it('have the same tables', () => {
    expect(Object.keys(postgres)).toEqual(Object.keys(sqlite));
    expect(Object.keys(sqlite)).toEqual(expect.arrayContaining(['articles', 'claims', 'claim_anchors', 'sources', 'claim_sources', 'events', 'settings', 'attachments', 'past_checks', 'claim_matches']));
  });

  it('have the same columns, each nullable on both or on neither', () => {
    for (const table of Object.keys(sqlite)) expect(postgres[table]?.columns, table).toEqual(sqlite[table]!.columns);
  });

  it('have the same primary keys and foreign keys, with the same ON DELETE', () => {
    for (const table of Object.keys(sqlite)) {
      expect(postgres[table]?.primaryKey, table).toEqual(sqlite[table]!.primaryKey);
      expect(postgres[table]?.foreignKeys, table).toEqual(sqlite[table]!.foreignKeys);
    }
  });

  it('have the same indexes, by name, columns and uniqueness', () => {
    for (const table of Object.keys(sqlite)) expect(postgres[table]?.indexes, table).toEqual(sqlite[table]!.indexes);
  });
});
