import type Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type SqliteDatabase, type SqliteStatement } from 'kysely';
import { createBackup, exportWorkspace, listBackups, restoreWorkspace, type BackupInfo } from './backup';
import { sqliteCatalog } from './dialect/catalog';
import type { Dialect } from './dialect/dialect';
import { sqliteTagCounts } from './dialect/labels';
import { sqliteSearch } from './dialect/search';
import type { MigrateResult } from './migrate';
import { createRepos, type BackupSummaryInfo, type Repos, type Store, type WorkspaceBackups } from './port';
import type { DB } from './schema';
import { OutsideTransactionGuard, runAsTransaction } from './transaction-guard';
import { watchExternalChanges } from './external-changes';

export const sqliteDialect: Dialect = {
  engine: 'sqlite',
  id: (value) => value,
  bulk: { placeholder: () => '?', maxParameters: 32_766 },
  search: sqliteSearch,
  tagCounts: sqliteTagCounts,
  catalog: sqliteCatalog,
};

/** A transaction awaited something other than the database (SQLite holds its one connection meanwhile). */
export class TransactionAwaitedError extends Error {
  constructor() {
    super('A transaction waited for something other than the workspace; its inputs must be gathered before it starts. Nothing was changed.');
    this.name = 'TransactionAwaitedError';
  }
}

/** Statements kept prepared, by SQL text: Kysely's SQLite driver prepares every query anew, which cost more than running the small ones. */
const STATEMENT_CACHE = 500;

/**
 * better-sqlite3 as Kysely's SqliteDialect sees it, with one change: prepared
 * statements are kept by their text (Kysely compiles the same text for the
 * same query shape), as the repositories kept them before the port.
 */
function cachingDatabase(db: Database.Database): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => db.close(),
    prepare(text: string): SqliteStatement {
      let stmt = cache.get(text);
      if (!stmt) {
        stmt = db.prepare(text);
        if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value!);
        cache.set(text, stmt);
      }
      return stmt as unknown as SqliteStatement;
    },
  };
}

/**
 * One SQLite transaction at a time in this process, whichever workspace it
 * writes. A transaction's repository calls resolve at once, but between two
 * of them another promise chain of this process may run: had it begun a
 * transaction on a second connection to the same file (the command line's,
 * in a test; a restore's), BEGIN IMMEDIATE would wait for a lock this very
 * thread holds. Waiting here costs nothing: the holder never waits for
 * anything but the database.
 */
let transactionQueue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(run: () => Promise<T>): Promise<T> {
  const result = transactionQueue.then(run, run);
  transactionQueue = result.catch(() => undefined);
  return result;
}

const summary = (b: BackupInfo): BackupSummaryInfo => ({ name: b.name, createdAt: b.createdAt, reason: b.reason, bytes: b.bytes });

/**
 * The SQLite adapter of the storage port: one better-sqlite3 connection, one
 * Kysely over it. A transaction is BEGIN IMMEDIATE (the write lock taken up
 * front, waiting out busy_timeout, so a read-then-write never fails with
 * SQLITE_BUSY when another process committed in between) … COMMIT on that one
 * connection, and runs as one synchronous block: every repository call
 * resolves at once (better-sqlite3 is synchronous), so nothing else of this
 * process runs in between; a block that awaited anything else (a setImmediate
 * probe fires) is rolled back and refused.
 */
export class SqliteStore implements Store {
  readonly engine = 'sqlite' as const;
  readonly repos: Repos;
  readonly backups: WorkspaceBackups | undefined;
  private readonly base: Kysely<DB>;

  constructor(
    readonly db: Database.Database,
    readonly path: string,
    public schemaVersion: number,
    readonly migration: MigrateResult,
  ) {
    this.base = new Kysely<DB>({ dialect: new SqliteDialect({ database: cachingDatabase(db) }) });
    this.repos = createRepos(this.base.withPlugin(new OutsideTransactionGuard()), sqliteDialect);
    this.backups = path === ':memory:' ? undefined : this.fileBackups();
  }

  get location(): string {
    return this.path;
  }

  transaction<T>(fn: (tx: Repos) => Promise<T>): Promise<T> {
    return runAsTransaction(() => oneAtATime(() => this.base.connection().execute((conn) => this.runBlock(conn, fn))));
  }

  private async runBlock<T>(conn: Kysely<DB>, fn: (tx: Repos) => Promise<T>): Promise<T> {
    await sql`BEGIN IMMEDIATE`.execute(conn);
    let awaitedOutside = false;
    const probe = setImmediate(() => (awaitedOutside = true));
    try {
      const out = await fn(createRepos(conn, sqliteDialect));
      if (awaitedOutside) throw new TransactionAwaitedError();
      await sql`COMMIT`.execute(conn);
      return out;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    } finally {
      clearImmediate(probe);
    }
  }

  watchExternalChanges(onChange: () => void, intervalMs?: number): () => void {
    const watcher = watchExternalChanges(this.db, onChange, intervalMs);
    return () => watcher.stop();
  }

  close(): Promise<void> {
    if (this.db.open) this.db.close();
    return Promise.resolve();
  }

  private fileBackups(): WorkspaceBackups {
    return {
      list: () => listBackups(this.path).map(summary),
      create: async (reason) => summary(await createBackup(this.db, reason)),
      restore: async (name) => {
        const chosen = listBackups(this.path).find((b) => b.name === name);
        if (!chosen) return null;
        const { safetyCopy, schemaVersion } = await restoreWorkspace(this, chosen.path);
        return { restored: summary(chosen), safetyCopy: summary(safetyCopy), schemaVersion };
      },
      exportTo: (dest) => exportWorkspace(this.db, dest),
    };
  }
}
