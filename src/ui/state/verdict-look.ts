import type { Verdict } from '../../core/verdicts';

/** A glyph per tone, so a verdict never relies on colour alone. */
export const TONE_GLYPH: Record<Verdict['tone'] | 'none', string> = {
  true: '✓',
  'mostly-true': '≈',
  mixed: '◐',
  false: '✗',
  unknown: '?',
  none: '○',
};
