import type Database from 'better-sqlite3';
import type { ApiEvent } from '../../contract/envelope';
import type { Api } from '../api';

/** How often the workspace file is checked for commits made by another connection. */
export const EXTERNAL_CHANGE_POLL_MS = 1000;

/** The event sent when another connection (the command line, a colleague's process) committed to the workspace file. */
export const EXTERNAL_CHANGE_EVENT: ApiEvent = { type: 'changed', entity: 'workspace', id: 'external', articleId: null };

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

/**
 * The API with outside commits announced as one `changed` event of entity
 * `workspace`, to every subscriber of every transport (loopback host, Electron IPC).
 * `stop()` ends the polling: call it before the workspace closes.
 */
export function withExternalChanges(api: Api, db: Database.Database, intervalMs = EXTERNAL_CHANGE_POLL_MS): Api & { stop(): void } {
  const listeners = new Set<(event: ApiEvent) => void>();
  const watcher = watchExternalChanges(
    db,
    () => {
      for (const l of listeners) l(EXTERNAL_CHANGE_EVENT);
    },
    intervalMs,
  );
  return {
    dispatch: (raw) => api.dispatch(raw),
    subscribe(listener) {
      listeners.add(listener);
      const unsubscribe = api.subscribe(listener);
      return () => {
        listeners.delete(listener);
        unsubscribe();
      };
    },
    stop: () => watcher.stop(),
  };
}
