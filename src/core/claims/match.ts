import { claimTerms, similarityOf } from './similarity';

/**
 * A claim already checked somewhere: in another article of the workspace (the
 * services feed full-text-search candidates) or in imported ClaimReview.
 */
export interface CheckedClaim {
  /** The checked claim's text (a claim of the workspace, or ClaimReview's claimReviewed). */
  text: string;
  /** Where it was checked: the article title, or the fact-checker's review title. */
  articleTitle?: string | null;
  /** The verdict as shown to the user ("False", "Mostly true", "Faux"). */
  verdict?: string | null;
}

export interface PastCheckMatch<T extends CheckedClaim> {
  candidate: T;
  /** 0–1, see claimSimilarity. */
  similarity: number;
  /** What the claim panel shows: "Already checked in «Title» — False". */
  label: string;
}

export interface MatchOptions {
  /** Similarity at or above which a candidate is offered (default 0.6). */
  threshold?: number;
  /** At most this many matches, best first (default 3). */
  limit?: number;
}

/** Default similarity for "already checked": paraphrases of one claim score 0.6–1, claims that merely share a topic stay below. */
export const PAST_CHECK_THRESHOLD = 0.6;

/**
 * The past checks a new claim repeats, best first. The candidates are what the
 * caller's full-text search returned (a few dozen at most); this decides which
 * of them are the same claim. The user links one (reusing its verdict and
 * sources) or dismisses it.
 */
export function matchPastChecks<T extends CheckedClaim>(claimText: string, candidates: readonly T[], options: MatchOptions = {}): PastCheckMatch<T>[] {
  const threshold = options.threshold ?? PAST_CHECK_THRESHOLD;
  const limit = options.limit ?? 3;
  const terms = claimTerms(claimText);
  const out: PastCheckMatch<T>[] = [];
  for (const candidate of candidates) {
    const similarity = similarityOf(terms, claimTerms(candidate.text));
    if (similarity >= threshold) out.push({ candidate, similarity, label: pastCheckLabel(candidate) });
  }
  return out.sort((a, b) => b.similarity - a.similarity).slice(0, limit);
}

export function pastCheckLabel(c: CheckedClaim): string {
  const where = c.articleTitle ? ` in «${c.articleTitle}»` : '';
  const verdict = c.verdict ? ` — ${c.verdict}` : '';
  return `Already checked${where}${verdict}`;
}
