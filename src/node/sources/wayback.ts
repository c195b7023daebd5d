import { archiveServiceOf } from '../../core/archive-links';
import { msg, netReason, word, type Message, type MessageKey, type MessageParams } from '../../core/i18n';
import { checkSourceUrl } from './fetch-page';

/**
 * "Save Page Now" of the Internet Archive: `GET https://web.archive.org/save/<page>`
 * archives the page and answers with (or redirects to) the capture's address,
 * `/web/<timestamp>/<page>`. A newsroom proxy, or a test's stand-in, can be
 * named by FACTBENCH_WAYBACK_ENDPOINT. Every failure is said as it is: a
 * capture is reported only when the archive gave its address.
 */
export const WAYBACK_SAVE_ENDPOINT = 'https://web.archive.org/save/';

/** Read at each call: the host of a test, or a newsroom behind a proxy, sets it before starting. */
export function waybackEndpoint(): string {
  return process.env.FACTBENCH_WAYBACK_ENDPOINT || WAYBACK_SAVE_ENDPOINT;
}

/** Why the Wayback Machine kept no capture: `message` in English for logs, `messageCode` and `params` for the desk to word. */
export interface WaybackFailure {
  ok: false;
  reason: 'unreachable' | 'refused' | 'unexpected' | 'no-url';
  message: string;
  messageCode: MessageKey;
  params?: MessageParams;
}

export type WaybackCapture = { ok: true; archiveUrl: string } | WaybackFailure;

export function waybackFailure(reason: WaybackFailure['reason'], m: Message): WaybackFailure {
  return { ok: false, reason, message: word(m), messageCode: m.key, ...(m.params ? { params: m.params } : {}) };
}

export interface WaybackOptions {
  endpoint?: string;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

export async function saveToWayback(pageUrl: string, options: WaybackOptions = {}): Promise<WaybackCapture> {
  const endpoint = options.endpoint ?? waybackEndpoint();
  const doFetch = options.fetchImpl ?? fetch;
  if (!checkSourceUrl(pageUrl)) return waybackFailure('unexpected', msg('errors.fetch.notHttp'));
  let response: Response;
  try {
    response = await doFetch(`${endpoint}${pageUrl}`, {
      method: 'GET',
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
      headers: { 'user-agent': 'Mozilla/5.0 (compatible; Factbench fact-checking workbench)' },
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = netReason((error as Error).name === 'TimeoutError' ? 'ETIMEDOUT' : (cause?.code ?? ''));
    return waybackFailure('unreachable', msg('errors.wayback.unreachable', { reason: why }));
  }
  await response.body?.cancel().catch(() => undefined);
  const given = response.headers.get('location') ?? response.headers.get('content-location');
  const capture = given ? absolute(given, 'https://web.archive.org') : null;
  if (capture && archiveServiceOf(capture) === 'wayback') return { ok: true, archiveUrl: capture };
  if (response.status === 429 || response.status >= 500 || response.status === 403) {
    return waybackFailure('refused', msg('errors.wayback.refused', { status: response.status }));
  }
  return waybackFailure('unexpected', msg('errors.wayback.noCapture', { status: response.status }));
}

function absolute(ref: string, base: string): string | null {
  try {
    return new URL(ref, base).toString();
  } catch {
    return null;
  }
}
