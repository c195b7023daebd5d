/**
 * A rule's `requires`: texts of which every match of its pattern holds at
 * least one. A line that holds none of them is not given to the pattern — most
 * lines are running text, and a pattern that can match anywhere in a line
 * (script text, cookie notices) scans all of it.
 *
 * A case-sensitive pattern's texts are looked up as written. A case-insensitive
 * pattern's are looked up in the line lower-cased, so they must be lower-case
 * ASCII without "s": case folding also matches the long s "ſ" to "s", and
 * `toLowerCase` leaves "ſ" as it is (the Kelvin sign, folded to "k", is
 * lower-cased to "k", so "k" is safe). The unit test checks both.
 */
export interface Requiring {
  pattern: RegExp;
  requires?: readonly string[];
}

/**
 * Whether the pattern may match `text`: false only when the line lacks every
 * required text. `lower` is `text.toLowerCase()`, or null when not made yet
 * (it is then made here, for a case-insensitive pattern).
 */
export function mayMatch(rule: Requiring, text: string, lower: string | null): boolean {
  const requires = rule.requires;
  if (requires === undefined) return true;
  return holdsOne(rule.pattern.ignoreCase ? (lower ?? text.toLowerCase()) : text, requires);
}

/** Whether `text` holds one of `texts`, as written. */
export function holdsOne(text: string, texts: readonly string[]): boolean {
  for (const t of texts) if (text.includes(t)) return true;
  return false;
}

/** Whether a required text is usable for a pattern with these flags (see above). */
export function validRequirement(text: string, ignoreCase: boolean): boolean {
  return text !== '' && (!ignoreCase || /^[\u0000-\u0040\u005b-\u0072\u0074-\u007f]+$/u.test(text));
}
