import { readJson, toJson } from './codec';
import type { Db } from './dialect/dialect';

/** Workspace settings as JSON values under string keys. */
export class SettingsRepo {
  constructor(private readonly db: Db) {}

  async get<T>(key: string, fallback: T): Promise<T> {
    const row = await this.db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
    return readJson(row?.value, fallback);
  }

  /** An upsert: INSERT … ON CONFLICT DO UPDATE has the same syntax and meaning on both engines. */
  async set(key: string, value: unknown): Promise<void> {
    const json = toJson(value);
    await this.db
      .insertInto('settings')
      .values({ key, value: json })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: (eb) => eb.ref('excluded.value') }))
      .execute();
  }
}
