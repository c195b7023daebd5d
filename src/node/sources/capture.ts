import { createHash } from 'node:crypto';
import { fetchPage, type FetchFailure, type FetchOptions } from './fetch-page';
import { decodePage, readPageMeta, type PageMeta } from './page-meta';
import { sniff } from './sniff';

/** Metadata needs only the head of a page: read no more than this. */
export const META_READ_BYTES = 1024 * 1024;
/** An archived snapshot larger than this is refused rather than stored cut. */
export const SNAPSHOT_MAX_BYTES = 20 * 1024 * 1024;

export type MetaLookup =
  | { ok: true; url: string; meta: PageMeta }
  /** The page could not be read; the user fills the fields by hand. Not an error. */
  | FetchFailure;

/** Fetches a source page and reads its citation metadata. */
export async function lookUpPage(url: string, options: FetchOptions = {}): Promise<MetaLookup> {
  const got = await fetchPage(url, { ...options, truncateAt: META_READ_BYTES });
  if (!got.ok) return got;
  const { page } = got;
  const isHtml = page.mediaType === '' || /html|xml/.test(page.mediaType);
  if (!isHtml) {
    // A PDF or image cited directly: nothing to read, but it was reachable.
    return { ok: true, url: page.url, meta: { title: null, publisher: null, author: null, publishedAt: null, modifiedAt: null, canonicalUrl: null, language: null } };
  }
  return { ok: true, url: page.url, meta: readPageMeta(decodePage(page.bytes, page.charset), page.url) };
}

export interface Snapshot {
  bytes: Uint8Array;
  mime: string;
  sha256: string;
  /** Capture time, ISO 8601 UTC. */
  capturedAt: string;
  /** Where it was fetched from after redirects. */
  url: string;
}

export type SnapshotResult = { ok: true; snapshot: Snapshot } | FetchFailure;

/** Takes the page as served, whole, with its SHA-256 and capture time: what a fact-checker shows if the page changes later. */
export async function capturePage(url: string, options: FetchOptions = {}): Promise<SnapshotResult> {
  const got = await fetchPage(url, { maxBytes: SNAPSHOT_MAX_BYTES, ...options });
  if (!got.ok) return got;
  const { page } = got;
  const mime = page.mediaType || sniff(page.bytes)?.mime || 'application/octet-stream';
  return {
    ok: true,
    snapshot: {
      bytes: page.bytes,
      mime: page.charset && mime.startsWith('text/') ? `${mime}; charset=${page.charset}` : mime,
      sha256: sha256Hex(page.bytes),
      capturedAt: new Date().toISOString(),
      url: page.url,
    },
  };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
