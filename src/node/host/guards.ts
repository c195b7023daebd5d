import type { IncomingMessage } from 'node:http';
import { timingSafeEqual } from 'node:crypto';

/** Why a request is refused, with the HTTP status that says it. */
export interface Refusal {
  status: 401 | 403 | 413 | 415 | 421;
  message: string;
}

/** The names a host answers to (`Host` headers) and the pages it answers (`Origin`s): see addresses.ts. */
export interface Audience {
  hosts: ReadonlySet<string>;
  origins: ReadonlySet<string>;
  /** For the refusal message: the names served. */
  describe: string;
}

/**
 * DNS rebinding: a page on evil.example that resolves to our address still
 * sends `Host: evil.example`. Only the names of the address we serve (and the
 * public name behind a proxy) are answered.
 */
export function checkHost(req: IncomingMessage, audience: Audience): Refusal | null {
  const host = (req.headers.host ?? '').toLowerCase();
  return audience.hosts.has(host) ? null : { status: 421, message: `This host serves ${audience.describe} only.` };
}

/** Cross-site requests: a browser always names the page's origin; only our own are allowed. */
export function checkOrigin(req: IncomingMessage, audience: Audience): Refusal | null {
  const origin = req.headers.origin;
  if (origin === undefined) return null; // not a browser page (the CLI, a test); the token still applies
  return audience.origins.has(origin.toLowerCase()) ? null : { status: 403, message: 'Cross-origin requests are refused.' };
}

export function checkToken(req: IncomingMessage, token: string): Refusal | null {
  const header = req.headers.authorization ?? '';
  const given = header.startsWith('Bearer ') ? header.slice(7) : '';
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b) ? null : { status: 401, message: 'Missing or wrong token: open the URL Factbench printed.' };
}

/** Reads a request body up to `limit` bytes; past it, the request is refused, not truncated. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | Refusal> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      resolve({ status: 413, message: `The request is larger than ${limit} bytes.` });
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > limit) {
        refused = true;
        resolve({ status: 413, message: `The request is larger than ${limit} bytes.` });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}
