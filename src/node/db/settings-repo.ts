import type Database from 'better-sqlite3';
import { parseJson } from './json';

/** Workspace settings as JSON values under string keys. */
export class SettingsRepo {
  private readonly getStmt;
  private readonly setStmt;

  constructor(db: Database.Database) {
    this.getStmt = db.prepare<[string], { value: string }>(`SELECT value FROM settings WHERE key = ?`);
    this.setStmt = db.prepare(`INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`);
  }

  get<T>(key: string, fallback: T): T {
    return parseJson(this.getStmt.get(key)?.value, fallback);
  }

  set(key: string, value: unknown): void {
    this.setStmt.run(key, JSON.stringify(value));
  }
}
