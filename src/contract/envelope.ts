/**
 * The RPC envelope shared by both transports (Electron IPC and the loopback
 * host). Every payload is a plain JSON value; failures travel as data.
 */

export const ERROR_CODES = [
  'bad-request', // the envelope itself is malformed
  'unknown-method',
  'invalid-input', // the input failed its schema
  'not-found',
  'conflict',
  'import-failed', // bad article input: empty, binary, too large, unreachable…
  'export-failed',
  'database', // the workspace file cannot be used (too new, corrupt, locked)
  'unavailable', // the database server (or the team server) cannot be reached right now: nothing was changed, try again
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface RpcErrorBody {
  code: ErrorCode;
  message: string;
  /** Machine-readable detail: schema issues, the import failure reason… */
  details?: unknown;
}

export interface RpcRequest {
  id?: string | number;
  method: string;
  input?: unknown;
}

export type RpcResponse<T = unknown> = { id?: string | number; ok: true; value: T } | { id?: string | number; ok: false; error: RpcErrorBody };

/** Thrown by handlers; the dispatcher turns it into `{ ok: false, error }`. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Events pushed from the Node side to the renderer. */
export type ApiEvent =
  | { type: 'progress'; task: string; label: string; fraction: number; done: boolean }
  /**
   * Something was saved. `workspace` (id `external`, articleId null): another connection — the command line,
   * another process — committed to the workspace file, so anything shown may be stale.
   */
  | { type: 'changed'; entity: 'article' | 'claim' | 'source' | 'settings' | 'workspace'; id: string; articleId: string | null }
  /**
   * The workspace cannot be reached (the team server's database restarting, or the event stream itself
   * down) or can be again: the desk says it is reconnecting meanwhile. The host sends it when its
   * database goes away and comes back; the browser's transport when the stream drops and comes back.
   */
  | { type: 'connection'; state: 'ok' | 'reconnecting' }
  /** From the Electron menu: open a dialog, or show an article imported through File ▸ Import…. */
  | { type: 'command'; command: 'import' | 'export' | 'open-article'; articleId?: string };

/** The Electron IPC channel names (one for calls, one for events). */
export const IPC_RPC_CHANNEL = 'factbench:rpc';
export const IPC_EVENT_CHANNEL = 'factbench:event';

/** What the preload exposes on `window.factbench`, and nothing else. */
export interface FactbenchBridge {
  send(request: RpcRequest): Promise<RpcResponse>;
  onEvent(listener: (event: ApiEvent) => void): () => void;
}
