/**
 * French typography for the French catalogues, applied when they are loaded so
 * that they can be written with ordinary spaces: a no-break space (U+00A0)
 * before a colon and inside « », a narrow no-break space (U+202F) before ; ! ?
 * (the Imprimerie nationale's rules, which Swiss and French newsrooms follow).
 * Only the catalogue's own text is touched; values put into {{placeholders}}
 * (titles, names, URLs) are inserted afterwards and never changed.
 */

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** One template in French typography. */
export function frenchTypography(text: string): string {
  return (
    text
      // « x » — whatever space the writer put, a no-break one.
      .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
      .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`)
      // A colon that ends a phrase (followed by a space or the end), not one inside "09:27" or "https://".
      .replace(/(?<=\S)[ \u00a0\u202f]*:(?=\s|$)/g, `${NBSP}:`)
      .replace(/(?<=\S)[ \u00a0\u202f]*([;!?])(?=\s|$|»|\))/g, `${NNBSP}$1`)
  );
}

/** Every string of a catalogue tree in French typography (a new tree; the input is not changed). */
export function frenchCatalogue<T>(tree: T): T {
  if (typeof tree === 'string') return frenchTypography(tree) as T;
  if (tree && typeof tree === 'object') {
    return Object.fromEntries(Object.entries(tree as Record<string, unknown>).map(([k, v]) => [k, frenchCatalogue(v)])) as T;
  }
  return tree;
}

/** What a French text has wrong, for the tests: each fault with a little of its context. */
export function frenchTypographyFaults(text: string): string[] {
  const faults: number[] = [];
  // A mark that ends a phrase must follow a no-break space (none, or an ordinary one, is a fault).
  for (const m of text.matchAll(/[:;!?](?=\s|$|»|\))/g)) {
    const at = m.index ?? 0;
    // A "?" standing alone before a capitalised word is the "unknown" badge glyph (? Invérifiable), not punctuation.
    if (m[0] === '?' && /(^|\s)$/.test(text.slice(0, at)) && /^\s+\p{Lu}/u.test(text.slice(at + 1))) continue;
    const before = text[at - 1];
    if (before !== undefined && before !== NBSP && before !== NNBSP && !/[\n([]/.test(before)) faults.push(m.index ?? 0);
  }
  for (const m of text.matchAll(/«/g)) if (text[(m.index ?? 0) + 1] !== NBSP) faults.push(m.index ?? 0);
  for (const m of text.matchAll(/»/g)) if (text[(m.index ?? 0) - 1] !== NBSP) faults.push(m.index ?? 0);
  return faults.sort((a, b) => a - b).map((i) => JSON.stringify(text.slice(Math.max(0, i - 25), i + 10)));
}
