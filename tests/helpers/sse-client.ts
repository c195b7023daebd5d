/**
 * A client of a host's `GET /events`, as the browser's transport is: it
 * reads the SSE frames (id and data), keeps the last id, and can come back
 * with it as Last-Event-ID. For tests and the fan-out benchmark.
 */
import http from 'node:http';
import https from 'node:https';
import type { ApiEvent } from '../../src/contract/envelope';

export interface Frame {
  id: number | null;
  event: ApiEvent | null;
  /** When it arrived (performance.now()). */
  at: number;
}

export interface EventStream {
  frames: Frame[];
  /** The last id heard (the position frame included). */
  lastId(): number | null;
  /** Resolves with the first frame heard (already, or from now on) that `match` accepts. */
  waitFor(match: (f: Frame) => boolean, timeoutMs?: number): Promise<Frame>;
  close(): void;
}

/** `headers` are added (a Host for a proxy); an https origin is reached without checking its certificate (a test's own). */
export function openEventStream(server: { origin: string; token: string }, lastEventId?: number | string, extra: { headers?: Record<string, string> } = {}): Promise<EventStream> {
  const frames: Frame[] = [];
  const waiters = new Set<{ match: (f: Frame) => boolean; resolve: (f: Frame) => void }>();
  let last: number | null = null;
  return new Promise((resolve, reject) => {
    const url = new URL('/events', server.origin);
    const headers: Record<string, string> = { authorization: `Bearer ${server.token}`, ...extra.headers };
    if (lastEventId !== undefined) headers['last-event-id'] = String(lastEventId);
    const get = url.protocol === 'https:' ? (u: URL, o: https.RequestOptions, cb: (res: http.IncomingMessage) => void) => https.get(u, { ...o, rejectUnauthorized: false, servername: headers.host?.split(':')[0] }, cb) : http.get;
    const req = get(url, { headers }, (res) => {
      if (res.statusCode !== 200) {
        reject(new Error(`events: HTTP ${res.statusCode}`));
        res.resume();
        return;
      }
      res.setEncoding('utf8');
      let buffer = '';
      let opened = false;
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) !== -1) {
          const raw = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          let id: number | null = null;
          const data: string[] = [];
          for (const line of raw.split('\n')) {
            if (line.startsWith('id: ')) id = Number(line.slice(4));
            else if (line.startsWith('data: ')) data.push(line.slice(6));
          }
          if (id === null && data.length === 0) continue; // a comment (connected, keep-alive)
          if (id !== null) last = id;
          const frame: Frame = { id, event: data.length ? (JSON.parse(data.join('\n')) as ApiEvent) : null, at: performance.now() };
          frames.push(frame);
          for (const w of [...waiters]) {
            if (w.match(frame)) {
              waiters.delete(w);
              w.resolve(frame);
            }
          }
          // Ready once the host has said where the stream starts (its first frame).
          if (!opened) {
            opened = true;
            resolve(stream);
          }
        }
      });
    });
    req.on('error', reject);
    const stream: EventStream = {
      frames,
      lastId: () => last,
      waitFor(match, timeoutMs = 15_000) {
        const heard = frames.find(match);
        if (heard) return Promise.resolve(heard);
        return new Promise((ok, fail) => {
          const timer = setTimeout(() => {
            waiters.delete(waiter);
            fail(new Error(`no matching event within ${timeoutMs} ms; heard ${JSON.stringify(frames.map((f) => [f.id, f.event]))}`));
          }, timeoutMs);
          const waiter = {
            match,
            resolve: (f: Frame) => {
              clearTimeout(timer);
              ok(f);
            },
          };
          waiters.add(waiter);
        });
      },
      close: () => req.destroy(),
    };
  });
}
