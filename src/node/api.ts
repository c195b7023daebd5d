import { createDispatcher, type HandlerContext } from '../contract/dispatcher';
import { ApiError, type ApiEvent, type RpcResponse } from '../contract/envelope';
import type { Store } from './db/port';
import { createHandlers, type ServiceDeps } from './services/workspace-services';

export interface Api {
  /** Validates and runs one RPC envelope; never throws. */
  dispatch(raw: unknown): Promise<RpcResponse>;
  /**
   * Subscribes to the events every call emits (progress, changes). `committed`: a change a committed
   * transaction announced, also stored as a row of the events table (see HandlerContext.emit).
   */
  subscribe(listener: (event: ApiEvent, committed?: boolean) => void): () => void;
}

/** What a call answers when the database server cannot be reached: the UI words it from the code. */
export const UNAVAILABLE_MESSAGE = 'The database is unavailable, nothing was changed. Factbench is reconnecting: try again in a moment.';

/** The one API bound to one workspace, shared by every transport (IPC, HTTP, in-process). */
export function createApi(store: Store, deps: ServiceDeps = {}, actor = defaultActor()): Api {
  const listeners = new Set<(event: ApiEvent, committed?: boolean) => void>();
  const ctx: HandlerContext = {
    actor,
    emit: (event, committed) => {
      for (const l of listeners) l(event, committed);
    },
  };
  const dispatch = createDispatcher(
    createHandlers(store, deps),
    (method, error) => console.error(`[factbench] ${method} failed:`, error),
    // A database server that went away is a state, not a bug: said as data, with a code the desk words.
    // A connection lost during COMMIT leaves the outcome unknown, but such a write was never acknowledged.
    (error) => (store.isUnavailable?.(error) ? new ApiError('unavailable', UNAVAILABLE_MESSAGE) : null),
  );
  return {
    dispatch: (raw) => dispatch(raw, ctx),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function defaultActor(): string {
  return process.env.FACTBENCH_USER ?? process.env.USER ?? process.env.USERNAME ?? 'local';
}
