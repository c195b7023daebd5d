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

/** The audit entities whose events make up a claim's history (their entity id is the claim's id). */
export const CLAIM_HISTORY_ENTITIES = ['claim', 'claim_source', 'citation', 'claim_attachment'] as const;

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
  if (e.entity === 'claim_attachment') {
    const name = String(after.name ?? before.name ?? '');
    return `${e.action === 'delete' ? (lang === 'fr' ? 'Pièce retirée' : 'Evidence removed') : lang === 'fr' ? 'Pièce jointe' : 'Evidence attached'}: «${name}»`;
  }
  if (e.entity === 'citation') {
    const { sourceId: _a, ...was } = before;
    const { sourceId: _b, ...now } = after;
    const changes = Object.keys(now).map((k) => `${k}: ${show(k, was[k], scale, lang)} → ${show(k, now[k], scale, lang)}`);
    return `${lang === 'fr' ? 'Citation modifiée' : 'Citation edited'}${changes.length ? ` (${changes.join('; ')})` : ''}`;
  }
  if (e.action === 'dismiss-match') return lang === 'fr' ? 'Vérification antérieure écartée' : 'Past check dismissed';
  if (e.action === 'create') return lang === 'fr' ? 'Affirmation créée' : 'Claim created';
  const parts: string[] = [];
  for (const key of Object.keys(after)) {
    if (key === 'recheck') {
      const started = after.recheck !== null && after.recheck !== undefined;
      parts.push(started ? (lang === 'fr' ? 'À revérifier : les mots ont changé sous le verdict' : 'Needs re-check: the words changed under the verdict') : lang === 'fr' ? 'Revérifiée' : 'Re-checked');
      continue;
    }
    if (key === 'merged' || key === 'cleared' || key === 'speakerEvidence') continue;
    if (key === 'linkedTo') {
      parts.push(lang === 'fr' ? 'Reprend une vérification antérieure' : 'Linked to a past check');
      continue;
    }
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
