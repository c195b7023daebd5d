/**
 * Fetches a source page for its metadata or an archived snapshot. A page a
 * fact-checker cites is often slow, gone or behind a wall: every failure comes
 * back as data with a reason, never as an exception, and nothing is waited on
 * or read without a bound (timeout, size cap, redirect count).
 */

import { msg, netReason, word, type Message, type MessageKey, type MessageParams } from '../../core/i18n';

export type FetchFailureReason = 'invalid-url' | 'unreachable' | 'timeout' | 'too-large' | 'http-error' | 'too-many-redirects';

export interface FetchedPage {
  /** Where the bytes finally came from, after redirects. */
  url: string;
  status: number;
  /** The media type without parameters ("text/html"), lower case; '' when the server gave none. */
  mediaType: string;
  /** The charset parameter of Content-Type, if any. */
  charset: string | null;
  bytes: Uint8Array;
  /** Set when `truncateAt` cut the body (metadata needs only the head of a page). */
  truncated: boolean;
}

/** A page that could not be fetched: `message` in English, `messageCode` and `params` for the desk to word in its language. */
export interface FetchFailure {
  ok: false;
  reason: FetchFailureReason;
  message: string;
  messageCode: MessageKey;
  params?: MessageParams;
}

export type FetchResult = { ok: true; page: FetchedPage } | FetchFailure;

function failure(reason: FetchFailureReason, m: Message): FetchFailure {
  return { ok: false, reason, message: word(m), messageCode: m.key, ...(m.params ? { params: m.params } : {}) };
}

export interface FetchOptions {
  timeoutMs?: number;
  /** Bodies larger than this fail with `too-large`… */
  maxBytes?: number;
  /** …unless `truncateAt` is set: then the first bytes are kept and the rest is not read. */
  truncateAt?: number;
  maxRedirects?: number;
  /** Tests inject a fetch; the app uses the runtime's. */
  fetchImpl?: typeof fetch;
}

export const FETCH_DEFAULTS = { timeoutMs: 10_000, maxBytes: 20 * 1024 * 1024, maxRedirects: 5 } as const;

const USER_AGENT = 'Mozilla/5.0 (compatible; Factbench fact-checking workbench)';

/** http and https only; `file:`, `data:`, `javascript:` and credentials in the URL are refused, at every redirect too. */
export function checkSourceUrl(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  return url;
}

export async function fetchPage(rawUrl: string, options: FetchOptions = {}): Promise<FetchResult> {
  const timeoutMs = options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const maxRedirects = options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const doFetch = options.fetchImpl ?? fetch;
  let url = checkSourceUrl(rawUrl);
  if (!url) return failure('invalid-url', msg('errors.fetch.notHttp'));

  // One deadline for the whole exchange, redirects and body included.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      const res = await doFetch(url, {
        redirect: 'manual',
        signal: controller.signal,
        headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8' },
      });
      if (res.status >= 300 && res.status < 400 && res.headers.has('location')) {
        await res.body?.cancel();
        if (hop >= maxRedirects) return failure('too-many-redirects', msg('errors.fetch.redirects', { max: maxRedirects }));
        const next = checkSourceUrl(new URL(res.headers.get('location')!, url).href);
        if (!next) return failure('invalid-url', msg('errors.fetch.redirectNotHttp'));
        url = next;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        return failure('http-error', msg('errors.fetch.status', { status: res.status }));
      }
      const declared = Number(res.headers.get('content-length') ?? NaN);
      if (options.truncateAt === undefined && Number.isFinite(declared) && declared > maxBytes) {
        await res.body?.cancel();
        return tooLarge(maxBytes);
      }
      const body = await readCapped(res, options.truncateAt ?? maxBytes, options.truncateAt !== undefined);
      if (body === 'too-large') return tooLarge(maxBytes);
      const [mediaType = '', ...params] = (res.headers.get('content-type') ?? '').split(';').map((p) => p.trim());
      const charset = params.find((p) => /^charset=/i.test(p))?.slice(8).replace(/["']/g, '').toLowerCase() ?? null;
      return { ok: true, page: { url: url.href, status: res.status, mediaType: mediaType.toLowerCase(), charset, bytes: body.bytes, truncated: body.truncated } };
    }
  } catch (error) {
    if (controller.signal.aborted) return failure('timeout', msg('errors.fetch.timeout', { seconds: Math.round(timeoutMs / 1000) }));
    return failure('unreachable', msg('errors.fetch.unreachable', { reason: netReason(describe(error)) }));
  } finally {
    clearTimeout(timer);
  }
}

function tooLarge(maxBytes: number): FetchResult {
  return failure('too-large', msg('errors.fetch.tooLarge', { limit: Math.round(maxBytes / (1024 * 1024)) }));
}

/** Reads at most `cap` bytes; past it either stops (truncate) or gives up (too large). */
async function readCapped(res: Response, cap: number, truncate: boolean): Promise<{ bytes: Uint8Array; truncated: boolean } | 'too-large'> {
  if (!res.body) return { bytes: new Uint8Array(), truncated: false };
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (size + value.byteLength > cap) {
      await reader.cancel();
      if (!truncate) return 'too-large';
      chunks.push(value.subarray(0, cap - size));
      return { bytes: concat(chunks, cap), truncated: true };
    }
    chunks.push(value);
    size += value.byteLength;
  }
  return { bytes: concat(chunks, size), truncated: false };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function describe(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (cause as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return cause instanceof Error ? cause.message : String(cause);
}
