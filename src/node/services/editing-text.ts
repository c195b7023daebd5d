import { reanchorAll } from '../../core/anchoring/reanchor';
import { describeRange } from '../../core/anchoring/selector';
import type { Anchor, Article, Claim } from '../../core/model';
import { ApiError } from '../../contract/envelope';
import type { AnchorPlacement, StoredLine } from '../db/editing-repo';

/** The body is its blocks joined by "\n\n", with nothing before, between or after: the layout the editor writes. */
export function checkLayout(body: string, blocks: readonly { start: number; end: number }[]): void {
  const bad = (why: string) => new ApiError('invalid-input', `Invalid blocks: ${why}.`);
  if (blocks.length === 0) {
    if (body.length > 0) throw bad('a body with text needs at least one block');
    return;
  }
  let expected = 0;
  for (const [i, b] of blocks.entries()) {
    if (b.start !== expected) throw bad(`block ${i} should start at ${expected}, not ${b.start}`);
    if (b.end < b.start || b.end > body.length) throw bad(`block ${i} ends outside the body`);
    if (i < blocks.length - 1 && body.slice(b.end, b.end + 2) !== '\n\n') throw bad(`block ${i} is not followed by a blank line`);
    expected = b.end + 2;
  }
  if (blocks.at(-1)!.end !== body.length) throw bad('the last block does not end the body');
}

/** [start, end) without the spaces around it, or null when nothing but spaces is left. */
export function trimmedRange(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : null;
}

/**
 * The text of record follows the words a claim is anchored to when they change
 * (a typo fixed, a new version): a claim that is its words takes the new ones,
 * a merged claim holding them among others has them replaced; a text the user
 * reworded stays (the re-check still flags the change).
 */
export function claimTextAfter(text: string, oldExact: string, newExact: string): string {
  const next = newExact.trim();
  const old = oldExact.trim();
  if (next.length === 0) return text;
  if (text.trim() === old) return next;
  return old.length > 0 && text.includes(old) ? text.replace(old, next) : text;
}

export interface Placements {
  /** Anchors whose placement changed, by id. */
  byId: Map<string, AnchorPlacement>;
  changed: AnchorPlacement[];
  /** Anchors that became orphans in this save. */
  orphaned: string[];
}

/**
 * Where every anchor of the article stands after a save: as the editor mapped
 * it, or — for anchors it did not send — re-anchored from the old body by
 * position, quote and fuzzy quote, so no anchor is left pointing at stale offsets.
 */
export function placeAfterSave(
  article: Article,
  claims: Claim[],
  input: { body: string; anchors: readonly { id: string; start: number; end: number; foldedLineId: string | null; orphaned: boolean }[] },
  lines: StoredLine[],
): Placements {
  const lineText = new Map(lines.map((l) => [l.id, l.text]));
  const oldLineText = new Map(article.folded.map((l) => [l.id, l.text]));
  const all = new Map<string, Anchor>();
  for (const c of claims) for (const a of c.anchors) all.set(a.id, a);
  const out: Placements = { byId: new Map(), changed: [], orphaned: [] };
  const record = (p: AnchorPlacement, old: Anchor) => {
    const same = p.start === old.start && p.end === old.end && p.exact === old.exact && p.prefix === old.prefix && p.suffix === old.suffix && p.orphaned === old.orphaned && p.foldedLineId === old.foldedLineId;
    if (same) return;
    out.byId.set(p.id, p);
    out.changed.push(p);
    if (p.orphaned && !old.orphaned) out.orphaned.push(p.id);
  };
  const orphanOf = (old: Anchor): AnchorPlacement => ({ id: old.id, start: old.start, end: old.end, exact: old.exact, prefix: old.prefix, suffix: old.suffix, orphaned: true, foldedLineId: null });

  const given = new Set<string>();
  for (const a of input.anchors) {
    const old = all.get(a.id);
    if (!old) throw new ApiError('invalid-input', `Invalid anchors: ${a.id} is not an anchor of a claim of this article.`);
    if (given.has(a.id)) throw new ApiError('invalid-input', `Invalid anchors: ${a.id} appears twice.`);
    given.add(a.id);
    if (a.orphaned || a.end <= a.start) {
      record(orphanOf(old), old);
      continue;
    }
    const text = a.foldedLineId === null ? input.body : lineText.get(a.foldedLineId);
    if (text === undefined) throw new ApiError('invalid-input', `Invalid anchors: ${a.id} points into a folded line that is not in the article.`);
    if (a.end > text.length) throw new ApiError('invalid-input', `Invalid anchors: ${a.id} ends after the end of its text.`);
    record({ id: a.id, ...describeRange(text, a.start, a.end), orphaned: false, foldedLineId: a.foldedLineId }, old);
  }

  const missing = [...all.values()].filter((a) => !given.has(a.id) && !a.orphaned);
  const stale = missing.filter((a) => !(a.foldedLineId && lineText.has(a.foldedLineId) && lineText.get(a.foldedLineId) === oldLineText.get(a.foldedLineId)));
  const fromBody = stale.filter((a) => !a.foldedLineId);
  const fromLines = stale.filter((a) => a.foldedLineId);
  const results = [...reanchorAll(article.body, input.body, fromBody), ...reanchorAll(null, input.body, fromLines)];
  for (const r of results) {
    const old = all.get(r.id)!;
    record(r.status === 'orphaned' ? orphanOf(old) : { id: r.id, start: r.start, end: r.end, exact: r.exact, prefix: r.prefix, suffix: r.suffix, orphaned: false, foldedLineId: null }, old);
  }
  return out;
}

/** What the audit trail keeps of a save: the changed stretch of the body, and the lines restored or folded. */
export function editSummary(article: Article, body: string, lines: StoredLine[]): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const old = article.body;
  let pre = 0;
  const max = Math.min(old.length, body.length);
  while (pre < max && old.charCodeAt(pre) === body.charCodeAt(pre)) pre++;
  let suf = 0;
  while (suf < max - pre && old.charCodeAt(old.length - 1 - suf) === body.charCodeAt(body.length - 1 - suf)) suf++;
  const oldIds = new Set(article.folded.map((l) => l.id));
  const newIds = new Set(lines.map((l) => l.id));
  const restored = article.folded.filter((l) => !newIds.has(l.id)).map((l) => ({ id: l.id, kind: l.kind, text: l.text }));
  const folded = lines.filter((l) => !oldIds.has(l.id)).map((l) => ({ id: l.id, kind: l.kind, text: l.text }));
  const bodyChanged = old !== body;
  if (!bodyChanged && restored.length === 0 && folded.length === 0) return null;
  return {
    before: { at: pre, text: old.slice(pre, old.length - suf), ...(restored.length ? { folded: restored } : {}) },
    after: { at: pre, text: body.slice(pre, body.length - suf), ...(folded.length ? { folded } : {}), ...(restored.length ? { restored: restored.map((l) => l.id) } : {}) },
  };
}
