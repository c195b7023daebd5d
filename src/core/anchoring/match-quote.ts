import approxSearch from 'approx-string-match';

/**
 * Finds a quote in a text, exactly or approximately, and ranks the candidates
 * by how well the quote, its prefix and suffix, and the expected position
 * agree — the scoring of Hypothesis's `match-quote.ts`, with two changes:
 * the search can be confined to a window (the place a diff says the quote
 * went), and a weak match is refused rather than taken (an orphan is better
 * than a claim pinned to the wrong words).
 */

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote is expected to start. */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  errors: number;
  /** 0–1: 1 − errors / quote length. */
  quoteScore: number;
  /** 0–1: mean similarity of the prefix and suffix (1 when there is none). */
  contextScore: number;
  /** 0–1, weighted like Hypothesis (quote 50, prefix 20, suffix 20, position). */
  score: number;
}

export interface MatchOptions {
  /** Only look in [from, to) of the text. */
  window?: { from: number; to: number };
  /** Weight of closeness to `hint` (Hypothesis uses 2; a diff-mapped hint deserves more). */
  positionWeight?: number;
  /** The distance from the hint at which the position score reaches 0 (default: the text length). */
  positionScale?: number;
  /** Most errors allowed, as a fraction of the quote length (Hypothesis: 0.5). */
  maxErrorRate?: number;
}

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const MAX_ERRORS = 256;

/** Every exact occurrence of `quote` in text[from, to). */
export function exactOccurrences(text: string, quote: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  if (quote.length === 0) return out;
  let at = text.indexOf(quote, from);
  while (at !== -1 && at + quote.length <= to) {
    out.push(at);
    at = text.indexOf(quote, at + 1);
  }
  return out;
}

/** How much `text` resembles `str` (1 = contains it exactly), as Hypothesis's textMatchScore. */
export function similarity(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return str.length === 0 ? 1 : 0;
  if (text.includes(str)) return 1;
  const best = approxSearch(text, str, str.length)[0];
  return best ? 1 - best.errors / str.length : 0;
}

export function matchQuote(text: string, quote: string, context: QuoteContext = {}, options: MatchOptions = {}): QuoteMatch | null {
  if (quote.length === 0) return null;
  const from = Math.max(0, options.window?.from ?? 0);
  const to = Math.min(text.length, options.window?.to ?? text.length);
  if (to - from < 1) return null;
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length * (options.maxErrorRate ?? 0.5)));

  let candidates: { start: number; end: number; errors: number }[] = exactOccurrences(text, quote, from, to).map((start) => ({ start, end: start + quote.length, errors: 0 }));
  if (candidates.length === 0 && maxErrors > 0) {
    const region = from === 0 && to === text.length ? text : text.slice(from, to);
    candidates = approxSearch(region, quote, maxErrors).map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }));
  }
  if (candidates.length === 0) return null;

  const posWeight = options.positionWeight ?? 2;
  const posScale = Math.max(1, options.positionScale ?? text.length);
  let best: QuoteMatch | null = null;
  for (const c of candidates) {
    const quoteScore = 1 - c.errors / quote.length;
    const prefixScore = context.prefix ? similarity(text.slice(Math.max(0, c.start - context.prefix.length), c.start), context.prefix) : 1;
    const suffixScore = context.suffix ? similarity(text.slice(c.end, c.end + context.suffix.length), context.suffix) : 1;
    const posScore = context.hint === undefined ? 1 : Math.max(0, 1 - Math.abs(c.start - context.hint) / posScale);
    const raw = QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + posWeight * posScore;
    const score = raw / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + posWeight);
    if (!best || score > best.score) best = { start: c.start, end: c.end, errors: c.errors, quoteScore, contextScore: (prefixScore + suffixScore) / 2, score };
  }
  return best;
}
