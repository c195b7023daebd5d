import { reanchorAll, type AnchorToPlace, type ReanchoredAnchor } from '../../core/anchoring/reanchor';
import { diffTexts } from '../../core/anchoring/text-diff';
import type { Anchor, Article, CleanedArticle } from '../../core/model';
import type { ReanchorEntry, TextUpdateReport } from '../../contract/methods';
import type { StoredLine } from '../db/editing-repo';
import type { Repos } from '../db/port';
import { newId, now } from '../db/ids';
import { claimTextAfter } from './editing-text';

/**
 * A new version of the article's text replaces the old one; every anchor is
 * placed again — position (through a diff), then quote, then fuzzy quote —
 * and comes out unchanged, moved, changed or orphaned. Nothing is dropped: an
 * orphan keeps its quote for the user to re-attach, and the old version stays
 * whole in the audit trail.
 */
export async function reanchorArticle(t: Repos, article: Article, cleaned: CleanedArticle, actor: string): Promise<TextUpdateReport> {
  const claims = await t.claims.listByArticle(article.id);
  const claimOf = new Map<string, string>();
  const anchors: Anchor[] = [];
  for (const c of claims) {
    for (const a of c.anchors) {
      claimOf.set(a.id, c.id);
      anchors.push(a);
    }
  }
  const oldLines = new Map(article.folded.map((l) => [l.id, l]));
  const lines: StoredLine[] = cleaned.folded.map((f) => ({ id: newId(), ...f }));

  const diff = diffTexts(article.body, cleaned.body);
  const inBody = anchors.filter((a) => !a.orphaned && !a.foldedLineId);
  const results = new Map<string, { r: ReanchoredAnchor; line: string | null }>();
  for (const r of reanchorAll(article.body, cleaned.body, inBody.map(selectorOf), { diff })) results.set(r.id, { r, line: null });

  // An anchor in a folded line: the same words in a folded line of the new version, else in the body.
  const usedLine = new Set<string>();
  for (const a of anchors.filter((x) => !x.orphaned && x.foldedLineId)) {
    const oldText = oldLines.get(a.foldedLineId!)?.text ?? null;
    const line = lines.find((l) => l.text === oldText && !usedLine.has(l.id)) ?? lines.find((l) => l.text.includes(a.exact));
    if (line) {
      usedLine.add(line.id);
      const [r] = reanchorAll(oldText ?? line.text, line.text, [selectorOf(a)]);
      if (r && r.status !== 'orphaned') {
        results.set(a.id, { r: r.status === 'unchanged' && line.text !== oldText ? { ...r, status: 'moved' } : r, line: line.id });
        continue;
      }
    }
    const [r] = reanchorAll(null, cleaned.body, [selectorOf(a)]);
    results.set(a.id, { r: r!.status === 'unchanged' ? { ...r!, status: 'moved' } : r!, line: null });
  }
  // Orphans get another chance in the new text.
  for (const a of anchors.filter((x) => x.orphaned)) {
    const [r] = reanchorAll(null, cleaned.body, [selectorOf(a)]);
    results.set(a.id, { r: r!.status === 'unchanged' ? { ...r!, status: 'moved' } : r!, line: null });
  }

  await t.editing.upsertLines(article.id, lines, new Set());
  const entries: ReanchorEntry[] = [];
  const counts = { unchanged: 0, moved: 0, changed: 0, orphaned: 0 };
  for (const a of anchors) {
    const { r, line } = results.get(a.id)!;
    const orphaned = r.status === 'orphaned';
    const after = orphaned ? { ...selectorOf(a), orphaned: true, foldedLineId: null } : { id: a.id, start: r.start, end: r.end, exact: r.exact, prefix: r.prefix, suffix: r.suffix, orphaned: false, foldedLineId: line };
    await t.editing.place(after);
    counts[r.status]++;
    entries.push({
      claimId: claimOf.get(a.id)!,
      anchorId: a.id,
      status: r.status,
      method: r.method,
      before: { start: a.start, end: a.end, exact: a.exact, foldedLineId: a.foldedLineId },
      after: { start: after.start, end: after.end, exact: after.exact, foldedLineId: after.foldedLineId },
    });
  }
  await t.editing.removeLines(article.id, oldLines.keys());
  for (const c of claims) {
    const placed = c.anchors.map((a) => results.get(a.id)!);
    const bodyStarts = placed.filter((p) => p.r.status !== 'orphaned' && p.line === null).map((p) => p.r.start);
    let text = c.text;
    c.anchors.forEach((a, i) => {
      const p = placed[i]!;
      if (p.r.status !== 'orphaned') text = claimTextAfter(text, a.exact, p.r.exact);
    });
    await t.editing.setClaimPositionAndText(c.id, bodyStarts.length ? Math.min(...bodyStarts) : cleaned.body.length, text);
  }
  await t.editing.setArticleText(article.id, cleaned.body, cleaned.blocks);
  await t.editing.setArticleOriginal(article.id, cleaned.original);

  const report: TextUpdateReport = { articleId: article.id, at: now(), counts, entries };
  await t.events.record({
    actor,
    entity: 'article',
    entityId: article.id,
    articleId: article.id,
    action: 'update-text',
    // The old version, whole: it can always be read back from the audit trail.
    before: { body: article.body, blocks: article.blocks, folded: article.folded },
    after: report,
  });
  return report;
}

export async function lastTextUpdate(r: Repos, articleId: string): Promise<TextUpdateReport | null> {
  const last = (await r.events.forArticle(articleId)).filter((e) => e.entity === 'article' && e.action === 'update-text').at(-1);
  return last ? (last.after as TextUpdateReport) : null;
}

function selectorOf(a: Anchor): AnchorToPlace {
  return { id: a.id, start: a.start, end: a.end, exact: a.exact, prefix: a.prefix, suffix: a.suffix };
}
