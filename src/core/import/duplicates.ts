import { parseHttpUrl } from '../http-url';
import { foldForMatch } from '../text/tokens';

/**
 * Is an import a story the workspace already holds? The same address, or a
 * body that is nearly the same text (a wire story pasted twice, re-fetched
 * with a changed share widget): word trigrams shared, Jaccard ≥ 0.9.
 */
export const NEAR_IDENTICAL = 0.9;

/** An address as a story is known by: no fragment, no tracking parameters, no www., no trailing slash, http = https. */
export function addressKey(raw: string | null | undefined): string | null {
  const url = raw ? parseHttpUrl(raw) : null;
  if (!url) return null;
  const params = [...url.searchParams].filter(([k]) => !/^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|xtor)$/i.test(k)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${url.hostname.toLowerCase().replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}${query}`;
}

/** The text's word trigrams, hashed (FNV-1a); case, accents and punctuation ignored. */
export function bodyShingles(body: string): Set<number> {
  const words = foldForMatch(body).match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  for (let i = 0; i + 2 < words.length; i++) out.add(hash(`${words[i]} ${words[i + 1]} ${words[i + 2]}`));
  if (words.length > 0 && words.length < 3) out.add(hash(words.join(' ')));
  return out;
}

export function shingleSimilarity(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
