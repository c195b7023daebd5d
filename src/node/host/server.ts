import http from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Api } from '../api';
import { checkHost, checkOrigin, checkToken, readBody, type Refusal } from './guards';
import { InFlight } from './in-flight';
import { serveStatic } from './static-files';

export interface HostOptions {
  api: Api;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Defaults to a fresh random token per run. */
  token?: string;
  /** Bytes; an import of a 20 MB file is ~27 MB of base64. */
  bodyLimit?: number;
}

export interface Host {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** How long a stopping host waits for the calls it is answering. */
const CLOSE_GRACE_MS = 10_000;

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

/**
 * The loopback host: the browser mode and every end-to-end test use it.
 * 127.0.0.1 only; `POST /rpc` and `GET /events` need the per-run token and pass
 * the Host and Origin checks; the built renderer is served to anyone on loopback.
 */
export function startHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const limit = options.bodyLimit ?? 32 * 1024 * 1024;
  const streams = new Set<http.ServerResponse>();
  const inFlight = new InFlight();
  const unsubscribe = options.api.subscribe((event) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const s of streams) s.write(frame);
  });

  const server = http.createServer(async (req, res) => {
    const port = (server.address() as AddressInfo).port;
    const refuse = (r: Refusal) => {
      res.writeHead(r.status, JSON_HEADERS);
      res.end(JSON.stringify({ ok: false, error: { code: 'bad-request', message: r.message } }));
    };
    const hostRefusal = checkHost(req, port);
    if (hostRefusal) return refuse(hostRefusal);
    const url = req.url ?? '/';

    if (url === '/rpc' || url.startsWith('/rpc?') || url === '/events' || url.startsWith('/events?')) {
      const refusal = checkOrigin(req, port) ?? checkToken(req, token);
      if (refusal) return refuse(refusal);
      if (url.startsWith('/events')) return openEventStream(req, res, streams);
      // Tracked from the first byte until the answer has left: a stopping host neither cuts a write nor its acknowledgement.
      await inFlight.track(answerRpc(options.api, limit, req, res, refuse));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse({ status: 415, message: 'Only GET is served here.' });
    serveStatic(options.staticDir, url, res);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/#token=${token}`,
        port,
        token,
        // Stops taking connections, answers the calls already received (the last verdict, the
        // selected claim a closing page sent), then drops what is left.
        close: async () => {
          unsubscribe();
          for (const s of streams) s.end();
          const closed = new Promise<void>((done) => server.close(() => done()));
          server.closeIdleConnections();
          await inFlight.drain(CLOSE_GRACE_MS);
          server.closeAllConnections();
          await closed;
        },
      });
    });
  });
}

/** `POST /rpc`: one JSON envelope in, one answer out (failures as data). */
async function answerRpc(api: Api, limit: number, req: http.IncomingMessage, res: http.ServerResponse, refuse: (r: Refusal) => void): Promise<void> {
  if (req.method !== 'POST') return refuse({ status: 415, message: 'POST a JSON envelope to /rpc.' });
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse({ status: 415, message: 'The body must be application/json.' });
  const body = await readBody(req, limit);
  if (!Buffer.isBuffer(body)) return refuse(body);
  let envelope: unknown;
  try {
    envelope = JSON.parse(body.toString('utf8'));
  } catch {
    envelope = undefined; // the dispatcher answers bad-request as data
  }
  const response = await api.dispatch(envelope);
  await new Promise<void>((sent) => {
    res.once('close', () => sent());
    res.writeHead(200, JSON_HEADERS);
    res.end(JSON.stringify(response), () => sent());
  });
}

function openEventStream(req: http.IncomingMessage, res: http.ServerResponse, streams: Set<http.ServerResponse>): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
  res.write(': connected\n\n');
  streams.add(res);
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
  req.on('close', () => {
    clearInterval(keepAlive);
    streams.delete(res);
  });
}
