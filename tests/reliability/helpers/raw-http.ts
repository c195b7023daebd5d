import net from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends exactly the bytes given (no client library fixing up Host, lengths or
 * paths) and reads the answer until the server closes or the timeout: how an
 * attacker's hand-made request arrives.
 */
export function rawRequest(port: number, head: string, body: string | Buffer = '', opts: { host?: string; timeoutMs?: number } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: opts.host ?? '127.0.0.1', port });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(), opts.timeoutMs ?? 5_000);
    socket.on('connect', () => {
      socket.write(head.replace(/\n/g, '\r\n') + '\r\n');
      if (body.length) socket.write(body);
    });
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      // One response is all we want: stop once its declared body has arrived.
      const text = Buffer.concat(chunks).toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      const len = /\r\ncontent-length: *(\d+)/i.exec(text.slice(0, end));
      if (end >= 0 && len && Buffer.byteLength(text.slice(end + 4), 'latin1') >= Number(len[1])) socket.end();
    });
    socket.on('error', (e) => {
      clearTimeout(timer);
      if (chunks.length) finish();
      else reject(e);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      finish();
    });
    let done = false;
    function finish() {
      if (done) return;
      done = true;
      // latin1 keeps one character per byte, so chunk sizes (in bytes) line up; the body is decoded as UTF-8 at the end.
      const text = Buffer.concat(chunks).toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = text.slice(0, end < 0 ? text.length : end).split('\r\n');
      const headers: Record<string, string> = {};
      for (const l of lines) {
        const i = l.indexOf(':');
        if (i > 0) headers[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim();
      }
      const raw = end < 0 ? '' : text.slice(end + 4);
      resolve({ status: Number(statusLine.split(' ')[1] ?? 0), headers, body: Buffer.from(/chunked/i.test(headers['transfer-encoding'] ?? '') ? dechunk(raw) : raw, 'latin1').toString('utf8') });
    }
  });
}

/** A POST /rpc head with the given headers (one per line), Content-Length computed. */
export function rpcHead(headers: Record<string, string | undefined>, body: string, path = '/rpc', method = 'POST'): string {
  const lines = [`${method} ${path} HTTP/1.1`];
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) lines.push(`${k}: ${v}`);
  if (!Object.keys(headers).some((k) => k.toLowerCase() === 'content-length' || k.toLowerCase() === 'transfer-encoding')) lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  lines.push('Connection: close', '');
  return lines.join('\n');
}

function dechunk(raw: string): string {
  let out = '';
  let rest = raw;
  for (;;) {
    const eol = rest.indexOf('\r\n');
    if (eol < 0) return out;
    const size = Number.parseInt(rest.slice(0, eol), 16);
    if (!Number.isFinite(size) || size === 0) return out;
    out += rest.slice(eol + 2, eol + 2 + size);
    rest = rest.slice(eol + 2 + size + 2);
  }
}
