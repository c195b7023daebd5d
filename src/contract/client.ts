import type { ApiEvent, RpcErrorBody, RpcRequest, RpcResponse } from './envelope';
import type { MethodInput, MethodName, MethodOutput } from './methods';

/** How a request reaches the dispatcher: Electron IPC, HTTP, or in-process. */
export interface Transport {
  send(request: RpcRequest): Promise<RpcResponse>;
  onEvent(listener: (event: ApiEvent) => void): () => void;
  /** The largest request (bytes of JSON) still delivered when the page goes away; absent: any size (IPC, in-process). */
  readonly unloadLimit?: number;
}

/** A failed call, carrying the typed error from the other side. */
export class ApiCallError extends Error {
  constructor(readonly error: RpcErrorBody) {
    super(error.message);
    this.name = 'ApiCallError';
  }
  get code() {
    return this.error.code;
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: RpcErrorBody };

export interface Client {
  /** Resolves with the value or rejects with ApiCallError. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Resolves with a Result, never rejects for API failures. */
  try<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  onEvent(listener: (event: ApiEvent) => void): () => void;
  /** See Transport.unloadLimit. */
  readonly unloadLimit?: number;
}

export function createClient(transport: Transport): Client {
  let next = 1;
  const tryCall = async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>> => {
    let response: RpcResponse;
    try {
      response = await transport.send({ id: next++, method, input });
    } catch (error) {
      return { ok: false, error: { code: 'unavailable', message: `Factbench could not reach its workspace: ${error instanceof Error ? error.message : String(error)}` } };
    }
    return response.ok ? { ok: true, value: response.value as MethodOutput<M> } : { ok: false, error: response.error };
  };
  return {
    try: tryCall,
    async call(method, input) {
      const result = await tryCall(method, input);
      if (!result.ok) throw new ApiCallError(result.error);
      return result.value;
    },
    onEvent: (listener) => transport.onEvent(listener),
    ...(transport.unloadLimit === undefined ? {} : { unloadLimit: transport.unloadLimit }),
  };
}
