import { parseJson } from './json';

/**
 * The one conversion layer between stored values and the API's JSON values,
 * shared by both engines. Writing: booleans as 0/1 and JSON as text, which
 * SQLite stores as they are and PostgreSQL casts to its boolean and jsonb
 * columns (a parameter takes its column's type). Reading: tolerant of both
 * drivers' shapes (0/1 or true/false; JSON text or an already parsed jsonb
 * value; counts as numbers or, from PostgreSQL's bigint, strings). Timestamps
 * need nothing here: PostgreSQL's timestamptz is read back as the same ISO
 * 8601 string SQLite stores (the pool's type parsers, postgres/types.ts).
 */
export const toBool = (v: boolean): number => (v ? 1 : 0);

export const readBool = (v: unknown): boolean => v === true || v === 1 || v === 1n;

export const toJson = (v: unknown): string => JSON.stringify(v);

/** A JSON column: text to parse (SQLite) or a value already parsed (PostgreSQL jsonb); a damaged text degrades to the fallback. */
export function readJson<T>(v: unknown, fallback: T): T {
  if (v === null || v === undefined) return fallback;
  if (typeof v === 'string') return parseJson(v, fallback);
  return v as T;
}

/** A JSON column that may hold null (the audit trail's before/after). */
export function readJsonOrNull(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  return typeof v === 'string' ? (JSON.parse(v) as unknown) : v;
}

export const readCount = (v: unknown): number => (typeof v === 'number' ? v : v === null || v === undefined ? 0 : Number(v));
