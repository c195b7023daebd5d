import { createDispatcher, type HandlerContext } from '../contract/dispatcher';
import type { ApiEvent, RpcResponse } from '../contract/envelope';
import type { Store } from './db/port';
import { createHandlers, type ServiceDeps } from './services/workspace-services';

export interface Api {
  /** Validates and runs one RPC envelope; never throws. */
  dispatch(raw: unknown): Promise<RpcResponse>;
  /** Subscribes to the events every call emits (progress, changes). */
  subscribe(listener: (event: ApiEvent) => void): () => void;
}

/** The one API bound to one workspace, shared by every transport (IPC, HTTP, in-process). */
export function createApi(store: Store, deps: ServiceDeps = {}, actor = defaultActor()): Api {
  const listeners = new Set<(event: ApiEvent) => void>();
  const ctx: HandlerContext = {
    actor,
    emit: (event) => {
      for (const l of listeners) l(event);
    },
  };
  const dispatch = createDispatcher(createHandlers(store, deps), (method, error) => {
    console.error(`[factbench] ${method} failed:`, error);
  });
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
