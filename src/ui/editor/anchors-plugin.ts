import type { Node as PMNode } from 'prosemirror-model';
import { isHistoryTransaction } from 'prosemirror-history';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

/**
 * Where every anchor of the open article is, in document positions, carried
 * through each transaction by ProseMirror's position mapping — typing, pasting,
 * restoring or folding a line, undo and redo.
 *
 * The positions live in a DecorationSet used as an index (never drawn): it is
 * mapped through each transaction in time proportional to what changed, not to
 * the number of claims, so typing stays cheap with thousands of them. An
 * anchor whose words are all deleted drops out of the index (it is then sent
 * as an orphan); the claims near the screen are drawn from the index as inline
 * decorations (colour, underline pattern, and a glyph: never colour alone).
 *
 * Mapping alone cannot bring back an anchor whose words were deleted and then
 * restored by undo. So before a transaction deletes text under an anchor, the
 * plugin keeps the document and the index it had; when undo or redo returns to
 * that very document, the anchors come back as they were.
 */

export type AnchorAt =
  | { kind: 'body'; id: string; claimId: string; from: number; to: number }
  | { kind: 'line'; id: string; claimId: string; lineId: string; start: number; end: number }
  | { kind: 'orphan'; id: string; claimId: string };

/** How a claim is drawn. */
export interface ClaimLook {
  /** Verdict tone (true, mostly-true, mixed, false, unknown) or none. */
  tone: string;
  review: 'suggested' | 'accepted';
  /** Shown before the highlight: the verdict's glyph, or none while unchecked. */
  glyph: string;
}

/** What does not move with the text: the claim, and for anchors outside the body, where they are. */
type Entry = { claimId: string } & ({ kind: 'body' } | { kind: 'line'; lineId: string; start: number; end: number } | { kind: 'orphan' });

interface Snapshot {
  doc: PMNode;
  registry: ReadonlyMap<string, Entry>;
  index: DecorationSet;
}

export interface AnchorsState {
  registry: ReadonlyMap<string, Entry>;
  /** Body anchors' positions: inline decorations with spec { id, claimId }. */
  index: DecorationSet;
  /** Claims drawn (not dismissed, not below the suggestion threshold), by id. */
  looks: ReadonlyMap<string, ClaimLook>;
  decorations: DecorationSet;
  snapshots: readonly Snapshot[];
  /**
   * The stretch of the document whose claims are drawn (null: all of it). The
   * view keeps it around what is on screen: ProseMirror walks the decorated
   * blocks on every update, so drawing 2,000 claims at once would slow typing.
   */
  span: { from: number; to: number } | null;
}

export type AnchorsMeta =
  | { type: 'reset'; anchors: AnchorAt[]; looks: Map<string, ClaimLook> }
  /** Anchors to add or replace (positions in the transaction's document), anchors gone, and new looks. */
  | { type: 'update'; set?: AnchorAt[]; remove?: string[]; looks?: Map<string, ClaimLook> }
  /** Draw the claims of this stretch (what is on screen, and some around it). */
  | { type: 'span'; from: number; to: number };

export const anchorsKey = new PluginKey<AnchorsState>('factbench-anchors');
const MAX_SNAPSHOTS = 100;

export function anchorsPlugin(): Plugin<AnchorsState> {
  return new Plugin<AnchorsState>({
    key: anchorsKey,
    state: {
      init: () => ({ registry: new Map(), index: DecorationSet.empty, looks: new Map(), decorations: DecorationSet.empty, snapshots: [], span: null }),
      apply: (tr, prev, oldState) => applyTransaction(tr, prev, oldState),
    },
    props: {
      decorations: (state) => anchorsKey.getState(state)!.decorations,
    },
  });
}

const indexed = (a: { id: string; claimId: string; from: number; to: number }) => Decoration.inline(a.from, a.to, {}, { id: a.id, claimId: a.claimId });

function build(doc: PMNode, anchors: readonly AnchorAt[]): { registry: Map<string, Entry>; index: DecorationSet } {
  const registry = new Map<string, Entry>();
  const decos: Decoration[] = [];
  for (const a of anchors) {
    if (a.kind === 'body') {
      registry.set(a.id, { kind: 'body', claimId: a.claimId });
      if (a.to > a.from) decos.push(indexed(a));
    } else registry.set(a.id, a.kind === 'line' ? { kind: 'line', claimId: a.claimId, lineId: a.lineId, start: a.start, end: a.end } : { kind: 'orphan', claimId: a.claimId });
  }
  return { registry, index: DecorationSet.create(doc, decos) };
}

function applyTransaction(tr: Transaction, prev: AnchorsState, oldState: EditorState): AnchorsState {
  const meta = tr.getMeta(anchorsKey) as AnchorsMeta | undefined;
  if (meta?.type === 'reset') {
    const { registry, index } = build(tr.doc, meta.anchors);
    return { registry, index, looks: meta.looks, decorations: draw(tr.doc, index, meta.looks, prev.span), snapshots: [], span: prev.span };
  }
  let { registry, index, looks, decorations, snapshots, span } = prev;
  let redraw = false;
  if (meta?.type === 'span') {
    span = { from: meta.from, to: meta.to };
    redraw = true;
  }
  if (tr.docChanged) {
    if (meta || deletesUnderAnchor(tr, index)) snapshots = [...snapshots.slice(1 - MAX_SNAPSHOTS), { doc: oldState.doc, registry, index }];
    // Like inline decorations everywhere: text typed at either edge stays outside the claim.
    index = index.map(tr.mapping, tr.doc);
    decorations = decorations.map(tr.mapping, tr.doc);
    if (span) span = { from: tr.mapping.map(span.from, -1), to: tr.mapping.map(span.to, 1) };
    if (isHistoryTransaction(tr)) {
      const back = restoreFrom(snapshots, tr.doc, registry, index);
      if (back) {
        ({ registry, index } = back);
        redraw = true;
      }
    }
  }
  if (meta?.type === 'update') {
    const next = new Map(registry);
    const replaced = new Set([...(meta.set ?? []).map((a) => a.id), ...(meta.remove ?? [])]);
    for (const id of meta.remove ?? []) next.delete(id);
    const added = build(tr.doc, meta.set ?? []);
    for (const [id, e] of added.registry) next.set(id, e);
    index = index.remove(index.find(undefined, undefined, (spec) => replaced.has(spec.id as string))).add(tr.doc, added.index.find());
    registry = next;
    if (meta.looks) looks = meta.looks;
    redraw = true;
    // A restore or a fold: keep the result too, so redo finds it again.
    if (tr.docChanged) snapshots = [...snapshots.slice(1 - MAX_SNAPSHOTS), { doc: tr.doc, registry, index }];
  }
  if (redraw) decorations = draw(tr.doc, index, looks, span);
  return { registry, index, looks, decorations, snapshots, span };
}

/** Does the transaction delete text under some anchor (or do more than one step, which is harder to tell)? */
function deletesUnderAnchor(tr: Transaction, index: DecorationSet): boolean {
  if (tr.steps.length > 1) return true;
  let hit = false;
  tr.mapping.maps[0]?.forEach((oldStart, oldEnd) => {
    if (!hit && oldEnd > oldStart) hit = index.find(oldStart, oldEnd).some((d) => d.from < oldEnd && d.to > oldStart);
  });
  return hit;
}

/** When undo or redo returns to a document the plugin kept, the anchors it had then come back; anchors made since keep their places. */
function restoreFrom(snapshots: readonly Snapshot[], doc: PMNode, registry: ReadonlyMap<string, Entry>, index: DecorationSet): { registry: Map<string, Entry>; index: DecorationSet } | null {
  for (let i = snapshots.length - 1; i >= 0; i--) {
    const s = snapshots[i]!;
    if (s.doc.content.size !== doc.content.size || !s.doc.eq(doc)) continue;
    const merged = new Map<string, Entry>();
    for (const [id, e] of registry) merged.set(id, s.registry.get(id) ?? e);
    const newer = index.find(undefined, undefined, (spec) => !s.registry.has(spec.id as string));
    const gone = s.index.find(undefined, undefined, (spec) => !registry.has(spec.id as string));
    return { registry: merged, index: s.index.remove(gone).add(doc, newer) };
  }
  return null;
}

function draw(doc: PMNode, index: DecorationSet, looks: ReadonlyMap<string, ClaimLook>, span: AnchorsState['span']): DecorationSet {
  const decos: Decoration[] = [];
  for (const d of span ? index.find(span.from, span.to) : index.find()) {
    const claimId = d.spec.claimId as string;
    const look = looks.get(claimId);
    if (!look || d.to <= d.from) continue;
    // nodeName: overlapping claims nest as elements of their own instead of merging their attributes into one.
    decos.push(Decoration.inline(d.from, d.to, { nodeName: 'span', class: `claim tone-${look.tone} ${look.review}`, 'data-claim': claimId }, { claimId, anchorId: d.spec.id }));
    if (look.glyph) decos.push(Decoration.widget(d.from, () => glyph(look), { side: -1, key: `glyph-${look.tone}-${look.glyph}`, ignoreSelection: true, claimId }));
  }
  return DecorationSet.create(doc, decos);
}

function glyph(look: ClaimLook): HTMLElement {
  const el = document.createElement('span');
  el.className = `claim-glyph tone-${look.tone}`;
  el.setAttribute('aria-hidden', 'true');
  el.textContent = look.glyph;
  return el;
}

const materialized = new WeakMap<AnchorsState, ReadonlyMap<string, AnchorAt>>();

/**
 * Every anchor where it is now. An anchor of the body whose words were all
 * deleted comes back as an orphan (its claim keeps its last quote).
 */
export function anchorsOf(state: EditorState): ReadonlyMap<string, AnchorAt> {
  const s = anchorsKey.getState(state)!;
  const cached = materialized.get(s);
  if (cached) return cached;
  const out = new Map<string, AnchorAt>();
  for (const d of s.index.find()) {
    const id = d.spec.id as string;
    if (s.registry.get(id)?.kind === 'body') out.set(id, { kind: 'body', id, claimId: d.spec.claimId as string, from: d.from, to: d.to });
  }
  for (const [id, e] of s.registry) {
    if (out.has(id)) continue;
    out.set(id, e.kind === 'line' ? { kind: 'line', id, claimId: e.claimId, lineId: e.lineId, start: e.start, end: e.end } : { kind: 'orphan', id, claimId: e.claimId });
  }
  materialized.set(s, out);
  return out;
}

/** The body anchors of one claim (its highlights), in document order. */
export function rangesOf(state: EditorState, claimId: string): { from: number; to: number }[] {
  return anchorsKey
    .getState(state)!
    .index.find(undefined, undefined, (spec) => spec.claimId === claimId)
    .map((d) => ({ from: d.from, to: d.to }))
    .sort((a, b) => a.from - b.from);
}

/** The claims drawn at a document position, innermost (shortest highlight) first. */
export function claimsAt(state: EditorState, pos: number): string[] {
  const s = anchorsKey.getState(state);
  if (!s) return [];
  const hits = s.decorations.find(pos, pos).filter((d) => d.from < d.to && d.from <= pos && d.to >= pos && d.spec.claimId);
  hits.sort((a, b) => a.to - a.from - (b.to - b.from));
  return [...new Set(hits.map((d) => d.spec.claimId as string))];
}

/** The anchors drawn in a range (body anchors overlapping it). */
export function anchorsIn(state: EditorState, from: number, to: number): { claimId: string; anchorId: string; from: number; to: number }[] {
  const s = anchorsKey.getState(state);
  if (!s) return [];
  return s.decorations
    .find(from, to)
    .filter((d) => d.from < d.to && d.spec.anchorId)
    .map((d) => ({ claimId: d.spec.claimId as string, anchorId: d.spec.anchorId as string, from: d.from, to: d.to }));
}
