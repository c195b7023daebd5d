import { afterEach, describe, expect, it } from 'vitest';
import { tempWorkspace } from '../../helpers/workspace';

/**
 * Deleting a row makes SQLite look for the rows that point at it (CASCADE,
 * SET NULL, or just the check). Without an index led by the pointing column
 * each deleted row scans the whole child table: deleting an article of 20,000
 * claims took minutes. Every foreign key of the schema must have one.
 */
describe('the schema', () => {
  let done: (() => void) | null = null;
  afterEach(() => done?.());

  it('has an index led by every foreign-key column, so deleting a big article stays linear', () => {
    const { workspace, cleanup } = tempWorkspace();
    done = cleanup;
    const db = workspace.db;
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'").pluck().all() as string[];
    const missing: string[] = [];
    let keys = 0;
    for (const table of tables) {
      const fks = db.prepare(`SELECT "from" AS column FROM pragma_foreign_key_list(?)`).all(table) as { column: string }[];
      const leading = new Set<string>();
      for (const index of db.prepare('SELECT name FROM pragma_index_list(?)').pluck().all(table) as string[]) {
        const first = db.prepare('SELECT name FROM pragma_index_info(?) WHERE seqno = 0').pluck().get(index) as string | undefined;
        if (first) leading.add(first);
      }
      for (const { column } of fks) {
        keys++;
        if (!leading.has(column)) missing.push(`${table}.${column}`);
      }
    }
    expect(keys).toBeGreaterThanOrEqual(9);
    expect(missing).toEqual([]);
  });
});
