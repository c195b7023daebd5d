import type { CleanedArticle, DetectedClaim } from '../model';

export interface DetectOptions {
  /** Language of the article; null lets the detector decide. */
  language?: string | null;
}

/**
 * Finds the check-worthy claims of a cleaned article.
 * PLACEHOLDER: one claim per paragraph containing a quote or a digit; the claim
 * intelligence work replaces it with the real pipeline, keeping this signature.
 */
export function detectClaims(article: Pick<CleanedArticle, 'body' | 'blocks' | 'folded' | 'meta'>, _options: DetectOptions = {}): DetectedClaim[] {
  const claims: DetectedClaim[] = [];
  for (const block of article.blocks) {
    if (block.kind === 'heading') continue;
    const text = article.body.slice(block.start, block.end);
    if (!/[«"“]|\d/.test(text)) continue;
    claims.push({
      text,
      type: /[«"“]/.test(text) ? 'quote' : 'other',
      speaker: null,
      speakerEvidence: null,
      score: 0.5,
      reasons: [],
      anchors: [{ start: block.start, end: block.end }],
      relatedTo: null,
    });
  }
  return claims;
}
