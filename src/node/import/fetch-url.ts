import { netReason } from '../../core/i18n';
import { ImportError, MAX_IMPORT_BYTES, tooLarge } from './errors';

export interface FetchOptions {
  /** The whole fetch, redirects and body included. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_OPTIONS: FetchOptions = { timeoutMs: 20_000, maxBytes: MAX_IMPORT_BYTES, maxRedirects: 5 };

export interface Fetched {
  bytes: Uint8Array;
  contentType: string | null;
  /** The address the page was finally served from, after redirects. */
  finalUrl: string;
}

/** An http(s) address, or `invalid-url`. */
export function parseWebAddress(address: string): URL {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new ImportError('invalid-url', 'errors.import.notWebAddress', { address });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ImportError('invalid-url', 'errors.import.notHttp', { scheme: url.protocol.replace(/:$/u, '') });
  }
  return url;
}

/** Lets go of a response we do not read; a failure to do so is no reason to fail the import. */
async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // The connection is closed either way.
  }
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Fetches a page on the Node side with the limits a desktop app needs:
 * http/https only (on every redirect too), a redirect limit, one timeout for
 * the whole exchange, and a size cap checked on the header and while reading.
 */
export async function fetchPage(address: string, options: FetchOptions = DEFAULT_FETCH_OPTIONS, onBytes?: (received: number) => void): Promise<Fetched> {
  let url = parseWebAddress(address);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const seconds = Math.round(options.timeoutMs / 100) / 10;
  try {
    for (let redirects = 0; ; redirects++) {
      let response: Response | null = null;
      // A kept-alive connection the server has just closed resets on reuse: a GET is safe to try once more.
      for (let attempt = 0; response === null; attempt++) {
        try {
          response = await fetch(url, {
            redirect: 'manual',
            signal: controller.signal,
            headers: {
              'user-agent': 'Mozilla/5.0 (compatible; Factbench article import)',
              accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8,*/*;q=0.5',
            },
          });
        } catch (error) {
          if (timedOut) throw new ImportError('timeout', 'errors.import.timeout', { host: url.host, seconds });
          const reason = networkReason(error);
          if (attempt === 0 && (reason === 'ECONNRESET' || reason === 'UND_ERR_SOCKET')) continue;
          throw new ImportError('unreachable', 'errors.import.unreachable', { host: url.host, reason: netReason(reason) }, reason);
        }
      }
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await discard(response);
        if (redirects >= options.maxRedirects) throw new ImportError('unreachable', 'errors.import.redirects', { address, max: options.maxRedirects });
        const next = new URL(response.headers.get('location')!, url);
        url = parseWebAddress(next.href);
        continue;
      }
      if (!response.ok) {
        await discard(response);
        throw new ImportError('unreachable', 'errors.import.status', { host: url.host, status: response.status, url: url.href });
      }
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (declared > options.maxBytes) {
        await discard(response);
        throw tooLarge({ page: true }, declared);
      }
      const chunks: Uint8Array[] = [];
      let received = 0;
      try {
        const reader = response.body?.getReader();
        for (;;) {
          const next = reader ? await reader.read() : { done: true as const, value: undefined };
          if (next.done) break;
          const chunk = next.value;
          received += chunk.byteLength;
          if (received > options.maxBytes) {
            controller.abort();
            throw tooLarge({ page: true }, received);
          }
          chunks.push(chunk);
          onBytes?.(received);
        }
      } catch (error) {
        if (error instanceof ImportError) throw error;
        if (timedOut) throw new ImportError('timeout', 'errors.import.timeoutBody', { host: url.host, seconds });
        const reason = networkReason(error);
        throw new ImportError('unreachable', 'errors.import.broken', { host: url.host, reason: netReason(reason) }, reason);
      }
      return { bytes: Buffer.concat(chunks), contentType: response.headers.get('content-type'), finalUrl: url.href };
    }
  } finally {
    clearTimeout(timer);
  }
}

/** The charset a Content-Type header names, if any. */
export function charsetOf(contentType: string | null): string | null {
  return contentType ? (/charset\s*=\s*"?([\w.:-]+)/iu.exec(contentType)?.[1] ?? null) : null;
}
