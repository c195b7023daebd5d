import approxSearch from 'approx-string-match';

/**
 * The baseline: how Hypothesis re-anchors a position + quote selector
 * (client `src/annotator/anchoring/match-quote.ts` and `html.ts`): check the
 * stored position against the quote, else search the whole text for the quote
 * (exact occurrences first, else approx-string-match with up to half the
 * quote's length in errors) and keep the candidate with the best weighted
 * score of quote, prefix, suffix and position. Transcribed for comparison.
 */

interface Match {
  start: number;
  end: number;
  errors: number;
}

function search(text: string, str: string, maxErrors: number): Match[] {
  let matchPos = 0;
  const exactMatches: Match[] = [];
  while (matchPos !== -1) {
    matchPos = text.indexOf(str, matchPos);
    if (matchPos !== -1) {
      exactMatches.push({ start: matchPos, end: matchPos + str.length, errors: 0 });
      matchPos += 1;
    }
  }
  if (exactMatches.length > 0) return exactMatches;
  return approxSearch(text, str, maxErrors);
}

function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0.0;
  const matches = search(text, str, str.length);
  return 1 - matches[0]!.errors / str.length;
}

export function hypothesisMatchQuote(text: string, quote: string, context: { prefix?: string; suffix?: string; hint?: number } = {}): { start: number; end: number; score: number } | null {
  if (quote.length === 0) return null;
  const maxErrors = Math.min(256, quote.length / 2);
  const matches = search(text, quote, maxErrors);
  if (matches.length === 0) return null;
  const scoreMatch = (match: Match) => {
    const quoteWeight = 50;
    const prefixWeight = 20;
    const suffixWeight = 20;
    const posWeight = 2;
    const quoteScore = 1 - match.errors / quote.length;
    const prefixScore = context.prefix ? textMatchScore(text.slice(Math.max(0, match.start - context.prefix.length), match.start), context.prefix) : 1.0;
    const suffixScore = context.suffix ? textMatchScore(text.slice(match.end, match.end + context.suffix.length), context.suffix) : 1.0;
    let posScore = 1.0;
    if (typeof context.hint === 'number') posScore = 1.0 - Math.abs(match.start - context.hint) / text.length;
    const rawScore = quoteWeight * quoteScore + prefixWeight * prefixScore + suffixWeight * suffixScore + posWeight * posScore;
    return rawScore / (quoteWeight + prefixWeight + suffixWeight + posWeight);
  };
  const scored = matches.map((m) => ({ start: m.start, end: m.end, score: scoreMatch(m) }));
  scored.sort((a, b) => b.score - a.score);
  return scored[0]!;
}

/** Position first (when the quote is still there), then the quote anywhere. */
export function hypothesisAnchor(text: string, a: { start: number; end: number; exact: string; prefix: string; suffix: string }): { start: number; end: number } | null {
  if (text.slice(a.start, a.end) === a.exact) return { start: a.start, end: a.end };
  const m = hypothesisMatchQuote(text, a.exact, { prefix: a.prefix, suffix: a.suffix, hint: a.start });
  return m ? { start: m.start, end: m.end } : null;
}
