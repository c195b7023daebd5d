import { describeRange } from '../../core/anchoring/selector';
import type { Anchor, Block, Claim } from '../../core/model';
import { msg } from '../../core/i18n';
import { ApiError, progressEvent } from '../../contract/envelope';
import type { Handlers } from '../../contract/dispatcher';
import type { TextSaved } from '../../contract/methods';
import { EditingRepo, type AnchorPlacement, type StoredLine } from '../db/editing-repo';
import { ImportError, importArticle } from '../import';
import { checkLayout, claimTextAfter, editSummary, placeAfterSave, trimmedRange } from './editing-text';
import { mergeClaims } from './editing-merge';
import { lastTextUpdate, reanchorArticle } from './editing-update';
import type { ServiceContext } from './workspace-services';

type EditingMethods = 'editing.saveText' | 'editing.updateText' | 'editing.lastUpdate' | 'editing.reattach' | 'editing.merge' | 'editing.split';

/**
 * Editing an article's text and the claims anchored in it. The editor maps
 * anchors through every edit itself (ProseMirror's position mapping) and sends
 * the result; this side checks it, stores it in one transaction, and records
 * one audit event. A new version of the whole text is re-anchored here.
 */
export function editingHandlers(s: ServiceContext): Pick<Handlers, EditingMethods> {
  const repo = new EditingRepo(s.workspace.db);
  const requireArticle = (id: string) => {
    const article = s.articles.get(id);
    if (!article) throw new ApiError('not-found', `No article with id ${id}.`);
    return article;
  };
  const requireClaim = (id: string) => {
    const claim = s.claims.get(id);
    if (!claim) throw new ApiError('not-found', `No claim with id ${id}.`);
    return claim;
  };

  return {
    'editing.saveText'(input, ctx): TextSaved {
      return s.tx(() => {
        const article = requireArticle(input.articleId);
        checkLayout(input.body, input.blocks);
        const lines: StoredLine[] = input.folded.map((l) => ({ id: l.id, kind: l.kind, text: l.text, position: l.position, order: l.order, ...(l.inline ? { inline: true } : {}) }));
        const existing = repo.lineIdsOf(article.id);
        checkLines(s, lines, existing, input.body.length);
        const claims = s.claims.listByArticle(article.id);
        const placements = placeAfterSave(article, claims, input, lines);
        repo.upsertLines(article.id, lines, existing);
        for (const p of placements.changed) repo.place(p);
        const kept = new Set(lines.map((l) => l.id));
        repo.removeLines(article.id, [...existing].filter((id) => !kept.has(id)));

        const touched = updateClaimsAfter(repo, claims, placements.byId, input.body, lines);
        const summary = editSummary(article, input.body, lines);
        if (!summary && placements.changed.length === 0) return { updatedAt: '', claims: [] };
        const updatedAt = repo.setArticleText(article.id, input.body, input.blocks as Block[]);
        s.events.record({
          actor: ctx.actor,
          entity: 'article',
          entityId: article.id,
          articleId: article.id,
          action: 'edit-text',
          before: summary?.before ?? null,
          after: { ...(summary?.after ?? {}), anchorsMoved: placements.changed.length, orphaned: placements.orphaned },
        });
        ctx.emit({ type: 'changed', entity: 'article', id: article.id, articleId: article.id });
        return { updatedAt, claims: touched.map((id) => s.claims.get(id)!).filter(Boolean) };
      });
    },

    async 'editing.updateText'({ articleId, text }, ctx) {
      const article = requireArticle(articleId);
      const task = `update-text-${Date.now()}`;
      const progress = (stage: string, fraction: number) => ctx.emit(progressEvent(task, stage, fraction));
      try {
        const cleaned = await importArticle({ kind: 'text', text, language: article.meta.language }, progress);
        progress('reanchor', 0.9);
        const report = s.tx(() => reanchorArticle(s, repo, requireArticle(articleId), cleaned, ctx.actor));
        ctx.emit({ type: 'changed', entity: 'article', id: articleId, articleId });
        return report;
      } catch (error) {
        if (error instanceof ImportError) throw new ApiError('import-failed', error.text, { reason: error.code, ...(error.detail ? { detail: error.detail } : {}) });
        throw error;
      } finally {
        ctx.emit(progressEvent(task, 'updated', 1, true));
      }
    },

    'editing.lastUpdate'({ articleId }) {
      requireArticle(articleId);
      return { report: lastTextUpdate(s, articleId) };
    },

    'editing.reattach'({ anchorId, start, end }, ctx) {
      return s.tx(() => {
        const owner = repo.ownerOfAnchor(anchorId);
        if (!owner) throw new ApiError('not-found', `No anchor with id ${anchorId}.`);
        const article = requireArticle(owner.articleId);
        const range = trimmedRange(article.body, start, end);
        if (!range) throw new ApiError('invalid-input', msg('errors.claims.rangeOutside'), { length: article.body.length });
        const claim = requireClaim(owner.claimId);
        const before = claim.anchors.find((a) => a.id === anchorId)!;
        const sel = describeRange(article.body, range.start, range.end);
        repo.place({ id: anchorId, ...sel, orphaned: false, foldedLineId: null });
        const after = s.claims.get(claim.id)!;
        repo.setClaimPositionAndText(claim.id, firstPosition(after.anchors, article.body.length), claimTextAfter(claim.text, before.exact, sel.exact));
        s.events.record({
          actor: ctx.actor,
          entity: 'claim',
          entityId: claim.id,
          articleId: article.id,
          action: 'reattach',
          before: { anchor: anchorId, start: before.start, end: before.end, exact: before.exact, orphaned: before.orphaned },
          after: { anchor: anchorId, start: sel.start, end: sel.end, exact: sel.exact, orphaned: false },
        });
        ctx.emit({ type: 'changed', entity: 'claim', id: claim.id, articleId: article.id });
        return s.claims.get(claim.id)!;
      });
    },

    'editing.merge'({ into, from }, ctx) {
      return s.tx(() => {
        const target = requireClaim(into);
        const others = [...new Set(from)].filter((id) => id !== into).map(requireClaim);
        if (others.length === 0) throw new ApiError('invalid-input', msg('errors.claims.mergeNone'));
        if (others.some((c) => c.articleId !== target.articleId)) throw new ApiError('invalid-input', msg('errors.claims.mergeArticles'));
        const article = requireArticle(target.articleId);
        const claim = mergeClaims(s, repo, article, target, others, ctx.actor);
        for (const c of [target, ...others]) ctx.emit({ type: 'changed', entity: 'claim', id: c.id, articleId: article.id });
        return { claim, removed: others.map((c) => c.id) };
      });
    },

    'editing.split'({ claimId, anchorId, at }, ctx) {
      return s.tx(() => {
        const claim = requireClaim(claimId);
        const anchor = claim.anchors.find((a) => a.id === anchorId);
        if (!anchor) throw new ApiError('not-found', `Claim ${claimId} has no anchor ${anchorId}.`);
        if (anchor.orphaned || anchor.foldedLineId) throw new ApiError('invalid-input', msg('errors.claims.splitFolded'));
        const article = requireArticle(claim.articleId);
        const first = trimmedRange(article.body, anchor.start, at);
        const second = trimmedRange(article.body, at, anchor.end);
        if (at <= anchor.start || at >= anchor.end || !first || !second) {
          throw new ApiError('invalid-input', msg('errors.claims.splitPoint'));
        }
        const a = describeRange(article.body, first.start, first.end);
        const b = describeRange(article.body, second.start, second.end);
        repo.place({ id: anchor.id, ...a, orphaned: false, foldedLineId: null });
        const firstText = claimTextAfter(claim.text, anchor.exact, a.exact);
        repo.setClaimPositionAndText(claim.id, firstPosition(s.claims.get(claim.id)!.anchors, article.body.length), firstText);
        const secondId = repo.insertClaimLike(claim, b.exact.trim(), b.start);
        repo.addAnchor(secondId, { ...b, orphaned: false, foldedLineId: null });
        s.events.record({ actor: ctx.actor, entity: 'claim', entityId: claim.id, articleId: article.id, action: 'split', before: { text: claim.text, exact: anchor.exact }, after: { text: firstText, exact: a.exact, into: secondId } });
        s.events.record({ actor: ctx.actor, entity: 'claim', entityId: secondId, articleId: article.id, action: 'create', before: null, after: { text: b.exact.trim(), origin: 'manual', splitFrom: claim.id } });
        ctx.emit({ type: 'changed', entity: 'claim', id: claim.id, articleId: article.id });
        ctx.emit({ type: 'changed', entity: 'claim', id: secondId, articleId: article.id });
        return { first: s.claims.get(claim.id)!, second: s.claims.get(secondId)! };
      });
    },
  };
}

/** Folded line ids are the article's own or new; never another article's. */
function checkLines(s: ServiceContext, lines: StoredLine[], existing: Set<string>, bodyLength: number): void {
  const seen = new Set<string>();
  const owner = s.workspace.db.prepare<[string], { article_id: string }>(`SELECT article_id FROM article_lines WHERE id = ?`);
  for (const l of lines) {
    if (seen.has(l.id)) throw new ApiError('invalid-input', `Invalid folded: line ${l.id} appears twice.`);
    seen.add(l.id);
    if (l.position > bodyLength) throw new ApiError('invalid-input', `Invalid folded: line ${l.id} stands after the end of the body.`);
    if (!existing.has(l.id) && owner.get(l.id)) throw new ApiError('conflict', `Folded line ${l.id} belongs to another article.`);
  }
}

/** Position (for ordering) and text of every claim whose anchors moved; returns the ids whose text changed or that lost an anchor. */
function updateClaimsAfter(repo: EditingRepo, claims: Claim[], placed: Map<string, AnchorPlacement>, body: string, lines: StoredLine[]): string[] {
  const linePosition = new Map(lines.map((l) => [l.id, l.position]));
  const touched: string[] = [];
  for (const c of claims) {
    const moved = c.anchors.filter((a) => placed.has(a.id));
    if (moved.length === 0) continue;
    const after = c.anchors.map((a) => placed.get(a.id) ?? a);
    let text = c.text;
    for (const a of moved) {
      const p = placed.get(a.id)!;
      if (!p.orphaned) text = claimTextAfter(text, a.exact, p.exact);
    }
    const positions = after.filter((a) => !a.orphaned).map((a) => (a.foldedLineId ? (linePosition.get(a.foldedLineId) ?? body.length) : a.start));
    repo.setClaimPositionAndText(c.id, positions.length ? Math.min(...positions) : Math.min(c.anchors[0]?.start ?? 0, body.length), text);
    if (text !== c.text || moved.some((a) => placed.get(a.id)!.orphaned && !a.orphaned)) touched.push(c.id);
  }
  return touched;
}

function firstPosition(anchors: Anchor[], fallback: number): number {
  const body = anchors.filter((a) => !a.orphaned && !a.foldedLineId).map((a) => a.start);
  return body.length ? Math.min(...body) : fallback;
}
