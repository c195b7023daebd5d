import { msg, word, type Language, type Message, type MessageParam, type SharedCatalogue } from './i18n';
import type { VerdictScale } from './verdicts';
import { findVerdict } from './verdicts';

/**
 * A claim's history, read from the audit events: each event becomes a list of
 * catalogue messages ("Verdict: — → False", "Source added: «…»"), worded only
 * when shown, in the interface's or the report's language. Values that are
 * codes (status, type, stance) are worded too; ids never appear.
 */

type Field = keyof SharedCatalogue['history']['field'];
const FIELDS = new Set<string>([
  'verdict', 'status', 'rationale', 'summary', 'speaker', 'type', 'review', 'text', 'tags', 'assignee', 'stance', 'excerpt', 'note',
  'title', 'kicker', 'outlet', 'byline', 'publishedAt', 'modifiedAt', 'language', 'url', 'canonicalUrl',
]);
/** Long texts: the history says they were edited, without quoting them. */
type TextField = keyof SharedCatalogue['history']['edited'];
const TEXT_FIELDS = new Set<string>(['rationale', 'text', 'summary', 'excerpt', 'note'] satisfies TextField[]);
/** Fields whose values are codes with words in the catalogue. */
const CODED: Record<string, 'status' | 'review' | 'type' | 'stance'> = { status: 'status', review: 'review', type: 'type', stance: 'stance' };

/** The audit entities whose events make up a claim's history (their entity id is the claim's id). */
export const CLAIM_HISTORY_ENTITIES = ['claim', 'claim_source', 'citation', 'claim_attachment'] as const;

export interface AuditEvent {
  entity: string;
  action: string;
  before: unknown;
  after: unknown;
}

function value(field: string, v: unknown, scale: VerdictScale): MessageParam {
  if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return msg('history.none');
  if (field === 'verdict') return findVerdict(scale, String(v))?.label ?? String(v);
  const coded = CODED[field];
  if (coded) {
    const known = ({ status: ['unchecked', 'in-progress', 'checked'], review: ['suggested', 'accepted', 'dismissed'], type: ['quote', 'statistic', 'event', 'prediction', 'attribution', 'other'], stance: ['supports', 'refutes', 'context'] } as const)[coded] as readonly string[];
    if (known.includes(String(v))) return { key: `history.${coded}.${String(v)}` } as Message;
  }
  if (Array.isArray(v)) return v.map(String).join(', ');
  return String(v);
}

function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>, scale: VerdictScale): Message[] {
  const out: Message[] = [];
  for (const key of Object.keys(after)) {
    if (key === 'linkedTo') out.push(msg('history.linked'));
    else if (key === 'merged') out.push(msg('history.merged', { count: Array.isArray(after.merged) ? after.merged.length : 1 }));
    else if (!FIELDS.has(key)) continue; // ids and bookkeeping (sourceId, anchor offsets) are not for readers
    else if (TEXT_FIELDS.has(key)) out.push(msg(`history.edited.${key as TextField}`));
    else out.push(msg('history.change', { field: msg(`history.field.${key as Field}`), from: value(key, before[key], scale), to: value(key, after[key], scale) }));
  }
  return out;
}

/** What one audited change did, as messages (never empty). */
export function describeEvent(e: AuditEvent, scale: VerdictScale): Message[] {
  const before = (e.before ?? {}) as Record<string, unknown>;
  const after = (e.after ?? {}) as Record<string, unknown>;
  if (e.entity === 'claim_source') {
    const title = String(after.title || before.title || after.url || before.url || '');
    return [msg(e.action === 'delete' ? 'history.sourceRemoved' : 'history.sourceAdded', { title })];
  }
  if (e.entity === 'claim_attachment') {
    const name = String(after.name ?? before.name ?? '');
    return [msg(e.action === 'delete' ? 'history.evidenceRemoved' : 'history.evidenceAdded', { name })];
  }
  if (e.entity === 'citation') return [msg('history.citationEdited'), ...fieldChanges(before, after, scale)];
  switch (e.action) {
    case 'dismiss-match':
      return [msg('history.matchDismissed')];
    case 'create':
      return [msg(after.splitFrom ? 'history.createdBySplit' : 'history.created')];
    case 'split':
      return [msg('history.split')];
    case 'merge':
      return [msg('history.mergedInto')];
    case 'reattach':
      return [msg('history.reattached')];
  }
  const changes = fieldChanges(before, after, scale);
  return changes.length ? changes : [msg('history.changed')];
}

/** One history line in words ("Verdict: — → False; Rationale edited"). */
export function wordEvent(changes: readonly Message[], lang: Language): string {
  return changes.map((m) => word(m, lang)).join(lang === 'fr' ? '\u202f; ' : '; ');
}
