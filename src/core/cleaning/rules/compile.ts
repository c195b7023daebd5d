/** Helpers that turn word lists into the anchored patterns the rule files use. */

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternation(words: readonly string[]): string {
  // Longest first, so "Imprimer cet article" wins over "Imprimer".
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, '\\s+').replace(/'/g, "['’]"))
    .join('|');
}

/**
 * A line made only of UI labels, possibly glued together as scraping leaves them:
 * "Facebook :Facebook", "Imprimer cet articleImprimer", "Lire sur le readerMode zen".
 */
export function labelLine(labels: readonly string[]): RegExp {
  const one = `(?:${alternation(labels)})`;
  return new RegExp(`^${one}(?:\\s*[:|·•/,-]?\\s*${one}){0,3}\\s*[:.…]?$`, 'iu');
}

/** A line that is exactly one of the phrases (case-insensitive, flexible spaces and apostrophes, optional trailing colon). */
export function exactLine(phrases: readonly string[]): RegExp {
  return new RegExp(`^(?:${alternation(phrases)})\\s*[:.…]*$`, 'iu');
}

/** A line that starts with one of the phrases. */
export function startsWith(phrases: readonly string[]): RegExp {
  return new RegExp(`^(?:${alternation(phrases)})`, 'iu');
}

/** A line that contains one of the phrases. */
export function contains(phrases: readonly string[]): RegExp {
  return new RegExp(`(?:${alternation(phrases)})`, 'iu');
}
