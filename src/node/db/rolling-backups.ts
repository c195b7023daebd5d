import { maybeAutoBackup, type BackupOptions } from './backup';
import type { Store } from './port';
import { SqliteStore } from './sqlite-store';

/** How often a running app or host checks whether a rolling backup is due (the backup itself is taken every 6 hours). */
export const AUTO_BACKUP_CHECK_MS = 30 * 60 * 1000;

export interface RollingBackups {
  /** Resolves when the check started at launch is done (a backup taken or not needed). */
  first: Promise<void>;
  /** Stops the checks; resolves when a backup under way has finished (close the workspace after it). */
  stop(): Promise<void>;
}

/**
 * Rolling automatic backups wherever a SQLite workspace is served: the desktop
 * app, the browser mode's host and a team server on a SQLite file (`serve --db`).
 * SQLite only: a PostgreSQL workspace's backups are its administrator's
 * (pg_dump, the server's own), as Store.backups says; there, and for a
 * workspace held in memory, this does nothing. One is
 * taken at once when the last is older than the interval, then checked every
 * half hour; the oldest beyond ten are pruned. A failure is logged and tried
 * again at the next check: it never stops the workspace from being served.
 */
export function startRollingBackups(store: Store, options: BackupOptions & { intervalMs?: number; checkEveryMs?: number } = {}): RollingBackups {
  if (!(store instanceof SqliteStore) || !store.backups) return { first: Promise.resolve(), stop: () => Promise.resolve() };
  const { db } = store;
  const { checkEveryMs = AUTO_BACKUP_CHECK_MS, ...backupOptions } = options;
  let running: Promise<void> = Promise.resolve();
  const check = () =>
    (running = running.then(() =>
      maybeAutoBackup(db, backupOptions).then(
        () => undefined,
        (error: unknown) => console.error('[factbench] automatic backup failed:', error),
      ),
    ));
  const first = check();
  const timer = setInterval(() => void check(), checkEveryMs);
  timer.unref();
  return {
    first,
    stop: () => {
      clearInterval(timer);
      return running;
    },
  };
}
