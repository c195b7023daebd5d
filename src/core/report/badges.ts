import type { Verdict } from '../verdicts';

/** Every state a claim's badge can show: a verdict's tone, or a state without verdict. */
export type BadgeTone = Verdict['tone'] | 'in-progress' | 'unchecked' | 'dismissed' | 'recheck';

/**
 * A glyph per tone, so a badge reads without colour (printed in black and
 * white, or by a colour-blind editor). All are in DejaVu/Liberation fonts and
 * survive pdftotext; the badge always carries its label text too. A verdict's
 * badge uses its own glyph (`verdictGlyphs`: two verdicts of a scale never
 * share one); these are the glyphs of the states without a verdict, and of a
 * verdict id the scale no longer has.
 */
export const BADGE_GLYPHS: Record<BadgeTone, string> = {
  true: '✔',
  'mostly-true': '◕',
  mixed: '◐',
  false: '✘',
  unknown: '?',
  'in-progress': '◔',
  unchecked: '○',
  dismissed: '⊘',
  recheck: '↻',
};

/** Ink and paper per tone (used with the glyph, never instead of it); contrast ≥ 4.5:1 on the paper. */
export const BADGE_COLOURS: Record<BadgeTone, { ink: string; paper: string; bar: string }> = {
  true: { ink: '#14532d', paper: '#dcfce7', bar: '#2f855a' },
  'mostly-true': { ink: '#1e4d3a', paper: '#e3f4ec', bar: '#68a584' },
  mixed: { ink: '#713f12', paper: '#fef3c7', bar: '#d69e2e' },
  false: { ink: '#7f1d1d', paper: '#fee2e2', bar: '#c53030' },
  unknown: { ink: '#1f2937', paper: '#e5e7eb', bar: '#718096' },
  'in-progress': { ink: '#1e3a8a', paper: '#dbeafe', bar: '#4a6fa5' },
  unchecked: { ink: '#374151', paper: '#f3f4f6', bar: '#a0aec0' },
  dismissed: { ink: '#4b5563', paper: '#f3f4f6', bar: '#cbd5e0' },
  recheck: { ink: '#6b2c00', paper: '#ffedd5', bar: '#dd6b20' },
};
