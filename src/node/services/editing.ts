import { describeRange } from '../../core/anchoring/selector';
import type { Anchor, Block, Claim } from '../../core/model';
import { msg } from '../../core/i18n';
import { ApiError, progressEvent } from '../../contract/envelope';
import type { Handlers } from '../../contract/dispatcher';
import type { TextSaved } from '../../contract/methods';
import type { AnchorPlacement, StoredLine } from '../db/editing-repo';
import type { Repos } from '../db/port';
import { sameWording, rewordClaim } from '../../core/anchoring/wording';
import { attributeRanges, type RangeAttribution } from '../../core/claims';
import { now } from '../db/ids';
import { unpackClaims } from '../pool/claim-batch';
import { readGivenArticle } from './import-input';
import { storeWording } from './wording';
import { checkLayout, claimTextAfter, editSummary, placeAfterSave, trimmedRange } from './editing-text';
import { mergeClaims } from './editing-merge';
import { lastTextUpdate, reanchorArticle } from './editing-update';
import { requireClaim } from './claims';
import type { ServiceContext } from './workspace-services';

type EditingMethods = 'editing.saveText' | 'editing.updateText' | 'editing.lastUpdate' | 'editing.reattach' | 'editing.merge' | 'editing.split';

/**
 * Editing an article's text and the claims anchored in it. The editor maps
 * anchors through every edit itself (ProseMirror's position mapping) and sends
 * the result; this side checks it, stores it in one transaction, and records
 * one audit event. A new version of the whole text is re-anchored here.
 */
export function editingHandlers(s: ServiceContext): Pick<Handlers, EditingMethods> {
  const requireArticle = async (r: Repos, id: string) => {
    const article = await r.articles.get(id);
    if (!article) throw new ApiError('not-found', `No article with id ${id}.`);
    return article;
  };

  return {
    'editing.saveText'(input, ctx): Promise<TextSaved> {
      return s.tx(ctx, async (t) => {
        const article = await requireArticle(t, input.articleId);
        checkLayout(input.body, input.blocks);
        const lines: StoredLine[] = input.folded.map((l) => ({ id: l.id, kind: l.kind, text: l.text, position: l.position, order: l.order, ...(l.inline ? { inline: true } : {}) }));
        const existing = await t.editing.lineIdsOf(article.id);
        await checkLines(t, lines, existing, input.body.length);
        const claims = await t.claims.listByArticle(article.id);
        const placements = placeAfterSave(article, claims, input, lines);
        await t.editing.upsertLines(article.id, lines, existing);
        for (const p of placements.changed) await t.editing.place(p);
        const kept = new Set(lines.map((l) => l.id));
        await t.editing.removeLines(article.id, [...existing].filter((id) => !kept.has(id)));

        const touched = await updateClaimsAfter(t, claims, placements.byId, input.body, lines, ctx.actor);
        const summary = editSummary(article, input.body, lines);
        if (!summary && placements.changed.length === 0) return { updatedAt: '', claims: [] };
        const updatedAt = await t.editing.setArticleText(article.id, input.body, input.blocks as Block[]);
        await t.events.record({
          actor: ctx.actor,
          entity: 'article',
          entityId: article.id,
          articleId: article.id,
          action: 'edit-text',
          before: summary?.before ?? null,
          after: { ...(summary?.after ?? {}), anchorsMoved: placements.changed.length, orphaned: placements.orphaned },
        });
        t.emit({ type: 'changed', entity: 'article', id: article.id, articleId: article.id });
        const claimsNow = await Promise.all(touched.map((id) => t.claims.get(id)));
        return { updatedAt, claims: claimsNow.filter((c): c is Claim => c !== null) };
      });
    },

    async 'editing.updateText'({ articleId, ...given }, ctx) {
      const article = await requireArticle(s, articleId);
      const task = `update-text-${Date.now()}`;
      const progress = (stage: string, fraction: number) => ctx.emit(progressEvent(task, stage, fraction));
      try {
        // Read, cleaned and detected off this thread, as an import is; the detected claims give the new sentences.
        const { imported } = await readGivenArticle(s.work, { ...given, language: article.meta.language }, progress);
        progress('reanchor', 0.9);
        const detected = unpackClaims(imported.claims);
        return await s.tx(ctx, async (t) => {
          const report = await reanchorArticle(t, await requireArticle(t, articleId), imported.article, detected, ctx.actor);
          t.emit({ type: 'changed', entity: 'article', id: articleId, articleId });
          return report;
        });
      } finally {
        ctx.emit(progressEvent(task, 'updated', 1, true));
      }
    },

    async 'editing.lastUpdate'({ articleId }) {
      await requireArticle(s, articleId);
      return { report: await lastTextUpdate(s, articleId) };
    },

    'editing.reattach'({ anchorId, start, end }, ctx) {
      return s.tx(ctx, async (t) => {
        const owner = await t.editing.ownerOfAnchor(anchorId);
        if (!owner) throw new ApiError('not-found', `No anchor with id ${anchorId}.`);
        const article = await requireArticle(t, owner.articleId);
        const range = trimmedRange(article.body, start, end);
        if (!range) throw new ApiError('invalid-input', msg('errors.claims.rangeOutside'), { length: article.body.length });
        const claim = await requireClaim(t, owner.claimId);
        const before = claim.anchors.find((a) => a.id === anchorId)!;
        const sel = describeRange(article.body, range.start, range.end);
        await t.editing.place({ id: anchorId, ...sel, orphaned: false, foldedLineId: null });
        const after = (await t.claims.get(claim.id))!;
        await storeWording(t, claim, firstPosition(after.anchors, article.body.length), claimTextAfter(claim.text, before.exact, sel.exact), !sameWording(before.exact, sel.exact), ctx.actor);
        await t.events.record({
          actor: ctx.actor,
          entity: 'claim',
          entityId: claim.id,
          articleId: article.id,
          action: 'reattach',
          before: { anchor: anchorId, start: before.start, end: before.end, exact: before.exact, orphaned: before.orphaned },
          after: { anchor: anchorId, start: sel.start, end: sel.end, exact: sel.exact, orphaned: false },
        });
        t.emit({ type: 'changed', entity: 'claim', id: claim.id, articleId: article.id });
        return (await t.claims.get(claim.id))!;
      });
    },

    'editing.merge'({ into, from, keep }, ctx) {
      return s.tx(ctx, async (t) => {
        const target = await requireClaim(t, into);
        const others: Claim[] = [];
        for (const id of new Set(from)) if (id !== into) others.push(await requireClaim(t, id));
        if (others.length === 0) throw new ApiError('invalid-input', msg('errors.claims.mergeNone'));
        if (others.some((c) => c.articleId !== target.articleId)) throw new ApiError('invalid-input', msg('errors.claims.mergeArticles'));
        const article = await requireArticle(t, target.articleId);
        const { claim, cleared } = await mergeClaims(t, article, target, others, keep ?? {}, ctx.actor);
        for (const c of [target, ...others]) t.emit({ type: 'changed', entity: 'claim', id: c.id, articleId: article.id });
        return { claim, removed: others.map((c) => c.id), cleared };
      });
    },

    'editing.split'({ claimId, anchorId, at }, ctx) {
      return s.tx(ctx, async (t) => {
        const claim = await requireClaim(t, claimId);
        const anchor = claim.anchors.find((a) => a.id === anchorId);
        if (!anchor) throw new ApiError('not-found', `Claim ${claimId} has no anchor ${anchorId}.`);
        if (anchor.orphaned || anchor.foldedLineId) throw new ApiError('invalid-input', msg('errors.claims.splitFolded'));
        const article = await requireArticle(t, claim.articleId);
        const first = trimmedRange(article.body, anchor.start, at);
        const second = trimmedRange(article.body, at, anchor.end);
        if (at <= anchor.start || at >= anchor.end || !first || !second) {
          throw new ApiError('invalid-input', msg('errors.claims.splitPoint'));
        }
        const a = describeRange(article.body, first.start, first.end);
        const b = describeRange(article.body, second.start, second.end);
        // Each part is attributed from its own words, in context: the second half of «Kim…» + «Poutine…» is Putin's.
        // The first part keeps the claim's other anchors too: it is said by whoever said most of its words.
        const others = claim.anchors.filter((x) => x.id !== anchor.id && !x.orphaned && !x.foldedLineId);
        const [whoB, ...firstParts] = attributeRanges(article, [second, first, ...others], article.meta.language);
        const whoA = mostWords(firstParts, [first, ...others]);
        await t.editing.place({ id: anchor.id, ...a, orphaned: false, foldedLineId: null });
        const firstText = claimTextAfter(claim.text, anchor.exact, a.exact);
        await t.editing.setClaimPositionAndText(claim.id, firstPosition((await t.claims.get(claim.id))!.anchors, article.body.length), firstText);
        const firstWho = whoA.speaker === claim.speaker ? {} : { speaker: whoA.speaker, speakerEvidence: whoA.speakerEvidence, speakerKind: whoA.speakerKind };
        // The verdict was given to the whole: each part keeps it only as a re-check of its own words.
        const firstCheck = rewordClaim(claim, firstText, now(), true);
        await t.claims.update(claim.id, { ...firstWho, ...(firstCheck.recheck ? { verdict: null, status: firstCheck.status, recheck: firstCheck.recheck } : {}) });
        const secondCheck = rewordClaim(claim, b.exact.trim(), now(), true);
        const secondId = await t.editing.insertClaimLike(claim, b.exact.trim(), b.start, { speaker: whoB!.speaker, speakerEvidence: whoB!.speakerEvidence, speakerKind: whoB!.speakerKind, recheck: secondCheck.recheck ?? null });
        await t.editing.addAnchor(secondId, { ...b, orphaned: false, foldedLineId: null });
        await t.events.record({
          actor: ctx.actor,
          entity: 'claim',
          entityId: claim.id,
          articleId: article.id,
          action: 'split',
          before: { text: claim.text, exact: anchor.exact, speaker: claim.speaker, verdict: claim.verdict },
          after: { text: firstText, exact: a.exact, into: secondId, ...firstWho, ...(firstCheck.recheck ? { verdict: null, recheck: firstCheck.recheck } : {}) },
        });
        await t.events.record({ actor: ctx.actor, entity: 'claim', entityId: secondId, articleId: article.id, action: 'create', before: null, after: { text: b.exact.trim(), origin: 'manual', splitFrom: claim.id, speaker: whoB!.speaker } });
        t.emit({ type: 'changed', entity: 'claim', id: claim.id, articleId: article.id });
        t.emit({ type: 'changed', entity: 'claim', id: secondId, articleId: article.id });
        return { first: (await t.claims.get(claim.id))!, second: (await t.claims.get(secondId))! };
      });
    },
  };
}

/** UUIDs as newId() and the editor make them: ids are UUIDs in every workspace (PostgreSQL's id columns hold nothing else). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Folded line ids are the article's own or new (a UUID the editor made); never another article's. */
async function checkLines(t: Repos, lines: StoredLine[], existing: Set<string>, bodyLength: number): Promise<void> {
  const seen = new Set<string>();
  for (const l of lines) {
    if (seen.has(l.id)) throw new ApiError('invalid-input', `Invalid folded: line ${l.id} appears twice.`);
    seen.add(l.id);
    if (l.position > bodyLength) throw new ApiError('invalid-input', `Invalid folded: line ${l.id} stands after the end of the body.`);
    if (existing.has(l.id)) continue;
    if (!UUID.test(l.id)) throw new ApiError('invalid-input', `Invalid folded: a new line's id must be a UUID, not ${l.id}.`);
    if (await t.editing.articleOfLine(l.id)) throw new ApiError('conflict', `Folded line ${l.id} belongs to another article.`);
  }
}

/**
 * Position (for ordering) and text of every claim whose anchors moved; a claim
 * whose words changed under a verdict goes back to Needs re-check. Returns the
 * ids whose text changed, that lost an anchor or that now need a re-check.
 */
async function updateClaimsAfter(t: Repos, claims: Claim[], placed: Map<string, AnchorPlacement>, body: string, lines: StoredLine[], actor: string): Promise<string[]> {
  const linePosition = new Map(lines.map((l) => [l.id, l.position]));
  const touched: string[] = [];
  for (const c of claims) {
    const moved = c.anchors.filter((a) => placed.has(a.id));
    if (moved.length === 0) continue;
    const after = c.anchors.map((a) => placed.get(a.id) ?? a);
    let text = c.text;
    let wordsChanged = false;
    for (const a of moved) {
      const p = placed.get(a.id)!;
      if (p.orphaned) continue;
      text = claimTextAfter(text, a.exact, p.exact);
      if (!sameWording(a.exact, p.exact)) wordsChanged = true;
    }
    const positions = after.filter((a) => !a.orphaned).map((a) => (a.foldedLineId ? (linePosition.get(a.foldedLineId) ?? body.length) : a.start));
    const rechecked = await storeWording(t, c, positions.length ? Math.min(...positions) : Math.min(c.anchors[0]?.start ?? 0, body.length), text, wordsChanged, actor);
    if (rechecked || text !== c.text || moved.some((a) => placed.get(a.id)!.orphaned && !a.orphaned)) touched.push(c.id);
  }
  return touched;
}

/** The attribution that covers the most characters of `ranges` (each range read with its own attribution). */
function mostWords(who: RangeAttribution[], ranges: { start: number; end: number }[]): RangeAttribution {
  const weight = new Map<string | null, number>();
  who.forEach((w, i) => weight.set(w.speaker, (weight.get(w.speaker) ?? 0) + ranges[i]!.end - ranges[i]!.start));
  let best = who[0]!;
  for (const w of who) if ((weight.get(w.speaker) ?? 0) > (weight.get(best.speaker) ?? 0)) best = w;
  return best;
}

function firstPosition(anchors: Anchor[], fallback: number): number {
  const body = anchors.filter((a) => !a.orphaned && !a.foldedLineId).map((a) => a.start);
  return body.length ? Math.min(...body) : fallback;
}
