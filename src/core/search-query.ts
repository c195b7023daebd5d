/**
 * Turns what a user types into a safe FTS5 query: every word becomes a quoted
 * prefix term, so operators, quotes and SQL metacharacters are only text.
 * Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const words = input
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 16);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}

/** Marks around matches in FTS snippets (private-use characters no article contains). */
export const MATCH_OPEN = '\uE000';
export const MATCH_CLOSE = '\uE001';
