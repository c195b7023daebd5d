/**
 * Verdict scales are data: a newsroom picks a preset or defines its own. Each
 * verdict maps to a ClaimReview rating (ratingValue on the scale's own
 * worst..best range, alternateName in the report language).
 */

export interface Verdict {
  id: string;
  /** Labels by interface/report language. */
  label: { en: string; fr: string };
  /** ClaimReview ratingValue; null for verdicts that publish no rating (unverifiable). */
  rating: number | null;
  /** How the verdict reads at a glance, drawn with colour AND a glyph (never colour alone). */
  tone: 'true' | 'mostly-true' | 'mixed' | 'false' | 'unknown';
}

export interface VerdictScale {
  id: string;
  name: string;
  worstRating: number;
  bestRating: number;
  verdicts: Verdict[];
}

export const DEFAULT_SCALE: VerdictScale = {
  id: 'default',
  name: 'Factbench (default)',
  worstRating: 1,
  bestRating: 4,
  verdicts: [
    { id: 'verified', label: { en: 'Verified', fr: 'Vérifié' }, rating: 4, tone: 'true' },
    { id: 'mostly-true', label: { en: 'Mostly true', fr: 'Plutôt vrai' }, rating: 3, tone: 'mostly-true' },
    { id: 'misleading', label: { en: 'Misleading', fr: 'Trompeur' }, rating: 2, tone: 'mixed' },
    { id: 'false', label: { en: 'False', fr: 'Faux' }, rating: 1, tone: 'false' },
    { id: 'unverifiable', label: { en: 'Unverifiable', fr: 'Invérifiable' }, rating: null, tone: 'unknown' },
  ],
};

export const POLITIFACT_SCALE: VerdictScale = {
  id: 'politifact',
  name: 'Six levels (PolitiFact-like)',
  worstRating: 0,
  bestRating: 5,
  verdicts: [
    { id: 'true', label: { en: 'True', fr: 'Vrai' }, rating: 5, tone: 'true' },
    { id: 'mostly-true', label: { en: 'Mostly true', fr: 'Plutôt vrai' }, rating: 4, tone: 'mostly-true' },
    { id: 'half-true', label: { en: 'Half true', fr: 'À moitié vrai' }, rating: 3, tone: 'mixed' },
    { id: 'mostly-false', label: { en: 'Mostly false', fr: 'Plutôt faux' }, rating: 2, tone: 'mixed' },
    { id: 'false', label: { en: 'False', fr: 'Faux' }, rating: 1, tone: 'false' },
    { id: 'pants-on-fire', label: { en: 'Pants on fire', fr: 'Complètement faux' }, rating: 0, tone: 'false' },
  ],
};

export const AFP_SCALE: VerdictScale = {
  id: 'afp',
  name: 'AFP-like',
  worstRating: 1,
  bestRating: 5,
  verdicts: [
    { id: 'true', label: { en: 'True', fr: 'Vrai' }, rating: 5, tone: 'true' },
    { id: 'partly-false', label: { en: 'Partly false', fr: 'Partiellement faux' }, rating: 3, tone: 'mixed' },
    { id: 'missing-context', label: { en: 'Missing context', fr: 'Manque de contexte' }, rating: 3, tone: 'mixed' },
    { id: 'misleading', label: { en: 'Misleading', fr: 'Trompeur' }, rating: 2, tone: 'mixed' },
    { id: 'false', label: { en: 'False', fr: 'Faux' }, rating: 1, tone: 'false' },
    { id: 'satire', label: { en: 'Satire', fr: 'Satire' }, rating: null, tone: 'unknown' },
  ],
};

export const SCALE_PRESETS: readonly VerdictScale[] = [DEFAULT_SCALE, POLITIFACT_SCALE, AFP_SCALE];

export function findVerdict(scale: VerdictScale, id: string | null): Verdict | null {
  if (id === null) return null;
  return scale.verdicts.find((v) => v.id === id) ?? null;
}

/** How a published verdict reads, whatever its words (see core/claimreview/verdict.ts). */
export type VerdictClassName = 'false' | 'misleading' | 'mixed' | 'true' | 'unproven';

const TONE_OF_CLASS: Record<VerdictClassName, Verdict['tone'][]> = {
  false: ['false'],
  misleading: ['mixed', 'false'],
  mixed: ['mixed'],
  true: ['true', 'mostly-true'],
  unproven: ['unknown'],
};

/** The verdict of a scale closest to a published verdict's class, or null when the scale has none of that tone. */
export function verdictForClass(scale: VerdictScale, cls: VerdictClassName | null): Verdict | null {
  if (!cls) return null;
  for (const tone of TONE_OF_CLASS[cls]) {
    const hit = scale.verdicts.find((v) => v.tone === tone);
    if (hit) return hit;
  }
  return null;
}

/**
 * The glyph of each verdict of a scale, the same on the desk and in every
 * report. Verdicts are never told apart by colour alone, so two verdicts of
 * one scale never share a glyph: the first verdict of a tone takes the tone's
 * glyph, the next ones the tone's other glyphs, then a common reserve. None
 * is a glyph a claim's state uses (○ unchecked, ◔ in progress, ⊘ dismissed,
 * ↻ needs re-check). All are in DejaVu and survive pdftotext.
 */
const TONE_GLYPHS: Record<Verdict['tone'], readonly string[]> = {
  true: ['✔', '☑'],
  'mostly-true': ['◕', '◉'],
  mixed: ['◐', '◑', '◒', '◓'],
  false: ['✘', '⊗', '☒'],
  unknown: ['?', '‽', '◌'],
};
const RESERVE_GLYPHS = ['◆', '■', '▲', '★', '●', '◇', '□', '△', '☆', '♦', '♣', '♠', '✚', '✱', '⬟', '⬢'];

const glyphCache = new WeakMap<object, Map<string, string>>();

export function verdictGlyphs(scale: Pick<VerdictScale, 'verdicts'>): Map<string, string> {
  const cached = glyphCache.get(scale.verdicts);
  if (cached) return cached;
  const out = new Map<string, string>();
  const used = new Set<string>();
  const taken: Record<string, number> = {};
  for (const v of scale.verdicts) {
    const pool = TONE_GLYPHS[v.tone] ?? [];
    let glyph: string | undefined;
    for (let i = taken[v.tone] ?? 0; i < pool.length && !glyph; i++) {
      taken[v.tone] = i + 1;
      if (!used.has(pool[i]!)) glyph = pool[i];
    }
    glyph ??= RESERVE_GLYPHS.find((g) => !used.has(g)) ?? '•';
    used.add(glyph);
    out.set(v.id, glyph);
  }
  glyphCache.set(scale.verdicts, out);
  return out;
}

/** The glyph of one verdict of the scale (a verdict the scale no longer has reads as unknown). */
export function verdictGlyph(scale: Pick<VerdictScale, 'verdicts'>, id: string | null): string | null {
  if (id === null) return null;
  return verdictGlyphs(scale).get(id) ?? '?';
}
