import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import { postgresCatalog } from '../dialect/catalog';
import type { Dialect } from '../dialect/dialect';
import { postgresTagCounts } from '../dialect/labels';
import { postgresSearch } from '../dialect/search';
import { createRepos, type Repos, type Store } from '../port';
import type { DB } from '../schema';
import { OutsideTransactionGuard, runAsTransaction } from '../transaction-guard';
import { isUnavailableError } from './connection';
import { listenForEvents } from './listener';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

export const postgresDialect: Dialect = {
  engine: 'postgres',
  id: (value) => (UUID.test(value) ? value : NIL_UUID),
  bulk: { placeholder: (n) => `$${n}`, maxParameters: 65_535 },
  search: postgresSearch,
  tagCounts: postgresTagCounts,
  catalog: postgresCatalog,
};

/** serialization_failure and deadlock_detected: the transaction is run again, as PostgreSQL's documentation asks. */
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 12;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The PostgreSQL adapter of the storage port: a pg pool, one Kysely over it.
 * A transaction holds one pooled client from BEGIN ISOLATION LEVEL
 * SERIALIZABLE to COMMIT: every read-then-write of a service (the claim as
 * it was, then the change and its audit event) behaves as if no other
 * instance ran meanwhile; when PostgreSQL cannot promise that it says so
 * (40001) and the whole block runs again, after a random pause that grows
 * with each attempt, up to twelve times.
 */
export class PostgresStore implements Store {
  readonly engine = 'postgres' as const;
  readonly repos: Repos;
  private readonly base: Kysely<DB>;

  constructor(
    readonly pool: pg.Pool,
    readonly location: string,
    readonly schemaVersion: number,
  ) {
    this.base = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    this.repos = createRepos(this.base.withPlugin(new OutsideTransactionGuard()), postgresDialect);
  }

  transaction<T>(fn: (tx: Repos) => Promise<T>): Promise<T> {
    return runAsTransaction(async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await this.base
            .transaction()
            .setIsolationLevel('serializable')
            .execute((trx) => fn(createRepos(trx, postgresDialect)));
        } catch (error) {
          const code = (error as { code?: string }).code;
          if (!code || !RETRYABLE.has(code) || attempt >= MAX_ATTEMPTS) throw error;
          // Exponential backoff with full jitter: writers that collided once spread out instead of colliding again.
          await pause(Math.random() * Math.min(2000, 5 * 2 ** attempt));
        }
      }
    });
  }

  listenForEvents(onEvents: () => void, onState: (available: boolean) => void): () => Promise<void> {
    const url = this.pool.options.connectionString;
    if (!url) throw new Error('This store was opened without a connection string: it cannot listen for events.');
    return listenForEvents(url, { onEvents, onState });
  }

  isUnavailable(error: unknown): boolean {
    return isUnavailableError(error);
  }

  async close(): Promise<void> {
    await this.base.destroy();
    // Kysely ends the pool only if it ever used it.
    if (!this.pool.ended) await this.pool.end();
  }
}
