import { z } from 'zod';
import { ApiError, type ApiEvent, type RpcErrorBody, type RpcResponse } from './envelope';
import { methods, type HandlerInput, type MethodName, type MethodOutput } from './methods';

/** What a handler may use besides its input. */
export interface HandlerContext {
  /**
   * Pushes an event to the caller's window (progress, changes). `committed`: a change announced by a
   * committed transaction, which is also a row of the events table (a host that streams that table sends
   * it from there, numbered, rather than from here).
   */
  emit(event: ApiEvent, committed?: boolean): void;
  /** Who is acting, for the audit trail. */
  actor: string;
}

export type Handlers = {
  [M in MethodName]: (input: HandlerInput<M>, ctx: HandlerContext) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

const envelope = z.object({
  id: z.union([z.string().max(100), z.number()]).optional(),
  method: z.string().max(100),
  input: z.unknown().optional(),
});

const isMethod = (name: string): name is MethodName => Object.prototype.hasOwnProperty.call(methods, name);

/** Something went wrong that is not the caller's fault: hide internals, keep a line for the log. */
export type InternalErrorLogger = (method: string, error: unknown) => void;

/** Names a failure that is not a bug but a state of the runtime (the database server is down): an ApiError to answer with, or null. */
export type FailureClassifier = (error: unknown) => ApiError | null;

/**
 * Validates the envelope and the input, calls the handler, and never throws:
 * every failure comes back as `{ ok: false, error }`.
 */
export function createDispatcher(handlers: Handlers, logInternal: InternalErrorLogger = () => {}, classify: FailureClassifier = () => null) {
  return async function dispatch(raw: unknown, ctx: HandlerContext): Promise<RpcResponse> {
    const env = envelope.safeParse(raw);
    if (!env.success) return fail(undefined, { code: 'bad-request', message: 'The request is not an RPC envelope { method, input }.' });
    const { id, method } = env.data;
    if (!isMethod(method)) return fail(id, { code: 'unknown-method', message: `Unknown method "${method}".` });
    const parsed = methods[method].input.safeParse(env.data.input ?? {});
    if (!parsed.success) {
      return fail(id, { code: 'invalid-input', message: describeIssues(parsed.error), details: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })) });
    }
    const input = storableText(parsed.data);
    try {
      const handler = handlers[method] as (input: unknown, ctx: HandlerContext) => unknown;
      const value = await handler(input, ctx);
      return { id, ok: true, value: value ?? null };
    } catch (error) {
      const known = error instanceof ApiError ? error : classify(error);
      if (known) {
        const body: RpcErrorBody = { code: known.code, message: known.message };
        if (known.messageCode) body.messageCode = known.messageCode;
        if (known.params) body.params = known.params;
        if (known.details !== undefined) body.details = known.details;
        return fail(id, body);
      }
      logInternal(method, error);
      return fail(id, { code: 'internal', message: `Factbench could not complete "${method}". Nothing was changed; the details are in the log.` });
    }
  };
}

const NOT_STORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as every engine can store it, the same on both: a NUL character
 * (which PostgreSQL's text refuses and SQLite kept) and a lone UTF-16
 * surrogate (which UTF-8 storage turned into U+FFFD anyway, and whose JSON
 * escape PostgreSQL's jsonb refuses) become U+FFFD, the replacement
 * character, before any handler sees them; the text around them is kept.
 */
function storableText(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(NOT_STORABLE, '\uFFFD');
  if (Array.isArray(value)) return value.map(storableText);
  // fromEntries: a key named __proto__ stays a key, never a prototype.
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, storableText(v)]));
  return value;
}

/** Every failure carries a message the desk can word: its own, else the one its code means. */
function fail(id: string | number | undefined, error: RpcErrorBody): RpcResponse {
  return { id, ok: false, error: { ...error, messageCode: error.messageCode ?? `errors.code.${error.code}` } };
}

function describeIssues(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'The input is not valid.';
  const where = first.path.length ? first.path.join('.') : 'input';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return `Invalid ${where}: ${first.message}${more}.`;
}
