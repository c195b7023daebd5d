import type Database from 'better-sqlite3';

/** How often the workspace file is checked for commits made by another connection. */
export const EXTERNAL_CHANGE_POLL_MS = 1000;

export interface ExternalChangeWatcher {
  /** Reads the data version now; true (and `onChange` called) when another connection committed since the last look. */
  check(): boolean;
  /** Stops polling; safe to call twice, and before or after the connection closes. */
  stop(): void;
}

/**
 * Notices commits made to the workspace file by other connections.
 *
 * SQLite's `PRAGMA data_version` returns a number that changes when another
 * connection — in this process or another one — commits to the file, and never
 * for this connection's own commits (those are announced by the services
 * themselves). Polling it costs one tiny read a second; the timer is unref'd so
 * it never keeps a process alive.
 */
export function watchExternalChanges(db: Database.Database, onChange: () => void, intervalMs = EXTERNAL_CHANGE_POLL_MS): ExternalChangeWatcher {
  const version = db.prepare('PRAGMA data_version').pluck();
  let last = version.get() as number;
  let timer: NodeJS.Timeout | null = null;

  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
  };
  const check = (): boolean => {
    if (!db.open) {
      stop();
      return false;
    }
    let now: number;
    try {
      now = version.get() as number;
    } catch (error) {
      // A locked or busy file is looked at again on the next tick; nothing is lost, the number keeps its change.
      console.error('[factbench] could not check the workspace for outside changes:', error);
      return false;
    }
    if (now === last) return false;
    last = now;
    onChange();
    return true;
  };

  timer = setInterval(check, intervalMs);
  timer.unref();
  return { check, stop };
}
