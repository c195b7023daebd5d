import path from 'node:path';
import type pg from 'pg';
import { DatabaseTooNewError, loadMigrations, type Migration } from '../migrate';
import { migrationsDir } from '../paths';

/** The PostgreSQL twins of migrations/NNNN-name.sql (see migrations/README.md for the lockstep rule). */
export function postgresMigrationsDir(base = migrationsDir()): string {
  return path.join(base, 'postgres');
}

export function loadPostgresMigrations(dir = postgresMigrationsDir()): Migration[] {
  return loadMigrations(dir);
}

/** The database's schema is older than this Factbench and it was not asked to migrate: say what to run. */
export class SchemaOutdatedError extends Error {
  constructor(
    readonly found: number,
    readonly needed: number,
    readonly location: string,
  ) {
    super(
      found === 0
        ? `The database ${location} holds no Factbench workspace yet; create it with: factbench migrate --database ${location}`
        : `The database ${location} has schema version ${found}; this Factbench needs ${needed}. Upgrade it with: factbench migrate --database ${location}`,
    );
    this.name = 'SchemaOutdatedError';
  }
}

/**
 * SQLite keeps the schema version in its file header (user_version);
 * PostgreSQL keeps it in this one-row table, with the release that wrote it
 * (so an older Factbench can name the release a newer database needs).
 */
const VERSION_TABLE = `CREATE TABLE IF NOT EXISTS factbench_schema (
  one        boolean PRIMARY KEY DEFAULT true CHECK (one),
  version    integer NOT NULL,
  written_by text,
  migrated_at timestamptz NOT NULL DEFAULT now()
)`;

/** Any number, the same for every Factbench: two instances migrating at once take turns. */
const MIGRATION_LOCK = 0x46616374; // "Fact"

export interface SchemaState {
  version: number;
  writtenBy: string | null;
}

export async function readSchemaState(client: pg.PoolClient | pg.Pool): Promise<SchemaState> {
  // A query of pg_tables, not to_regclass(): after waiting for the migration lock, to_regclass may still
  // look through the catalog as it was before the other instance committed; a query sees what is committed.
  const exists = await client.query<{ t: boolean }>(`SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = 'factbench_schema') AS t`);
  if (!exists.rows[0]?.t) return { version: 0, writtenBy: null };
  const row = await client.query<{ version: number; written_by: string | null }>(`SELECT version, written_by FROM factbench_schema`);
  return { version: row.rows[0]?.version ?? 0, writtenBy: row.rows[0]?.written_by ?? null };
}

/** Refuses, before anything is written, a schema newer than the code: the same message as SQLite's. */
export function assertPostgresNotTooNew(state: SchemaState, migrations: Migration[]): void {
  const supported = migrations.at(-1)?.version ?? 0;
  if (state.version > supported) throw new DatabaseTooNewError(state.version, supported, state.writtenBy);
}

export interface PostgresMigrateResult {
  from: number;
  to: number;
  applied: string[];
}

/**
 * Applies every pending migration in one transaction (PostgreSQL's DDL is
 * transactional: a failed step leaves the schema as it was), holding an
 * advisory lock so that two instances started with --migrate take turns, and
 * reading the version again under it (the other may have done the work).
 */
export async function migratePostgres(pool: pg.Pool, migrations: Migration[], appVersion: string): Promise<PostgresMigrateResult> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const state = await readSchemaState(client);
      assertPostgresNotTooNew(state, migrations);
      const latest = migrations.at(-1)?.version ?? 0;
      const pending = migrations.filter((m) => m.version > state.version);
      if (pending.length === 0) {
        await client.query('COMMIT');
        return { from: state.version, to: state.version, applied: [] };
      }
      await client.query(VERSION_TABLE);
      for (const m of pending) await client.query(m.sql);
      await client.query(
        `INSERT INTO factbench_schema(one, version, written_by, migrated_at) VALUES (true, $1, $2, now())
         ON CONFLICT (one) DO UPDATE SET version = excluded.version, written_by = excluded.written_by, migrated_at = excluded.migrated_at`,
        [latest, appVersion],
      );
      await client.query('COMMIT');
      return { from: state.version, to: latest, applied: pending.map((m) => m.name) };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    client.release();
  }
}
