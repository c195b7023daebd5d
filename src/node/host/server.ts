import http from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Api } from '../api';
import type { ApiEvent } from '../../contract/envelope';
import type { ChangeFeed, StreamFrame } from '../services/change-stream';
import { audienceOf, baseUrlOf, type ListenAddress } from './addresses';
import { checkHost, checkOrigin, checkToken, readBody, type Refusal } from './guards';
import { InFlight } from './in-flight';
import { serveStatic } from './static-files';

export interface HostOptions {
  api: Api;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Where to listen (the team server); default 127.0.0.1 on `port`. */
  listen?: ListenAddress;
  /** The name behind a proxy (https://factbench.example): its Host and Origin are answered, and the printed URL is it. */
  publicUrl?: URL;
  /** Defaults to a fresh random token per run. */
  token?: string;
  /**
   * The events table as numbered changes (see ChangeFeed): committed changes reach the event streams
   * from it, with their number as the SSE id, and a client that reconnects with Last-Event-ID gets what
   * it missed. Without it, every event the API emits is passed on as it comes, unnumbered.
   */
  feed?: ChangeFeed;
  /** Bytes; an import of a 20 MB file is ~27 MB of base64. */
  bodyLimit?: number;
}

export interface Host {
  /** The URL to open (the public one behind a proxy), with the token in its fragment. */
  url: string;
  /** Where it listens: http://HOST:PORT. */
  address: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** How long a stopping host waits for the calls it is answering. */
const CLOSE_GRACE_MS = 10_000;

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

/** One SSE frame: `id:` (the event's number) and/or `data:` (the event). */
export function formatFrame(frame: StreamFrame): string {
  return `${frame.id === undefined ? '' : `id: ${frame.id}\n`}${frame.event === undefined ? '' : `data: ${JSON.stringify(frame.event)}\n`}\n`;
}

/** A change the feed brings from the events table, numbered: the API's own copy of it is not passed on. */
const fromTable = (event: ApiEvent, committed?: boolean) => event.type === 'changed' && committed === true;
/** Another connection committed to the SQLite file: said as is, and the table read for the events it wrote. */
const outside = (event: ApiEvent) => event.type === 'changed' && event.entity === 'workspace' && event.id === 'external';

/**
 * The HTTP host of the API: the browser mode (`npm run web`: 127.0.0.1, a
 * per-run token) and the team server (`factbench serve`: the address, token
 * and public name it is given). `POST /rpc` and `GET /events` need the token
 * and pass the Host and Origin checks (the names of the address served, and
 * the public URL's); the built renderer is served to anyone who may connect.
 */
export function startHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const limit = options.bodyLimit ?? 32 * 1024 * 1024;
  const listen: ListenAddress = options.listen ?? { host: '127.0.0.1', port: options.port ?? 0 };
  const feed = options.feed;
  const streams = new Set<http.ServerResponse>();
  const inFlight = new InFlight();
  const unsubscribe = options.api.subscribe((event, committed) => {
    if (!feed) {
      const frame = formatFrame({ event });
      for (const s of streams) s.write(frame);
    } else if (fromTable(event, committed)) {
      void feed.poll();
    } else {
      feed.broadcast(event);
      if (outside(event)) void feed.poll();
    }
  });
  let audience = audienceOf(listen, options.publicUrl);

  const server = http.createServer(async (req, res) => {
    const refuse = (r: Refusal) => {
      res.writeHead(r.status, JSON_HEADERS);
      res.end(JSON.stringify({ ok: false, error: { code: 'bad-request', message: r.message } }));
    };
    const hostRefusal = checkHost(req, audience);
    if (hostRefusal) return refuse(hostRefusal);
    const url = req.url ?? '/';

    if (url === '/rpc' || url.startsWith('/rpc?') || url === '/events' || url.startsWith('/events?')) {
      const refusal = checkOrigin(req, audience) ?? checkToken(req, token);
      if (refusal) return refuse(refusal);
      if (url.startsWith('/events')) return openEventStream(req, res, streams, feed);
      // Tracked from the first byte until the answer has left: a stopping host neither cuts a write nor its acknowledgement.
      await inFlight.track(answerRpc(options.api, limit, req, res, refuse));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse({ status: 415, message: 'Only GET is served here.' });
    serveStatic(options.staticDir, url, res);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, () => {
      const port = (server.address() as AddressInfo).port;
      // Port 0 asked for a free one: the names are known now.
      audience = audienceOf({ host: listen.host, port }, options.publicUrl);
      resolve({
        url: `${baseUrlOf({ host: listen.host, port }, options.publicUrl)}#token=${token}`,
        address: baseUrlOf({ host: listen.host, port }).replace(/\/$/, ''),
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

/**
 * `GET /events`: Server-Sent Events. With a feed, each committed change
 * comes numbered (`id:`), and a client that sends `Last-Event-ID` first gets
 * the ones it missed. `X-Accel-Buffering: no` tells nginx to pass each frame at once.
 */
async function openEventStream(req: http.IncomingMessage, res: http.ServerResponse, streams: Set<http.ServerResponse>, feed: ChangeFeed | undefined): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
  res.write(': connected\n\n');
  streams.add(res);
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
  let detach = () => {};
  req.on('close', () => {
    clearInterval(keepAlive);
    streams.delete(res);
    detach();
  });
  if (!feed) return;
  const lastEventId = req.headers['last-event-id'];
  try {
    const client = await feed.attach(typeof lastEventId === 'string' ? lastEventId : undefined, (frame) => res.write(formatFrame(frame)));
    if (res.destroyed || req.destroyed) client.detach();
    else detach = () => client.detach();
  } catch {
    // The events table cannot be read (the database is down): end the stream; the client comes back with its Last-Event-ID.
    res.end();
  }
}
