/**
 * What Google's ClaimReview guidelines require and recommend, checked on every
 * node of a ClaimReview document as a publisher would paste it:
 * required — `claimReviewed`, `reviewRating` (a Rating with `alternateName`),
 * `url`, and `author` (Organization with `name` and `url`: Factbench always
 * publishes as the organisation); recommended — `datePublished`,
 * `itemReviewed` (a Claim with `author` typed Person or Organization with a
 * name, `datePublished`, `appearance` with a URL), the rating's numbers on
 * their scale. "Where known": the test says which recommended ones it expects.
 */
import { expect } from 'vitest';

type Node = Record<string, unknown>;

const nonEmpty = (v: unknown, what: string) => {
  expect(typeof v, what).toBe('string');
  expect((v as string).trim(), what).not.toBe('');
};
const httpUrl = (v: unknown, what: string) => {
  nonEmpty(v, what);
  expect(v as string, what).toMatch(/^https?:\/\/[^\s/?#]+/);
};

export interface Expected {
  /** The claim's author is known (a speaker, or the outlet). */
  claimAuthor?: boolean;
  claimDate?: boolean;
  appearanceUrl?: boolean;
  /** The verdict has a numeric rating on the scale. */
  numericRating?: boolean;
}

/** Checks one ClaimReview node; returns the property paths it checked (for a test that counts them). */
export function expectPublishable(n: Node, expected: Expected = {}): string[] {
  const checked: string[] = [];
  const at = (p: string) => {
    checked.push(p);
    return p;
  };
  expect(n['@type'], at('@type')).toBe('ClaimReview');
  httpUrl(n.url, at('url'));
  nonEmpty(n.claimReviewed, at('claimReviewed'));
  expect((n.claimReviewed as string).length, 'claimReviewed ≤ 75').toBeLessThanOrEqual(75);

  const rating = n.reviewRating as Node;
  expect(rating?.['@type'], at('reviewRating.@type')).toBe('Rating');
  nonEmpty(rating.alternateName, at('reviewRating.alternateName'));
  if (expected.numericRating) {
    for (const k of ['ratingValue', 'bestRating', 'worstRating']) expect(typeof rating[k], at(`reviewRating.${k}`)).toBe('number');
    expect(rating.ratingValue as number).toBeGreaterThanOrEqual(Math.min(rating.worstRating as number, rating.bestRating as number));
    expect(rating.ratingValue as number).toBeLessThanOrEqual(Math.max(rating.worstRating as number, rating.bestRating as number));
  }

  const author = n.author as Node;
  expect(author?.['@type'], at('author.@type')).toBe('Organization');
  nonEmpty(author.name, at('author.name'));
  httpUrl(author.url, at('author.url'));
  expect(n.datePublished, at('datePublished')).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  const item = n.itemReviewed as Node;
  expect(item?.['@type'], at('itemReviewed.@type')).toBe('Claim');
  if (expected.claimAuthor) {
    const a = item.author as Node;
    expect(['Person', 'Organization'], at('itemReviewed.author.@type')).toContain(a?.['@type']);
    nonEmpty(a.name, at('itemReviewed.author.name'));
  }
  if (expected.claimDate) expect(item.datePublished, at('itemReviewed.datePublished')).toMatch(/^\d{4}-\d{2}-\d{2}/);
  if (expected.appearanceUrl) {
    const seen = (Array.isArray(item.appearance) ? item.appearance[0] : item.appearance) as Node;
    httpUrl(seen?.url, at('itemReviewed.appearance.url'));
  }
  // Nowhere an empty string: a field not known is left out, never written empty.
  JSON.stringify(n, (k, v: unknown) => {
    if (typeof v === 'string') expect(v.trim(), `empty ${k}`).not.toBe('');
    return v;
  });
  return checked;
}
