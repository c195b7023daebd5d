import type { LanguageRules } from './types';
import { commonRules } from './common';
import { enRules } from './en';
import { frRules } from './fr';

export type { LanguageRules } from './types';
export { AGENCIES, agencyOf, WIRE_DATELINE } from './common';

/** Every language whose rules we ship, by ISO 639-1 code. */
export const LANGUAGE_RULES: Record<string, LanguageRules> = { fr: frRules, en: enRules };

/**
 * The rule sets to apply, the article's language first. Every language is
 * applied because scraped pages mix them; the order only decides which rule
 * wins when two match.
 */
export function rulesFor(language: string | null | undefined): LanguageRules[] {
  const key = language && LANGUAGE_RULES[language] ? language : '';
  let rules = ordered.get(key);
  if (!rules) {
    // One array per language, always the same: compiled grammars are cached against it.
    const first = LANGUAGE_RULES[key];
    rules = [...(first ? [first] : []), ...Object.values(LANGUAGE_RULES).filter((r) => r !== first), commonRules];
    ordered.set(key, rules);
  }
  return rules;
}

const ordered = new Map<string, LanguageRules[]>();
