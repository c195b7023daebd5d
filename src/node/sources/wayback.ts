import { archiveServiceOf } from '../../core/archive-links';
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

export type WaybackCapture = { ok: true; archiveUrl: string } | { ok: false; reason: 'unreachable' | 'refused' | 'unexpected'; message: string };

export interface WaybackOptions {
  endpoint?: string;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

export async function saveToWayback(pageUrl: string, options: WaybackOptions = {}): Promise<WaybackCapture> {
  const endpoint = options.endpoint ?? waybackEndpoint();
  const doFetch = options.fetchImpl ?? fetch;
  if (!checkSourceUrl(pageUrl)) return { ok: false, reason: 'unexpected', message: 'Only http and https pages can be archived.' };
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
    const why = (error as Error).name === 'TimeoutError' ? 'it did not answer in time' : (cause?.code ?? cause?.message ?? (error as Error).message);
    return { ok: false, reason: 'unreachable', message: `The Wayback Machine could not be reached from this computer (${why}).` };
  }
  await response.body?.cancel().catch(() => undefined);
  const given = response.headers.get('location') ?? response.headers.get('content-location');
  const capture = given ? absolute(given, 'https://web.archive.org') : null;
  if (capture && archiveServiceOf(capture) === 'wayback') return { ok: true, archiveUrl: capture };
  if (response.status === 429 || response.status >= 500 || response.status === 403) {
    return { ok: false, reason: 'refused', message: `The Wayback Machine did not archive the page (HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}).` };
  }
  return { ok: false, reason: 'unexpected', message: `The Wayback Machine answered HTTP ${response.status} without the address of a capture.` };
}

function absolute(ref: string, base: string): string | null {
  try {
    return new URL(ref, base).toString();
  } catch {
    return null;
  }
}
