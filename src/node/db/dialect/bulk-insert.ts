import { CompiledQuery } from 'kysely';
import type { Db, Dialect } from './dialect';

/**
 * Bulk inserts: many rows per statement, on both engines. One statement per
 * row made SQLite's full-text triggers write a segment per claim (three
 * quarters of a 20 MB article's storage time), and costs PostgreSQL a round
 * trip per row. Kysely could build the same statements, but its query tree
 * for 500 rows of 11 values is rebuilt and recompiled for every chunk; the
 * text is the same for every full chunk, so it is written here once per size
 * and SQLite's prepared statement is reused (sqlite-kysely.ts caches by text).
 * What differs between the engines is only the placeholder (`?` or `$n`) and
 * how many parameters a statement may bind (32,766 and 65,535).
 */
const MAX_ROWS_PER_STATEMENT = 500;

const statements = new Map<string, string>();

/**
 * INSERT INTO table (columns…) VALUES (…), (…): each row gives one value per
 * column, in order; `fixed` columns get the same constant in every row,
 * written into the statement (constants of the code, never user input).
 */
export async function insertRows(
  db: Db,
  d: Dialect,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  fixed: Readonly<Record<string, string | boolean>> = {},
): Promise<void> {
  if (rows.length === 0) return;
  const perStatement = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(d.bulk.maxParameters / columns.length)));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    // A fresh array per statement: CompiledQuery freezes the one it is given.
    const params: unknown[] = [];
    for (const row of chunk) for (const v of row) params.push(v);
    await db.executeQuery(CompiledQuery.raw(statementText(d, table, columns, fixed, chunk.length), params));
  }
}

function statementText(d: Dialect, table: string, columns: readonly string[], fixed: Readonly<Record<string, string | boolean>>, rows: number): string {
  const key = `${d.engine}|${table}|${columns.join(',')}|${Object.entries(fixed).join(',')}|${rows}`;
  let text = statements.get(key);
  if (text) return text;
  const constants = Object.values(fixed).map((v) => (typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : `'${v.replace(/'/g, "''")}'`));
  const names = [...columns, ...Object.keys(fixed)].map((c) => `"${c}"`).join(', ');
  const tuples: string[] = [];
  let n = 0;
  for (let r = 0; r < rows; r++) tuples.push(`(${[...columns.map(() => d.bulk.placeholder(++n)), ...constants].join(', ')})`);
  text = `INSERT INTO "${table}" (${names}) VALUES ${tuples.join(', ')}`;
  // Full chunks come back for every big import; a last chunk's size rarely does.
  if (rows === MAX_ROWS_PER_STATEMENT || statements.size < 64) statements.set(key, text);
  return text;
}
