import { sql } from 'kysely';
import { Kysely, PostgresDialect } from 'kysely';
import type { PostgresStore } from '../../src/node/db/postgres/store';
import { postgresCatalog, POSTGRES_ONLY_TABLES } from '../../src/node/db/dialect/catalog';

/** Every row of every table (the full-text vectors left out), to prove a refused call changed nothing. */
export async function snapshotPostgres(store: PostgresStore): Promise<Record<string, unknown[]>> {
  const db = new Kysely<Record<string, never>>({ dialect: new PostgresDialect({ pool: store.pool }) });
  const tables = Object.keys(await postgresCatalog.describe(db))
    .filter((t) => !POSTGRES_ONLY_TABLES.includes(t))
    .sort();
  const out: Record<string, unknown[]> = {};
  for (const t of tables) {
    const { rows } = await sql<{ row: unknown }>`SELECT to_jsonb(x) - 'search' AS row FROM ${sql.table(t)} x ORDER BY (to_jsonb(x) - 'search')::text`.execute(db);
    out[t] = rows.map((r) => r.row);
  }
  return out;
}
