import type { Node as PMNode } from 'prosemirror-model';
import { isHistoryTransaction } from 'prosemirror-history';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

/**
 * Where every anchor of the open article is, in document positions, carried
 * through each transaction by ProseMirror's position mapping — typing, pasting,
 * restoring or folding a line, undo and redo. The claims are drawn as inline
 * decorations (colour, underline pattern, and a glyph: never colour alone).
 *
 * Mapping alone cannot bring back an anchor whose words were deleted and then
 * restored by undo (a deletion collapses it). So before a transaction shrinks
 * an anchor, the plugin keeps the document and anchors it had; when undo or
 * redo returns to that very document, the anchors come back as they were.
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

interface Snapshot {
  doc: PMNode;
  anchors: ReadonlyMap<string, AnchorAt>;
}

export interface AnchorsState {
  anchors: ReadonlyMap<string, AnchorAt>;
  /** Claims drawn (not dismissed, not below the suggestion threshold), by id. */
  looks: ReadonlyMap<string, ClaimLook>;
  decorations: DecorationSet;
  snapshots: readonly Snapshot[];
}

export type AnchorsMeta =
  | { type: 'reset'; anchors: AnchorAt[]; looks: Map<string, ClaimLook> }
  /** Anchors to add or replace (positions in the transaction's document), anchors gone, and new looks. */
  | { type: 'update'; set?: AnchorAt[]; remove?: string[]; looks?: Map<string, ClaimLook> };

export const anchorsKey = new PluginKey<AnchorsState>('factbench-anchors');
const MAX_SNAPSHOTS = 100;

export function anchorsPlugin(): Plugin<AnchorsState> {
  return new Plugin<AnchorsState>({
    key: anchorsKey,
    state: {
      init: (_, state) => ({ anchors: new Map(), looks: new Map(), decorations: DecorationSet.create(state.doc, []), snapshots: [] }),
      apply: (tr, prev, oldState) => applyTransaction(tr, prev, oldState),
    },
    props: {
      decorations: (state) => anchorsKey.getState(state)!.decorations,
    },
  });
}

function applyTransaction(tr: Transaction, prev: AnchorsState, oldState: EditorState): AnchorsState {
  const meta = tr.getMeta(anchorsKey) as AnchorsMeta | undefined;
  if (meta?.type === 'reset') {
    const anchors = new Map(meta.anchors.map((a) => [a.id, a]));
    return { anchors, looks: meta.looks, decorations: draw(tr.doc, anchors, meta.looks), snapshots: [] };
  }
  let { anchors, looks, decorations, snapshots } = prev;
  let redraw = false;
  if (tr.docChanged) {
    const mapped = new Map<string, AnchorAt>();
    let shrunk = false;
    for (const a of anchors.values()) {
      if (a.kind !== 'body') {
        mapped.set(a.id, a);
        continue;
      }
      // Like inline decorations: text typed at either edge stays outside the claim.
      const from = tr.mapping.map(a.from, 1);
      const to = Math.max(from, tr.mapping.map(a.to, -1));
      if (to - from < a.to - a.from) shrunk = true;
      mapped.set(a.id, from === a.from && to === a.to ? a : { ...a, from, to });
    }
    if (shrunk || meta) snapshots = [...snapshots.slice(1 - MAX_SNAPSHOTS), { doc: oldState.doc, anchors }];
    anchors = mapped;
    if (isHistoryTransaction(tr)) {
      const back = restoreFrom(snapshots, tr.doc, anchors);
      if (back) {
        anchors = back;
        redraw = true;
      }
    }
    decorations = decorations.map(tr.mapping, tr.doc);
  }
  if (meta?.type === 'update') {
    const next = new Map(anchors);
    for (const a of meta.set ?? []) next.set(a.id, a);
    for (const id of meta.remove ?? []) next.delete(id);
    anchors = next;
    if (meta.looks) looks = meta.looks;
    redraw = true;
    // A restore or a fold: keep the result too, so redo finds it again.
    if (tr.docChanged) snapshots = [...snapshots.slice(1 - MAX_SNAPSHOTS), { doc: tr.doc, anchors }];
  }
  if (redraw) decorations = draw(tr.doc, anchors, looks);
  return { anchors, looks, decorations, snapshots };
}

/** When undo or redo returns to a document the plugin kept, the anchors it had then come back (those that still exist). */
function restoreFrom(snapshots: readonly Snapshot[], doc: PMNode, current: ReadonlyMap<string, AnchorAt>): Map<string, AnchorAt> | null {
  for (let i = snapshots.length - 1; i >= 0; i--) {
    const s = snapshots[i]!;
    if (s.doc.content.size !== doc.content.size || !s.doc.eq(doc)) continue;
    const out = new Map(current);
    for (const [id, a] of s.anchors) if (out.has(id)) out.set(id, a);
    return out;
  }
  return null;
}

function draw(doc: PMNode, anchors: ReadonlyMap<string, AnchorAt>, looks: ReadonlyMap<string, ClaimLook>): DecorationSet {
  const decos: Decoration[] = [];
  for (const a of anchors.values()) {
    if (a.kind !== 'body' || a.to <= a.from) continue;
    const look = looks.get(a.claimId);
    if (!look) continue;
    // nodeName: overlapping claims nest as elements of their own instead of merging their attributes into one.
    decos.push(Decoration.inline(a.from, a.to, { nodeName: 'span', class: `claim tone-${look.tone} ${look.review}`, 'data-claim': a.claimId }, { claimId: a.claimId, anchorId: a.id }));
    if (look.glyph) decos.push(Decoration.widget(a.from, () => glyph(look), { side: -1, key: `glyph-${look.tone}-${look.glyph}`, ignoreSelection: true, claimId: a.claimId }));
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

/** The claims drawn at a document position (several when claims overlap). */
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
