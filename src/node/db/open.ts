import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { assertNotTooNew, loadMigrations, migrate } from './migrate';
import { SqliteStore } from './sqlite-store';
import { migrationsDir } from './paths';
import { APP_VERSION } from '../version';

export interface OpenOptions {
  /** Directory of NNNN-name.sql files (default: the app's migrations/). */
  migrationsDir?: string;
  /** better-sqlite3's compiled addon for another runtime (Electron passes its own build). */
  nativeBinding?: string;
  readonly?: boolean;
}

/** A workspace file: the storage port's SQLite adapter, with its better-sqlite3 connection for what only SQLite does (backups, data_version). */
export type Workspace = SqliteStore;

/**
 * Opens (creating if needed) a workspace file: refuses a newer schema before
 * touching anything, then sets the pragmas of DESIGN.md and migrates.
 */
export function openWorkspace(file: string, options: OpenOptions = {}): Workspace {
  const migrations = loadMigrations(options.migrationsDir ?? migrationsDir());
  const resolved = file === ':memory:' ? file : path.resolve(file);
  if (resolved !== ':memory:') fs.mkdirSync(path.dirname(resolved), { recursive: true });
  const db = new Database(resolved, { readonly: options.readonly ?? false, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  try {
    // Before any pragma that writes (journal_mode changes the header): a newer file stays byte-identical.
    assertNotTooNew(db, migrations);
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // A fact-checker's verdicts are worth an fsync.
      db.pragma('synchronous = FULL');
    }
    const migration = options.readonly
      ? { from: 0, to: 0, applied: [], backupPath: null }
      : migrate(db, migrations, { appVersion: APP_VERSION, dbPath: resolved === ':memory:' ? null : resolved });
    return new SqliteStore(db, resolved, db.pragma('user_version', { simple: true }) as number, migration);
  } catch (error) {
    db.close();
    throw error;
  }
}
