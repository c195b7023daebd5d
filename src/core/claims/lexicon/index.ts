import { ENGLISH } from './en';
import { FRENCH } from './fr';
import type { ClaimLexicon } from './types';

export type { ClaimLexicon } from './types';

const LEXICONS: Record<string, ClaimLexicon> = { fr: FRENCH, en: ENGLISH };

/** The languages with claim lexicons; others fall back to English rules. */
export const CLAIM_LANGUAGES = Object.keys(LEXICONS);

export function lexiconFor(lang: string | null | undefined): ClaimLexicon {
  return LEXICONS[(lang ?? 'en').slice(0, 2).toLowerCase()] ?? ENGLISH;
}
