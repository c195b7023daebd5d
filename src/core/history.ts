import type { VerdictScale } from './verdicts';
import { findVerdict } from './verdicts';

/** The fields whose changes a reader of a claim's history cares about, with their labels. */
const FIELD_LABELS: Record<string, { en: string; fr: string }> = {
  verdict: { en: 'Verdict', fr: 'Verdict' },
  status: { en: 'Status', fr: 'Statut' },
  rationale: { en: 'Rationale', fr: 'Justification' },
  speaker: { en: 'Speaker', fr: 'Auteur' },
  type: { en: 'Type', fr: 'Type' },
  review: { en: 'Suggestion', fr: 'Suggestion' },
  text: { en: 'Text', fr: 'Texte' },
};

const TEXT_FIELDS = new Set(['rationale', 'text']);

/** One line per audited change: "Verdict: — → Verified", "Rationale edited", "Source added: «title»". */
export function summarizeEvent(
  e: { entity: string; action: string; before: unknown; after: unknown },
  scale: VerdictScale,
  lang: 'en' | 'fr' = 'en',
): string {
  const before = (e.before ?? {}) as Record<string, unknown>;
  const after = (e.after ?? {}) as Record<string, unknown>;
  if (e.entity === 'claim_source') {
    const title = String(after.title ?? before.title ?? after.url ?? before.url ?? '');
    const verb = e.action === 'delete' ? (lang === 'fr' ? 'Source retirée' : 'Source removed') : lang === 'fr' ? 'Source ajoutée' : 'Source added';
    return `${verb}: «${title}»`;
  }
  if (e.action === 'create') return lang === 'fr' ? 'Affirmation créée' : 'Claim created';
  const parts: string[] = [];
  for (const key of Object.keys(after)) {
    const label = FIELD_LABELS[key]?.[lang] ?? key;
    if (TEXT_FIELDS.has(key)) {
      parts.push(`${label} ${lang === 'fr' ? 'modifié(e)' : 'edited'}`);
      continue;
    }
    parts.push(`${label}: ${show(key, before[key], scale, lang)} → ${show(key, after[key], scale, lang)}`);
  }
  return parts.join('; ') || (lang === 'fr' ? 'Modifiée' : 'Changed');
}

function show(key: string, value: unknown, scale: VerdictScale, lang: 'en' | 'fr'): string {
  if (value === null || value === undefined || value === '') return '—';
  if (key === 'verdict') return findVerdict(scale, String(value))?.label[lang] ?? String(value);
  return String(value);
}
