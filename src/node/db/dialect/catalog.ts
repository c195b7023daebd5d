import { sql, type QueryExecutorProvider } from 'kysely';

/** Any Kysely instance, whatever tables it was typed with: the catalog is read with plain SQL. */
type Db = QueryExecutorProvider;

/**
 * The live schema, read from each engine's own catalog: SQLite's
 * sqlite_master and pragmas, PostgreSQL's pg_catalog. Merging claims uses it
 * to find every row that points at a claim (whatever a later migration adds),
 * and the schema test compares the two engines' schemas with it.
 */
export interface ForeignKey {
  column: string;
  refTable: string;
  refColumn: string;
  /** cascade, set null, no action, restrict or set default: the same words on both engines. */
  onDelete: string;
}

export interface IndexInfo {
  name: string;
  unique: boolean;
  /** Column names in order; an expression is `<expr>`. */
  columns: string[];
}

export interface TableInfo {
  columns: { name: string; notNull: boolean }[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  /** Indexes made by CREATE INDEX (not the primary key's own). */
  indexes: IndexInfo[];
}

export interface CatalogSql {
  describe(db: Db): Promise<Record<string, TableInfo>>;
}

/** Tables of the engine's own machinery, not of the workspace (named here so both engines' lists compare). */
const SQLITE_FTS_SHADOW = /_fts(_(data|idx|docsize|config|content))?$/;

export const sqliteCatalog: CatalogSql = {
  async describe(db) {
    const { rows: tables } = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name`.execute(db);
    const out: Record<string, TableInfo> = {};
    for (const { name } of tables) {
      if (SQLITE_FTS_SHADOW.test(name)) continue;
      const { rows: cols } = await sql<{ name: string; notnull: number; pk: number }>`SELECT name, "notnull", pk FROM pragma_table_info(${name}) ORDER BY cid`.execute(db);
      const { rows: fks } = await sql<{ table: string; from: string; to: string; on_delete: string }>`SELECT "table", "from", "to", on_delete FROM pragma_foreign_key_list(${name}) ORDER BY id, seq`.execute(db);
      const { rows: idx } = await sql<{ name: string; unique: number; origin: string }>`SELECT name, "unique", origin FROM pragma_index_list(${name}) WHERE origin = 'c' ORDER BY name`.execute(db);
      const indexes: IndexInfo[] = [];
      for (const i of idx) {
        const { rows: parts } = await sql<{ name: string | null }>`SELECT name FROM pragma_index_xinfo(${i.name}) WHERE key = 1 ORDER BY seqno`.execute(db);
        indexes.push({ name: i.name, unique: i.unique === 1, columns: parts.map((p) => p.name ?? '<expr>') });
      }
      out[name] = {
        columns: cols.map((c) => ({ name: c.name, notNull: c.notnull === 1 || c.pk > 0 })),
        primaryKey: cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name),
        foreignKeys: fks.map((f) => ({ column: f.from, refTable: f.table, refColumn: f.to, onDelete: f.on_delete.toLowerCase() })),
        indexes,
      };
    }
    return out;
  },
};

/** PostgreSQL's own bookkeeping: the schema version row (SQLite keeps it in the file header) and each table's full-text vector. */
export const POSTGRES_ONLY_TABLES = ['factbench_schema'];
export const POSTGRES_ONLY_COLUMNS = ['search'];
const ON_DELETE: Record<string, string> = { a: 'no action', r: 'restrict', c: 'cascade', n: 'set null', d: 'set default' };

export const postgresCatalog: CatalogSql = {
  async describe(db) {
    const { rows: cols } = await sql<{ table: string; name: string; not_null: boolean }>`
      SELECT c.relname AS table, a.attname AS name, a.attnotnull AS not_null
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
       ORDER BY c.relname, a.attnum`.execute(db);
    const { rows: keys } = await sql<{ table: string; kind: string; columns: string[]; ref_table: string | null; ref_columns: string[] | null; on_delete: string }>`
      SELECT c.relname AS table, k.contype AS kind,
             ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY u(n, i) JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.i)::text[] AS columns,
             r.relname AS ref_table,
             ARRAY(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY u(n, i) JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.i)::text[] AS ref_columns,
             k.confdeltype AS on_delete
        FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_class r ON r.oid = k.confrelid
       WHERE n.nspname = current_schema() AND k.contype IN ('p', 'f')
       ORDER BY c.relname, k.conname`.execute(db);
    const { rows: idx } = await sql<{ table: string; name: string; unique: boolean; columns: string[] }>`
      SELECT t.relname AS table, i.relname AS name, x.indisunique AS unique,
             ARRAY(SELECT coalesce(a.attname, '<expr>') FROM unnest(x.indkey::int2[]) WITH ORDINALITY u(n, o)
                   LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = u.n AND u.n > 0 ORDER BY u.o)::text[] AS columns
        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE n.nspname = current_schema() AND NOT x.indisprimary
       ORDER BY t.relname, i.relname`.execute(db);
    const out: Record<string, TableInfo> = {};
    for (const c of cols) {
      const t = (out[c.table] ??= { columns: [], primaryKey: [], foreignKeys: [], indexes: [] });
      t.columns.push({ name: c.name, notNull: c.not_null });
    }
    for (const k of keys) {
      const t = out[k.table];
      if (!t) continue;
      if (k.kind === 'p') t.primaryKey = k.columns;
      else k.columns.forEach((column, i) => t.foreignKeys.push({ column, refTable: k.ref_table!, refColumn: k.ref_columns![i]!, onDelete: ON_DELETE[k.on_delete] ?? k.on_delete }));
    }
    for (const i of idx) out[i.table]?.indexes.push({ name: i.name, unique: i.unique, columns: i.columns });
    return out;
  },
};
