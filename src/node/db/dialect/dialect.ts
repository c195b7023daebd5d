import type { Kysely } from 'kysely';
import type { DB } from '../schema';
import type { SearchSql } from './search';
import type { CatalogSql } from './catalog';

export type Engine = 'sqlite' | 'postgres';

/** A Kysely instance: the store's own, or one bound to a transaction's connection. */
export type Db = Kysely<DB>;

/**
 * What differs between the two engines, one concern per file of this folder
 * (dialect/…): everything else is written once with Kysely, which compiles
 * each query for SQLite or PostgreSQL. The repositories receive this object
 * and never ask which engine they run on.
 */
export interface Dialect {
  readonly engine: Engine;
  /**
   * An id to compare with an id column. PostgreSQL's uuid columns refuse a
   * string that is not a UUID (an error, not "no row"); such a string names
   * nothing, so it becomes the nil UUID, which newId() never makes.
   */
  id(value: string): string;
  /** Bulk inserts (bulk-insert.ts): the placeholder syntax and how many parameters one statement may bind. */
  readonly bulk: { placeholder(n: number): string; maxParameters: number };
  /** Full-text search (search.ts): FTS5 on SQLite, tsvector on PostgreSQL. */
  readonly search: SearchSql;
  /** Tags are a JSON array per claim: how to count them (labels.ts). */
  tagCounts(db: Db, limit: number): Promise<{ name: string; claims: number }[]>;
  /** The schema's own description (catalog.ts): foreign keys and unique keys, read from the live database. */
  readonly catalog: CatalogSql;
}
