import type { Transport } from '../../contract/client';
import type { ApiEvent, RpcRequest, RpcResponse } from '../../contract/envelope';

/** What the desk hears after the event stream came back: re-read what is shown. */
const RECONNECTED: ApiEvent = { type: 'changed', entity: 'workspace', id: 'reconnected', articleId: null };

/**
 * A request sent with `keepalive` outlives the page (a write made just before
 * the tab closes still arrives); browsers allow 64 KiB of such bodies in flight.
 */
export const KEEPALIVE_MAX_BYTES = 60_000;

/** The browser mode: `POST /rpc` and a streamed `GET /events`, both with the per-run token. */
export function httpTransport(token: string, base = ''): Transport {
  const headers = { authorization: `Bearer ${token}` };
  const listeners = new Set<(event: ApiEvent) => void>();
  let streaming = false;
  let keepaliveBytes = 0;

  async function stream(): Promise<void> {
    streaming = true;
    let connections = 0;
    while (listeners.size > 0) {
      try {
        const res = await fetch(`${base}/events`, { headers });
        if (!res.ok || !res.body) throw new Error(`events: HTTP ${res.status}`);
        // Events sent while the stream was down are lost: after a reconnection, say the whole workspace may have changed.
        if (connections++ > 0) for (const l of listeners) l(RECONNECTED);
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let cut: number;
          while ((cut = buffer.indexOf('\n\n')) !== -1) {
            const frame = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const data = frame.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
            if (data) for (const l of listeners) l(JSON.parse(data) as ApiEvent);
          }
        }
      } catch {
        // The host went away or restarted: try again shortly.
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
    streaming = false;
  }

  return {
    async send(request: RpcRequest): Promise<RpcResponse> {
      const body = new TextEncoder().encode(JSON.stringify(request));
      const keepalive = keepaliveBytes + body.length <= KEEPALIVE_MAX_BYTES;
      if (keepalive) keepaliveBytes += body.length;
      let res: Response;
      try {
        res = await fetch(`${base}/rpc`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body, keepalive });
      } finally {
        if (keepalive) keepaliveBytes -= body.length;
      }
      if (!res.ok) {
        const text = await res.text();
        let message = `HTTP ${res.status}`;
        try {
          message = (JSON.parse(text) as { error: { message: string } }).error.message;
        } catch {
          // keep the status line
        }
        return { id: request.id, ok: false, error: { code: 'bad-request', message } };
      }
      return (await res.json()) as RpcResponse;
    },
    unloadLimit: KEEPALIVE_MAX_BYTES,
    onEvent(listener) {
      listeners.add(listener);
      if (!streaming) void stream();
      return () => listeners.delete(listener);
    },
  };
}
