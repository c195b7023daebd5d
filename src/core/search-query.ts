/**
 * Turns what a user types into a safe FTS5 query: every word becomes a quoted
 * prefix term, so operators, quotes and SQL metacharacters are only text.
 * Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const words = searchWords(input);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}

/** The words of a search, as typed: runs of letters and digits (at most 16), so no operator or quote survives. */
export function searchWords(input: string): string[] {
  return input
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 16);
}

/**
 * An FTS5 query that finds candidates sharing any significant word with a
 * claim (for "already checked" matching): the caller ranks them properly.
 */
export function toFtsAnyQuery(text: string, maxTerms = 12): string | null {
  const chosen = significantWords(text, maxTerms);
  return chosen.length === 0 ? null : chosen.map((w) => `"${w}"`).join(' OR ');
}

/** The longest distinct words of a claim (4 letters or more, or holding a digit), lower-cased: what "already checked" matching looks for. */
export function significantWords(text: string, maxTerms = 12): string[] {
  const words = [...new Set(text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4 || /\d/.test(w)))];
  return words.sort((a, b) => b.length - a.length).slice(0, maxTerms);
}

/** Marks around matches in FTS snippets (private-use characters no article contains). */
export const MATCH_OPEN = '\uE000';
export const MATCH_CLOSE = '\uE001';
