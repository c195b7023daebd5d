/**
 * The RPC envelope shared by both transports (Electron IPC and the loopback
 * host). Every payload is a plain JSON value; failures travel as data.
 */
import { sharedEn, word, type Message, type MessageKey, type MessageParams, type SharedCatalogue } from '../core/i18n';

export const ERROR_CODES = [
  'bad-request', // the envelope itself is malformed
  'unknown-method',
  'invalid-input', // the input failed its schema
  'not-found',
  'conflict',
  'import-failed', // bad article input: empty, binary, too large, unreachable…
  'export-failed',
  'settings-required', // a setting must be given first (ClaimReview without an organisation…); details.missing names them
  'database', // the workspace file cannot be used (too new, corrupt, locked)
  'unavailable', // the database server (or the team server) cannot be reached right now: nothing was changed, try again
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface RpcErrorBody {
  code: ErrorCode;
  /** English, for scripts and logs. The desk never shows it: it words `messageCode` in the interface language. */
  message: string;
  /**
   * What to say, as a key of the shared catalogues (src/core/i18n), with its
   * parameters; the dispatcher always sets one (at least `errors.code.<code>`).
   */
  messageCode?: MessageKey;
  params?: MessageParams;
  /** Machine-readable detail: schema issues, the import failure reason… */
  details?: unknown;
}

export interface RpcRequest {
  id?: string | number;
  method: string;
  input?: unknown;
}

export type RpcResponse<T = unknown> = { id?: string | number; ok: true; value: T } | { id?: string | number; ok: false; error: RpcErrorBody };

/**
 * Thrown by handlers; the dispatcher turns it into `{ ok: false, error }`.
 * Given a catalogue message, the English `message` is worded from it and the
 * desk words the same message in its own language; given a plain string, the
 * desk says what the error code means.
 */
export class ApiError extends Error {
  readonly messageCode?: MessageKey;
  readonly params?: MessageParams;
  constructor(
    readonly code: ErrorCode,
    message: string | Message,
    readonly details?: unknown,
  ) {
    super(typeof message === 'string' ? message : word(message, 'en'));
    this.name = 'ApiError';
    if (typeof message !== 'string') {
      this.messageCode = message.key;
      if (message.params) this.params = message.params;
    }
  }
}

/** The message the desk words for a failure: its own, else what its code means. */
export function errorMessage(error: RpcErrorBody): Message {
  return error.messageCode ? { key: error.messageCode, ...(error.params ? { params: error.params } : {}) } : { key: `errors.code.${error.code}` };
}

/** Events pushed from the Node side to the renderer. */
export type ApiEvent =
  /** `label` in English; `messageCode` (a `progress.*` key) is what the desk shows. */
  | { type: 'progress'; task: string; label: string; messageCode?: MessageKey; fraction: number; done: boolean }
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

export type ProgressStage = keyof SharedCatalogue['progress'];

/** A progress event at one stage of long work: English label for logs, its catalogue key for the desk. */
export function progressEvent(task: string, stage: string, fraction: number, done = false): ApiEvent {
  const known = (Object.prototype.hasOwnProperty.call(sharedEn.progress, stage) ? stage : 'read') as ProgressStage;
  return { type: 'progress', task, label: word({ key: `progress.${known}` }), messageCode: `progress.${known}`, fraction, done };
}

export { IPC_EVENT_CHANNEL, IPC_RPC_CHANNEL } from './ipc';

/** What the preload exposes on `window.factbench`, and nothing else. */
export interface FactbenchBridge {
  send(request: RpcRequest): Promise<RpcResponse>;
  onEvent(listener: (event: ApiEvent) => void): () => void;
}
