import { describeRange } from '../../core/anchoring/selector';
import type { Anchor, Article, Claim } from '../../core/model';
import type { ClaimChanges } from '../db/claims-repo';
import { ApiError } from '../../contract/envelope';
import { now } from '../db/ids';
import { pick } from './changes';
import type { Repos } from '../db/port';

/** Two anchors of one paragraph closer than this are one highlight after a merge. */
const JOIN_GAP = 300;

/** What the user chose to keep where the merged claims disagree (a field left out: keep what they agree on, else nothing). */
export interface MergeKeep {
  speaker?: string | null;
  verdict?: string | null;
}

/**
 * Merges `others` into `target`: every row that refers to them (anchors,
 * sources, attachments, related claims) moves to `target`; anchors that now
 * sit side by side in one paragraph join into one; the rationales are kept
 * one after the other; the merged claims are removed, their last state kept
 * whole in the audit trail. Who said it and the verdict are never taken from
 * one claim for the others' words: where the claims disagree, the merged claim
 * keeps what the user chose, or nothing (and `cleared` says so).
 */
export async function mergeClaims(t: Repos, article: Article, target: Claim, others: Claim[], keep: MergeKeep, actor: string): Promise<{ claim: Claim; cleared: ('speaker' | 'verdict')[] }> {
  const all = [target, ...others];
  const speaker = choose(all.map((c) => c.speaker), keep.speaker, 'speaker');
  // A verdict given to some of the claims only was given to some of the words only: that is a disagreement too.
  const verdict = choose(all.map((c) => c.verdict), keep.verdict, 'verdict', { noneDisagrees: true });
  for (const o of others) {
    await t.editing.repointReferences(o.id, target.id);
    await t.events.record({ actor, entity: 'claim', entityId: o.id, articleId: article.id, action: 'merge', before: o, after: { mergedInto: target.id } });
    await t.editing.removeClaim(o.id);
  }
  const joined = await joinNeighbours(t, article.body, (await t.claims.get(target.id))!.anchors);
  const inOrder = [...all].sort((a, b) => firstStart(a) - firstStart(b));
  const changes: ClaimChanges = {};
  const text = joined ?? inOrder.map((c) => c.text.trim()).join(' ');
  if (text !== target.text) changes.text = text;
  const rationale = all.map((c) => c.rationale.trim()).filter(Boolean).join('\n\n');
  if (rationale !== target.rationale) changes.rationale = rationale;
  const tags = [...new Set(all.flatMap((c) => c.tags))];
  if (tags.length !== target.tags.length) changes.tags = tags;
  if (verdict.value !== target.verdict) changes.verdict = verdict.value;
  const worked = all.some((c) => c.verdict !== null || c.status !== 'unchecked');
  const status = verdict.value !== null ? 'checked' : worked ? 'in-progress' : 'unchecked';
  if (status !== target.status) changes.status = status;
  // A verdict not carried onto the merged words stays as history: the merged claim waits for a re-check.
  const given = all.filter((c) => c.verdict !== null);
  const recheck =
    verdict.value !== null
      ? null
      : given.length > 0
        ? { previousText: given.map((c) => c.text.trim()).join(' '), previousVerdict: new Set(given.map((c) => c.verdict)).size === 1 ? given[0]!.verdict : null, since: now() }
        : (all.find((c) => c.recheck)?.recheck ?? null);
  if (JSON.stringify(recheck) !== JSON.stringify(target.recheck)) changes.recheck = recheck;
  if (speaker.value !== target.speaker) {
    changes.speaker = speaker.value;
    const from = all.find((c) => c.speaker === speaker.value);
    changes.speakerEvidence = from?.speakerEvidence ?? null;
    changes.speakerKind = from?.speakerKind ?? null;
  }
  if (target.review !== 'accepted' && others.some((c) => c.review === 'accepted')) changes.review = 'accepted';
  await t.claims.update(target.id, changes);
  const merged = (await t.claims.get(target.id))!;
  const position = merged.anchors.filter((a) => !a.orphaned && !a.foldedLineId).map((a) => a.start);
  await t.editing.setClaimPositionAndText(target.id, position.length ? Math.min(...position) : firstStart(target), merged.text);
  const cleared = [speaker.cleared ? 'speaker' : null, verdict.cleared ? 'verdict' : null].filter((x): x is 'speaker' | 'verdict' => x !== null);
  await t.events.record({
    actor,
    entity: 'claim',
    entityId: target.id,
    articleId: article.id,
    action: 'update',
    before: pick(target, Object.keys(changes)),
    after: { ...changes, merged: others.map((o) => o.id), ...(cleared.length ? { cleared } : {}) },
  });
  return { claim: (await t.claims.get(target.id))!, cleared };
}

/** The value kept for one field: the user's choice (one the claims had, or none), else the one they agree on, else none. */
function choose(values: (string | null)[], chosen: string | null | undefined, field: string, options: { noneDisagrees?: boolean } = {}): { value: string | null; cleared: boolean } {
  const distinct = [...new Set(values.filter((v): v is string => v !== null))];
  const partly = options.noneDisagrees === true && distinct.length > 0 && values.includes(null);
  if (chosen !== undefined) {
    if (chosen !== null && !distinct.includes(chosen)) throw new ApiError('invalid-input', `Invalid keep.${field}: "${chosen}" is not the ${field} of one of the claims merged.`);
    return { value: chosen, cleared: false };
  }
  if (distinct.length <= 1 && !partly) return { value: distinct[0] ?? null, cleared: false };
  return { value: null, cleared: true };
}

/**
 * Joins body anchors that follow each other in one paragraph (two halves of
 * one statement, detected as two claims). Returns the joined text when the
 * claim's body anchors end up as one, else null.
 */
async function joinNeighbours(t: Repos, body: string, anchors: Anchor[]): Promise<string | null> {
  const inBody = anchors.filter((a) => !a.orphaned && !a.foldedLineId).sort((a, b) => a.start - b.start);
  const groups: Anchor[][] = [];
  for (const a of inBody) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    const gap = last ? body.slice(Math.min(last.end, a.start), Math.max(last.end, a.start)) : '';
    if (group && last && gap.length <= JOIN_GAP && !gap.includes('\n')) group.push(a);
    else groups.push([a]);
  }
  for (const group of groups) {
    if (group.length < 2) continue;
    const start = Math.min(...group.map((a) => a.start));
    const end = Math.max(...group.map((a) => a.end));
    await t.editing.place({ id: group[0]!.id, ...describeRange(body, start, end), orphaned: false, foldedLineId: null });
    // The other anchors are now inside the first: fold them into it (removing the duplicates' rows).
    for (const a of group.slice(1)) await t.editing.removeAnchor(a.id);
  }
  if (groups.length !== 1) return null;
  const g = groups[0]!;
  return body.slice(Math.min(...g.map((a) => a.start)), Math.max(...g.map((a) => a.end))).trim();
}

function firstStart(c: Claim): number {
  return c.anchors.find((a) => !a.orphaned && !a.foldedLineId)?.start ?? c.anchors[0]?.start ?? 0;
}
