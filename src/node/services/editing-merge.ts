import { describeRange } from '../../core/anchoring/selector';
import type { Anchor, Article, Claim } from '../../core/model';
import type { ClaimChanges } from '../db/claims-repo';
import { pick } from './changes';
import type { Repos } from '../db/port';

/** Two anchors of one paragraph closer than this are one highlight after a merge. */
const JOIN_GAP = 300;

/**
 * Merges `others` into `target`: every row that refers to them (anchors,
 * sources, attachments, related claims) moves to `target`; anchors that now
 * sit side by side in one paragraph join into one; the rationales are kept
 * one after the other; the merged claims are removed, their last state kept
 * whole in the audit trail.
 */
export async function mergeClaims(t: Repos, article: Article, target: Claim, others: Claim[], actor: string): Promise<Claim> {
  for (const o of others) {
    await t.editing.repointReferences(o.id, target.id);
    await t.events.record({ actor, entity: 'claim', entityId: o.id, articleId: article.id, action: 'merge', before: o, after: { mergedInto: target.id } });
    await t.editing.removeClaim(o.id);
  }
  const joined = await joinNeighbours(t, article.body, (await t.claims.get(target.id))!.anchors);
  const inOrder = [target, ...others].sort((a, b) => firstStart(a) - firstStart(b));
  const changes: ClaimChanges = {};
  const text = joined ?? inOrder.map((c) => c.text.trim()).join(' ');
  if (text !== target.text) changes.text = text;
  const rationale = [target, ...others].map((c) => c.rationale.trim()).filter(Boolean).join('\n\n');
  if (rationale !== target.rationale) changes.rationale = rationale;
  const tags = [...new Set([target, ...others].flatMap((c) => c.tags))];
  if (tags.length !== target.tags.length) changes.tags = tags;
  const fallback = others.find((c) => c.verdict !== null);
  if (target.verdict === null && fallback) {
    changes.verdict = fallback.verdict;
    changes.status = fallback.status;
  }
  if (target.speaker === null) {
    const speaker = others.find((c) => c.speaker !== null)?.speaker;
    if (speaker) changes.speaker = speaker;
  }
  if (target.review !== 'accepted' && others.some((c) => c.review === 'accepted')) changes.review = 'accepted';
  await t.claims.update(target.id, changes);
  const merged = (await t.claims.get(target.id))!;
  const position = merged.anchors.filter((a) => !a.orphaned && !a.foldedLineId).map((a) => a.start);
  await t.editing.setClaimPositionAndText(target.id, position.length ? Math.min(...position) : firstStart(target), merged.text);
  await t.events.record({
    actor,
    entity: 'claim',
    entityId: target.id,
    articleId: article.id,
    action: 'update',
    before: pick(target, Object.keys(changes)),
    after: { ...changes, merged: others.map((o) => o.id) },
  });
  return (await t.claims.get(target.id))!;
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
