import type { ApiEvent } from '../../contract/envelope';
import type { Api } from '../api';
import { EXTERNAL_CHANGE_POLL_MS } from '../db/external-changes';
import type { Store } from '../db/port';

export { EXTERNAL_CHANGE_POLL_MS, watchExternalChanges } from '../db/external-changes';

/** The event sent when another connection (the command line, a colleague's process) committed to the workspace. */
export const EXTERNAL_CHANGE_EVENT: ApiEvent = { type: 'changed', entity: 'workspace', id: 'external', articleId: null };

/**
 * The API with outside commits announced as one `changed` event of entity
 * `workspace`, to every subscriber of every transport (loopback host, Electron IPC),
 * where the store can see them (SQLite polls its data_version; see db/external-changes.ts).
 * `stop()` ends the watching: call it before the workspace closes.
 */
export function withExternalChanges(api: Api, store: Store, intervalMs = EXTERNAL_CHANGE_POLL_MS): Api & { stop(): void } {
  const listeners = new Set<(event: ApiEvent) => void>();
  const stop =
    store.watchExternalChanges?.(() => {
      for (const l of listeners) l(EXTERNAL_CHANGE_EVENT);
    }, intervalMs) ?? (() => undefined);
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
    stop,
  };
}
