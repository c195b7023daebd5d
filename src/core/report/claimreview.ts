import { isoDay } from './dates';
import { cleanText, safeHttpUrl } from './escape';
import { speakerKind } from './speaker-kind';
import type { ClaimView, ReportView } from './view';

/**
 * ClaimReview JSON-LD: one `ClaimReview` per claim of the report that has a
 * verdict and is not dismissed (a dismissed claim was never checked), in an
 * `@graph` under `@context: https://schema.org`. Verdicts without a rating
 * (Unverifiable, Satire) keep `alternateName` and `ratingExplanation` and omit
 * the numeric `ratingValue`/`bestRating`/`worstRating`. Only http(s) URLs are
 * emitted; a missing one is left out rather than invented.
 */

export const CLAIM_REVIEWED_MAX = 75;

/** The claim in ≤ 75 characters where possible: whole if it fits, else cut at a word and marked with "…". */
export function shortClaim(text: string): string {
  const flat = cleanText(text).replace(/\s+/g, ' ').trim();
  if (flat.length <= CLAIM_REVIEWED_MAX) return flat;
  const room = flat.slice(0, CLAIM_REVIEWED_MAX - 1);
  // The room ends on a whole word when the next character is a space.
  const space = flat[CLAIM_REVIEWED_MAX - 1] === ' ' ? room.length : room.lastIndexOf(' ');
  const cut = space >= CLAIM_REVIEWED_MAX / 2 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,;:«"“(-]+$/u, '')}…`;
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json | undefined };

function organisation(name: string, url: string | null): Json {
  return url ? { '@type': 'Organization', name, url } : { '@type': 'Organization', name };
}

function claimAuthor(v: ClaimView, view: ReportView): Json | undefined {
  const speaker = v.claim.speaker?.trim();
  // A claim without a speaker is the outlet's own statement.
  if (!speaker) return view.input.article.meta.outlet ? organisation(cleanText(view.input.article.meta.outlet), null) : undefined;
  // The kind the detector found or the user set for this claim's speaker, else what the workspace or the name says.
  const kind = v.claim.speakerKind === 'person' ? 'Person' : v.claim.speakerKind === 'organisation' ? 'Organization' : speakerKind(speaker, view.input.speakerKinds);
  return { '@type': kind, name: cleanText(speaker) };
}

function appearance(view: ReportView): Json {
  const m = view.input.article.meta;
  const url = safeHttpUrl(m.url) ?? safeHttpUrl(m.canonicalUrl);
  const work: Record<string, Json | undefined> = { '@type': 'NewsArticle' };
  if (url) work.url = url;
  if (m.title) work.headline = cleanText(m.title);
  if (m.publishedAt) work.datePublished = m.publishedAt;
  if (m.language) work.inLanguage = m.language;
  if (m.outlet) work.publisher = organisation(cleanText(m.outlet), null);
  return work;
}

function review(v: ClaimView, view: ReportView): Json {
  const { input } = view;
  const scale = input.scale;
  const rating: Record<string, Json | undefined> = { '@type': 'Rating', alternateName: v.badge.label };
  if (v.verdict && v.verdict.rating !== null) {
    rating.ratingValue = v.verdict.rating;
    rating.bestRating = scale.bestRating;
    rating.worstRating = scale.worstRating;
  }
  const explanation = cleanText(v.claim.rationale).trim();
  if (explanation) rating.ratingExplanation = explanation;

  const item: Record<string, Json | undefined> = { '@type': 'Claim', author: claimAuthor(v, view) };
  if (input.article.meta.publishedAt) item.datePublished = input.article.meta.publishedAt;
  item.appearance = appearance(view);

  const base = safeHttpUrl(input.options.publicationUrl) ?? safeHttpUrl(input.settings.organisationUrl);
  const out: Record<string, Json | undefined> = { '@type': 'ClaimReview' };
  if (base) out.url = `${base.replace(/#.*$/, '')}#claim-${v.number}`;
  out.claimReviewed = shortClaim(v.claim.text);
  out.reviewRating = rating;
  out.itemReviewed = item;
  out.author = organisation(cleanText(input.settings.organisation), safeHttpUrl(input.settings.organisationUrl));
  out.datePublished = isoDay(input.generatedAt);
  out.inLanguage = view.language;
  return out;
}

export function claimReviewDocument(view: ReportView): Json {
  const graph = view.claims.filter((v) => v.claim.verdict !== null && v.claim.review !== 'dismissed').map((v) => review(v, view));
  return { '@context': 'https://schema.org', '@graph': graph };
}

/**
 * The JSON-LD text. `<`, `>`, `&` and the line separators are written as
 * \u escapes (same JSON value): the document is meant to be pasted into a
 * page's <script type="application/ld+json">, where a "</script>" inside an
 * article string would otherwise end the script.
 */
export function renderClaimReview(view: ReportView): string {
  return JSON.stringify(claimReviewDocument(view), null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
