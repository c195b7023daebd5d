import { foldForMatch } from '../text/tokens';

/** A published verdict read as one of a few classes, whatever the outlet's scale or language. */
export type VerdictClass = 'false' | 'misleading' | 'mixed' | 'true' | 'unproven';

/**
 * Checked in order: the qualified verdicts first, so that "partly false" is
 * misleading and "mostly true" true, not false. Words are accent-folded.
 */
const CLASSES: [VerdictClass, RegExp][] = [
  ['misleading', /\b(misleading|partly false|partially false|mostly false|trompeu(r|se)|enganos[oa]|engañoso|irrefuhrend|fuorviante|exagere|exaggerat|out of context|missing context|hors contexte|sans contexte|manque de contexte|sem contexto|sin contexto|manipul)/],
  ['mixed', /\b(half true|mixed|mixture|a moitie vrai|en partie vrai|partly true|partially true|meio verdade|medio verdad|teilweise)/],
  ['unproven', /\b(unproven|unverified|unsupported|no evidence|unverifiable|inverifiable|invérifiable|pas de preuve|sans preuve|sin pruebas|sem provas|unbelegt|insustentavel|insostenible)/],
  ['false', /\b(false|fake|faux|fausse|falso|falsa|falsch|incorrect|inexact|wrong|untrue|not true|pants on fire|hoax|bogus|fabricated|errone|unsinn|nonsense|never said|nie gesagt|n'a jamais dit|infonde)/],
  ['true', /\b(true|vrai|verdadeir[oa]|verdader[oa]|richtig|wahr|correct|accurate|exact|vero)\b/],
];

export function verdictClass(verdict: string | null | undefined): VerdictClass | null {
  if (!verdict) return null;
  const v = foldForMatch(verdict);
  for (const [k, re] of CLASSES) if (re.test(v)) return k;
  return null;
}
