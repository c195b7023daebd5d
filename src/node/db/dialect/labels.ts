import { sql } from 'kysely';
import { readCount } from '../codec';
import type { Db } from './dialect';

/**
 * Tags are a JSON array per claim. Counting them needs each engine's own
 * JSON functions: SQLite's json_each over the text, PostgreSQL's
 * jsonb_array_elements_text over jsonb. Ties are broken by the tag in
 * code-point order on both (PostgreSQL's "C" collation is SQLite's BINARY).
 */
type TagCounts = (db: Db, limit: number) => Promise<{ name: string; claims: number }[]>;

export const sqliteTagCounts: TagCounts = async (db, limit) => {
  const { rows } = await sql<{ name: string; claims: number }>`SELECT j.value AS name, count(*) AS claims FROM claims, json_each(claims.tags) j
     GROUP BY j.value ORDER BY count(*) DESC, j.value LIMIT ${limit}`.execute(db);
  return rows;
};

export const postgresTagCounts: TagCounts = async (db, limit) => {
  const { rows } = await sql<{ name: string; claims: unknown }>`SELECT j.value AS name, count(*) AS claims FROM claims, jsonb_array_elements_text(claims.tags) AS j(value)
     GROUP BY j.value ORDER BY count(*) DESC, j.value COLLATE "C" LIMIT ${limit}`.execute(db);
  return rows.map((r) => ({ name: r.name, claims: readCount(r.claims) }));
};
