import { safeHttpUrl } from './escape';

/**
 * Where a fact-check is published, as a pattern a newsroom sets once:
 * `https://verif.example.ch/{slug}` or `https://example.org/checks/{article}#claim-{claim}`.
 * `{article}` is the article's id, `{slug}` its title in URL form, `{claim}` the
 * claim's number in the report. A pattern without `{claim}` gets `#claim-N`
 * (Google asks a page that holds several fact-checks for an anchor per claim).
 */

export const REVIEW_URL_PLACEHOLDERS = ['article', 'slug', 'claim'] as const;

/** A title as a URL path segment: lower case, ASCII letters and digits, words joined by "-". */
export function slugify(title: string, max = 60): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
}

export interface ReviewUrlValues {
  articleId: string;
  title: string | null;
  claimNumber: number;
}

/** The review URL of one claim, or null when the pattern does not make an http(s) URL. */
export function expandReviewUrl(pattern: string | null | undefined, v: ReviewUrlValues): string | null {
  const p = pattern?.trim();
  if (!p) return null;
  const filled = p
    .replaceAll('{article}', encodeURIComponent(v.articleId))
    .replaceAll('{slug}', slugify(v.title ?? '') || 'fact-check')
    .replaceAll('{claim}', String(v.claimNumber));
  if (/[{}]/.test(filled)) return null; // an unknown placeholder
  const url = safeHttpUrl(filled);
  if (!url) return null;
  return p.includes('{claim}') ? url : `${url.replace(/#.*$/, '')}#claim-${v.claimNumber}`;
}

/** Whether a pattern gives an http(s) URL for any article (what settings accept). */
export function isReviewUrlPattern(pattern: string): boolean {
  return expandReviewUrl(pattern, { articleId: '0190a0b0-0000-7000-8000-000000000000', title: 'Title', claimNumber: 1 }) !== null;
}
