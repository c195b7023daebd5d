import { verdictGlyphs, type VerdictScale } from '../../core/verdicts';
import { BADGE_GLYPHS } from '../../core/report/badges';

/** A claim without a verdict yet, and one whose words changed under its verdict: the reports' glyphs too. */
export const NO_VERDICT_GLYPH = BADGE_GLYPHS.unchecked;
export const RECHECK_GLYPH = BADGE_GLYPHS.recheck;

/**
 * The glyph of a verdict, so it never relies on colour alone: each verdict of
 * the scale its own (two never share one), the same as in every report.
 */
export function verdictGlyph(scale: VerdictScale | null, verdict: string | null): string {
  if (verdict === null) return NO_VERDICT_GLYPH;
  return (scale && verdictGlyphs(scale).get(verdict)) ?? BADGE_GLYPHS.unknown;
}
