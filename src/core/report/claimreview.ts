import { word } from '../i18n';
import { isoDay } from './dates';
import { cleanText, safeHttpUrl } from './escape';
import { expandReviewUrl } from './review-url';
import { claimAuthorType } from './speaker-kind';
import { reuseMessage, type ClaimView, type ReportView } from './view';
import type { ReportInput } from './input';

/**
 * ClaimReview JSON-LD: one `ClaimReview` per claim of the report that has a
 * verdict and is not dismissed (a dismissed claim was never checked), in an
 * `@graph` under `@context: https://schema.org`.
 *
 * Google's required properties are always there and never empty
 * (`claimReviewed`, `reviewRating` with `alternateName`, `url`) and so is
 * `author` with its `name` and `url`: without the organisation's name and web
 * address and the review's address there is no valid markup to publish, so
 * `renderClaimReview` refuses (`ClaimReviewIncomplete`, naming what to set)
 * rather than write `"name": ""`. The recommended ones are added where known:
 * `datePublished`, `itemReviewed` (a `Claim` with `author` typed Person or
 * Organization, `datePublished`, `appearance`), and the rating's numbers.
 */

/** The settings a publishable ClaimReview needs, by their names in Settings. */
export type ClaimReviewSetting = 'organisation' | 'organisationUrl' | 'reviewUrl';

/** Thrown when ClaimReview cannot be written without inventing a required field. */
export class ClaimReviewIncomplete extends Error {
  constructor(readonly missing: ClaimReviewSetting[]) {
    super(`ClaimReview needs ${missing.join(', ')}`);
    this.name = 'ClaimReviewIncomplete';
  }
}

/** The review URL pattern in force: this export's, else the workspace's. */
function reviewUrlPattern(input: ReportInput): string | null {
  return input.options.publicationUrl?.trim() || input.settings.reviewUrl?.trim() || null;
}

/** What is missing for a publishable ClaimReview (empty when nothing is). */
export function missingForClaimReview(input: ReportInput): ClaimReviewSetting[] {
  const missing: ClaimReviewSetting[] = [];
  if (!cleanText(input.settings.organisation).trim()) missing.push('organisation');
  if (!safeHttpUrl(input.settings.organisationUrl)) missing.push('organisationUrl');
  if (!expandReviewUrl(reviewUrlPattern(input), { articleId: input.article.id, title: input.article.meta.title, claimNumber: 1 })) missing.push('reviewUrl');
  return missing;
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json | undefined };

function organisation(name: string, url: string | null): Json {
  return url ? { '@type': 'Organization', name, url } : { '@type': 'Organization', name };
}

function claimAuthor(v: ClaimView, view: ReportView): Json | undefined {
  const speaker = cleanText(v.claim.speaker ?? '').trim();
  const outlet = cleanText(view.input.article.meta.outlet ?? '').trim();
  // A claim without a speaker is the outlet's own statement.
  if (!speaker) return outlet ? organisation(outlet, null) : undefined;
  // The kind the detector found or the user set for this claim's speaker, else what the workspace or the name says.
  return { '@type': claimAuthorType(v.claim, view.input.speakerKinds), name: speaker };
}

function appearance(view: ReportView): Json | undefined {
  const m = view.input.article.meta;
  const url = safeHttpUrl(m.url) ?? safeHttpUrl(m.canonicalUrl);
  const headline = cleanText(m.title ?? '').trim();
  if (!url && !headline) return undefined;
  const work: Record<string, Json | undefined> = { '@type': 'NewsArticle' };
  if (url) work.url = url;
  if (headline) work.headline = headline;
  if (m.publishedAt) work.datePublished = m.publishedAt;
  if (m.language) work.inLanguage = m.language;
  const outlet = cleanText(m.outlet ?? '').trim();
  if (outlet) work.publisher = organisation(outlet, null);
  return work;
}

/** Why the verdict: the rationale, else the past check it reuses, in the report language. */
function explanation(v: ClaimView, view: ReportView): string {
  const rationale = cleanText(v.claim.rationale).trim();
  if (rationale) return rationale;
  return (v.claim.reused ?? []).map((r) => word(reuseMessage(r), view.language)).join(' ');
}

function review(v: ClaimView, view: ReportView, url: string): Json {
  const { input } = view;
  const scale = input.scale;
  const label = cleanText(v.badge.label).trim() || v.claim.verdict || '?';
  const rating: Record<string, Json | undefined> = { '@type': 'Rating', alternateName: label, name: label };
  if (v.verdict && v.verdict.rating !== null) {
    rating.ratingValue = v.verdict.rating;
    rating.bestRating = scale.bestRating;
    rating.worstRating = scale.worstRating;
  }
  const why = explanation(v, view);
  if (why) rating.ratingExplanation = why;

  const item: Record<string, Json | undefined> = { '@type': 'Claim' };
  const author = claimAuthor(v, view);
  if (author) item.author = author;
  if (input.article.meta.publishedAt) item.datePublished = input.article.meta.publishedAt;
  const seen = appearance(view);
  if (seen) item.appearance = seen;

  return {
    '@type': 'ClaimReview',
    url,
    claimReviewed: cleanText(v.summary).trim() || cleanText(v.claim.text).trim().slice(0, 75),
    reviewRating: rating,
    itemReviewed: item,
    author: organisation(cleanText(input.settings.organisation).trim(), safeHttpUrl(input.settings.organisationUrl)),
    datePublished: isoDay(input.generatedAt),
    inLanguage: view.language,
  };
}

export function claimReviewDocument(view: ReportView): Json {
  const missing = missingForClaimReview(view.input);
  if (missing.length) throw new ClaimReviewIncomplete(missing);
  const pattern = reviewUrlPattern(view.input);
  const { article } = view.input;
  const graph = view.claims
    .filter((v) => v.claim.verdict !== null && v.claim.review !== 'dismissed')
    .map((v) => review(v, view, expandReviewUrl(pattern, { articleId: article.id, title: article.meta.title, claimNumber: v.number })!));
  return { '@context': 'https://schema.org', '@graph': graph };
}

/**
 * The JSON-LD text. `<`, `>`, `&` and the line separators are written as
 * \u escapes (same JSON value): the document is meant to be pasted into a
 * page's <script type="application/ld+json">, where a "</script>" inside an
 * article string would otherwise end the script.
 */
export function renderClaimReview(view: ReportView): string {
  return scriptSafeJson(claimReviewDocument(view), 2);
}

/** JSON text that no string inside can turn into markup (see renderClaimReview). */
export function scriptSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
