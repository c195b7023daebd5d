import { APP_VERSION } from '../version';
import { openWorkspace, type OpenOptions } from './open';
import type { Store } from './port';
import { addressOf, checkConnection, createPool, describeAddress } from './postgres/connection';
import { assertPostgresNotTooNew, loadPostgresMigrations, migratePostgres, readSchemaState, SchemaOutdatedError, type PostgresMigrateResult } from './postgres/migrate';
import { PostgresStore } from './postgres/store';

export interface StoreOptions {
  /** postgres://USER[:PASSWORD]@HOST:PORT/DB for a team server (anything else is refused); without it `path` names a SQLite workspace file. */
  url?: string;
  path?: string;
  /**
   * PostgreSQL only: apply pending migrations (`factbench migrate`, `serve --migrate`).
   * Without it an outdated database is refused with the command to run, as
   * server tools do; a SQLite file is always migrated (copied aside first).
   */
  migrate?: boolean;
  /** Pool size (PostgreSQL). */
  maxConnections?: number;
  /** Migrations folder (default: the app's migrations/, and migrations/postgres/ for PostgreSQL). */
  migrationsDir?: string;
  sqlite?: Pick<OpenOptions, 'nativeBinding' | 'readonly'>;
}

export interface OpenedStore {
  store: Store;
  /** What migrating did (PostgreSQL with `migrate`), to print. */
  migration: PostgresMigrateResult | null;
}

/**
 * Opens a workspace on either engine: the one entry point of the team server
 * (`factbench serve`) and of `factbench migrate`. Failures are errors a
 * command prints as one line: DatabaseUrlError, DatabaseConnectionError
 * (host, port, database and cause, within 10 s), DatabaseTooNewError (the
 * same message on both engines, nothing changed), SchemaOutdatedError (what
 * to run).
 */
export async function openStore(options: StoreOptions): Promise<OpenedStore> {
  if (options.url === undefined) {
    if (!options.path) throw new Error('openStore needs a database URL or a workspace path.');
    return { store: openWorkspace(options.path, { ...options.sqlite, ...(options.migrationsDir ? { migrationsDir: options.migrationsDir } : {}) }), migration: null };
  }
  const address = addressOf(options.url); // refuses a URL that is not postgres://
  const location = describeAddress(address);
  const migrations = loadPostgresMigrations(options.migrationsDir ? `${options.migrationsDir}/postgres` : undefined);
  const latest = migrations.at(-1)?.version ?? 0;
  const pool = createPool(options.url, options.maxConnections);
  try {
    await checkConnection(pool, address);
    let state = await readSchemaState(pool);
    assertPostgresNotTooNew(state, migrations);
    let migration: PostgresMigrateResult | null = null;
    if (state.version < latest && !options.migrate) throw new SchemaOutdatedError(state.version, latest, location);
    if (options.migrate) {
      migration = await migratePostgres(pool, migrations, APP_VERSION);
      state = await readSchemaState(pool);
    }
    return { store: new PostgresStore(pool, location, state.version), migration };
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}
