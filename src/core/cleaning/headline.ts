import type { LanguageRules } from './rules/types';

/**
 * Tells a kicker from its headline when scraping glued them on one line:
 * "Poutine - Kim Jong Un La Corée du Nord fera des liens…" → kicker
 * "Poutine - Kim Jong Un", headline "La Corée du Nord fera des liens…".
 *
 * A kicker of this kind is a run of capitalised names joined by a separator
 * (" - ", " – ", " / ", " & "). The headline starts at a word that opens
 * sentences (a determiner or pronoun, from the language data) and is not
 * followed by another such word — "Un La" is the end of "Kim Jong Un", not a
 * headline starting with "Un".
 */
export function splitGluedKicker(line: string, rules: LanguageRules[]): { kicker: string; headline: string } | null {
  const openers = new Set(rules.flatMap((r) => r.sentenceOpeners));
  const tokens = line.split(/\s+/u);
  let sawSeparator = false;
  for (let i = 0; i < Math.min(tokens.length - 3, 10); i++) {
    const token = tokens[i]!;
    if (/^[-–—/&|]$/u.test(token)) {
      sawSeparator = true;
      continue;
    }
    if (!/^\p{Lu}/u.test(token)) return null;
    if (i < 2 || !sawSeparator || /^[-–—/&|]$/u.test(tokens[i - 1]!)) continue;
    const next = tokens[i + 1]!;
    const opensSentence = openers.has(token) || openers.has(token.replace(/(?<=['’]).*$/u, ''));
    if (opensSentence && !openers.has(next) && tokens.length - i >= 4) {
      return { kicker: tokens.slice(0, i).join(' '), headline: tokens.slice(i).join(' ') };
    }
  }
  return null;
}

/** A kicker glued to the first words of the lead: "AgricultureL'Office fédéral…". */
export function splitGluedLead(line: string): { kicker: string; rest: string } | null {
  const m = /^(\p{Lu}\p{Ll}{3,})(?=\p{Lu}[\p{Ll}'’])/u.exec(line);
  if (!m) return null;
  return { kicker: m[1]!, rest: line.slice(m[1]!.length) };
}
