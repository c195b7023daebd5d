import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The database was written by a newer Factbench; it is left untouched. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
    readonly writtenBy: string | null,
  ) {
    super(
      `This workspace uses schema version ${found}, but this Factbench reads up to version ${supported}. ` +
        `Open it with Factbench ${writtenBy ?? 'of a newer release'}${writtenBy ? ' or later' : ''}; the workspace was not changed.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** Reads `NNNN-name.sql` files, ordered by version. */
export function loadMigrations(dir: string): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}-[\w-]+\.sql$/.test(f))
    .map((f) => ({ version: Number.parseInt(f.slice(0, 4), 10), name: f, sql: fs.readFileSync(path.join(dir, f), 'utf8') }))
    .sort((a, b) => a.version - b.version);
}

export interface MigrateResult {
  from: number;
  to: number;
  applied: string[];
  backupPath: string | null;
}

/**
 * Applies every pending migration in one transaction, then sets user_version.
 * Before touching a database that already holds a schema, copies it aside
 * (VACUUM INTO: SQLite's own consistent copy, synchronous, so opening stays sync).
 * Call `assertNotTooNew` first, before any pragma that could write.
 */
export function migrate(db: Database.Database, migrations: Migration[], opts: { appVersion: string; dbPath: string | null }): MigrateResult {
  const from = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from, applied: [], backupPath: null };

  let backupPath: string | null = null;
  if (from > 0 && opts.dbPath) {
    backupPath = `${opts.dbPath}.schema-${from}.${new Date().toISOString().replace(/[:.]/g, '-')}.bak`;
    db.prepare('VACUUM INTO ?').run(backupPath);
  }
  db.transaction(() => {
    for (const m of pending) db.exec(m.sql);
    // Lets an older Factbench name the release a newer workspace needs.
    db.prepare(`INSERT INTO settings(key, value) VALUES ('schema.writtenBy', json(?)) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(JSON.stringify(opts.appVersion));
    db.pragma(`user_version = ${latest}`);
  })();
  return { from, to: latest, applied: pending.map((m) => m.name), backupPath };
}

export function assertNotTooNew(db: Database.Database, migrations: Migration[]): void {
  const found = db.pragma('user_version', { simple: true }) as number;
  const supported = migrations.at(-1)?.version ?? 0;
  if (found <= supported) return;
  let writtenBy: string | null = null;
  try {
    const row = db.prepare(`SELECT value FROM settings WHERE key = 'schema.writtenBy'`).get() as { value: string } | undefined;
    if (row) writtenBy = JSON.parse(row.value) as string;
  } catch {
    // A future schema may have moved the setting; the message still says which schema it is.
  }
  throw new DatabaseTooNewError(found, supported, writtenBy);
}
