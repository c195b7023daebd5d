/**
 * Public archives of a web page that a fact-checker cites beside the local
 * copy: the Internet Archive's Wayback Machine and archive.today. Only their
 * addresses of an archived page are accepted, so a link labelled "archive"
 * always is one.
 */

import { parseHttpUrl } from './http-url';

export type ArchiveService = 'wayback' | 'archive-today';

/** archive.today answers on several names; all are the same service. */
const ARCHIVE_TODAY_HOSTS = new Set(['archive.today', 'archive.ph', 'archive.is', 'archive.li', 'archive.vn', 'archive.fo', 'archive.md']);

/** `/web/20230913092700/https://…` (a capture time of 4–14 digits, an optional mode like `id_`, then the page). */
const WAYBACK_PATH = /^\/web\/\d{4,14}(?:[a-z]{2}_)?\/\S+/;
/** `/AbCd1`, `/2023.09.13-092700/https://…`, `/newest/https://…`. */
const ARCHIVE_TODAY_PATH = /^\/(?:[A-Za-z0-9]{4,12}|\d{4}\.\d{2}\.\d{2}-\d{6}\/\S+|(?:newest|oldest|\d{14})\/\S+)$/;

/** Which archive an address belongs to, or null when it is not the address of an archived page. */
export function archiveServiceOf(raw: string): ArchiveService | null {
  const url = parseHttpUrl(raw);
  if (!url) return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const path = url.pathname + url.search;
  if (host === 'web.archive.org' && WAYBACK_PATH.test(path)) return 'wayback';
  if (ARCHIVE_TODAY_HOSTS.has(host) && ARCHIVE_TODAY_PATH.test(path)) return 'archive-today';
  return null;
}

export function isPublicArchiveUrl(raw: string): boolean {
  return archiveServiceOf(raw) !== null;
}

export const ARCHIVE_SERVICE_NAMES: Record<ArchiveService, string> = { wayback: 'Wayback Machine', 'archive-today': 'archive.today' };
