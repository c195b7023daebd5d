import type { SqliteStore } from '../db/sqlite-store';
import { flagString, UsageError, type ParsedArgs } from './args';
import type { CliIo } from './io';

/**
 * `factbench migrate --database postgres://USER@HOST:PORT/DB` (or
 * $FACTBENCH_DATABASE_URL): applies the pending migrations of a team
 * server's database and says what it did. A server never migrates on its own
 * (`factbench serve` refuses an outdated schema and names this command).
 * `--db PATH` does the same for a SQLite workspace file (copied aside first).
 */
export async function migrateCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const say = (line: string) => io.out(`${line}\n`);
  if (args.positionals.length > 0) throw new UsageError('migrate takes no file: use --database URL or --db PATH');
  const url = flagString(args, 'database') ?? (flagString(args, 'db') ? undefined : process.env.FACTBENCH_DATABASE_URL);
  const file = flagString(args, 'db');
  if (url && file) throw new UsageError('give --database or --db, not both');
  if (!url && !file) throw new UsageError('migrate needs --database postgres://USER@HOST:PORT/DB (or $FACTBENCH_DATABASE_URL), or --db PATH');
  const { openStore } = await import('../db/open-store');
  const { store, migration } = await openStore(url ? { url, migrate: true } : { path: file! });
  try {
    if (store.engine === 'sqlite') {
      const sqlite = store as SqliteStore;
      const m = sqlite.migration;
      say(m.applied.length ? `Migrated ${store.location} from schema ${m.from} to ${m.to}: ${m.applied.join(', ')}${m.backupPath ? ` (the file as it was: ${m.backupPath})` : ''}.` : `${store.location} is up to date (schema ${store.schemaVersion}).`);
    } else if (migration && migration.applied.length) {
      say(`Migrated ${store.location} from schema ${migration.from} to ${migration.to}: ${migration.applied.join(', ')}.`);
    } else {
      say(`${store.location} is up to date (schema ${store.schemaVersion}).`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
