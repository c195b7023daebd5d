import type { Transport } from '../../contract/client';
import type { ApiEvent, RpcRequest, RpcResponse } from '../../contract/envelope';

/** What the desk hears after the event stream came back: re-read what is shown. */
const RECONNECTED: ApiEvent = { type: 'changed', entity: 'workspace', id: 'reconnected', articleId: null };

/**
 * A request sent with `keepalive` outlives the page (a write made just before
 * the tab closes still arrives); browsers allow 64 KiB of such bodies in flight.
 */
export const KEEPALIVE_MAX_BYTES = 60_000;

/** One SSE frame's fields: its data lines joined, and its `id:` (null when it has none). */
function readFrame(frame: string): { data: string; id: string | null } {
  const data: string[] = [];
  let id: string | null = null;
  for (const line of frame.split('\n')) {
    if (line.startsWith('data: ')) data.push(line.slice(6));
    else if (line.startsWith('id: ')) id = line.slice(4);
  }
  return { data: data.join('\n'), id };
}

/** The browser mode and the team server: `POST /rpc` and a streamed `GET /events`, both with the per-run token. */
export function httpTransport(token: string, base = ''): Transport {
  const headers = { authorization: `Bearer ${token}` };
  const listeners = new Set<(event: ApiEvent) => void>();
  let streaming = false;
  let keepaliveBytes = 0;

  /** The number of the last change heard (the SSE `id:`), given back on reconnecting so the host replays what was missed. */
  let lastEventId: string | null = null;
  const tell = (event: ApiEvent) => {
    for (const l of listeners) l(event);
  };
  /** Why the workspace cannot be reached now: the stream is down, the last call answered `unavailable`, the host said its database is down. */
  const trouble = { stream: false, calls: false, host: false };
  let reconnecting = false;
  const note = (why: keyof typeof trouble, value: boolean) => {
    trouble[why] = value;
    const now = trouble.stream || trouble.calls || trouble.host;
    if (now === reconnecting) return;
    reconnecting = now;
    tell({ type: 'connection', state: now ? 'reconnecting' : 'ok' });
  };
  const setDown = (value: boolean) => note('stream', value);

  async function stream(): Promise<void> {
    streaming = true;
    let connections = 0;
    while (listeners.size > 0) {
      try {
        // fetch, not EventSource (which cannot send the token header): so Last-Event-ID is ours to send.
        const res = await fetch(`${base}/events`, { headers: lastEventId === null ? headers : { ...headers, 'last-event-id': lastEventId } });
        if (!res.ok || !res.body) throw new Error(`events: HTTP ${res.status}`);
        // A host that numbers its changes replays what was missed (or says `reconnected` itself when it cannot);
        // one that does not (no number heard yet) lost them: say the whole workspace may have changed.
        if (connections++ > 0 && lastEventId === null) tell(RECONNECTED);
        setDown(false);
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let cut: number;
          while ((cut = buffer.indexOf('\n\n')) !== -1) {
            const frame = readFrame(buffer.slice(0, cut));
            buffer = buffer.slice(cut + 2);
            if (frame.data) {
              const event = JSON.parse(frame.data) as ApiEvent;
              if (event.type === 'connection') note('host', event.state === 'reconnecting');
              else tell(event);
            }
            if (frame.id !== null) lastEventId = frame.id;
          }
        }
      } catch {
        // The host went away or restarted: try again shortly.
      }
      if (listeners.size > 0) setDown(true);
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
      } catch (error) {
        // The server cannot be reached (it restarts, the network is down): nothing arrived, so nothing was changed.
        note('calls', true);
        return { id: request.id, ok: false, error: { code: 'unavailable', message: `The Factbench server cannot be reached (${error instanceof Error ? error.message : String(error)}): nothing was changed.` } };
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
        // A proxy in front of the team server says 502-504 while no instance answers: the same as unreachable.
        const unreachable = res.status >= 502 && res.status <= 504;
        note('calls', unreachable);
        return { id: request.id, ok: false, error: { code: unreachable ? 'unavailable' : 'bad-request', message } };
      }
      const answer = (await res.json()) as RpcResponse;
      note('calls', !answer.ok && answer.error.code === 'unavailable');
      return answer;
    },
    unloadLimit: KEEPALIVE_MAX_BYTES,
    onEvent(listener) {
      listeners.add(listener);
      if (!streaming) void stream();
      return () => listeners.delete(listener);
    },
  };
}
