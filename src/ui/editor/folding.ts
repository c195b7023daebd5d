import type { Node as PMNode } from 'prosemirror-model';
import { Plugin, type EditorState, type Transaction } from 'prosemirror-state';
import { isHistoryTransaction } from 'prosemirror-history';
import { uuidv7 } from 'uuidv7';
import type { FoldKind } from '../../core/model';
import { anchorsKey, anchorsOf, type AnchorAt } from './anchors-plugin';
import { FOLD_OP } from './fold-op';
import { schema } from './schema';

/**
 * Restoring a folded line into the body and folding a block away again, as
 * single transactions: undo and redo treat them like any edit, and the
 * anchors inside move between the line's text and the body with them.
 */

export { FOLD_OP };

function findLine(doc: PMNode, lineId: string): { node: PMNode; pos: number } | null {
  let found: { node: PMNode; pos: number } | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if ((node.type === schema.nodes.folded || node.type === schema.nodes.folded_inline) && node.attrs.id === lineId) {
      found = { node, pos };
      return false;
    }
    return true;
  });
  return found;
}

/** Text with "\n" as hard breaks: one position per character, so line offsets map 1:1. */
function inlineContent(text: string): PMNode[] {
  const out: PMNode[] = [];
  text.split('\n').forEach((part, i) => {
    if (i > 0) out.push(schema.nodes.hard_break.create());
    if (part) out.push(schema.text(part));
  });
  return out;
}

export function restoreLine(state: EditorState, lineId: string): Transaction | null {
  const line = findLine(state.doc, lineId);
  if (!line) return null;
  const { node, pos } = line;
  const text = String(node.attrs.text);
  const kind = String(node.attrs.kind) as FoldKind;
  const tr = state.tr;
  let textStart: number;
  if (node.type === schema.nodes.folded) {
    const type = kind === 'subheading' ? schema.nodes.heading : kind === 'caption' ? schema.nodes.caption : schema.nodes.paragraph;
    const attrs = type === schema.nodes.heading ? { level: 1, restoredFrom: kind } : { restoredFrom: kind };
    tr.replaceWith(pos, pos + 1, type.create(attrs, inlineContent(text)));
    textStart = pos + 1;
  } else {
    // Cut from inside a block: it comes back with a space on the side of the block's text.
    const $pos = state.doc.resolve(pos);
    const atStart = $pos.parentOffset === 0;
    const atEnd = $pos.parentOffset === $pos.parent.content.size - 1;
    const lead = atStart ? '' : ' ';
    const trail = atStart && !atEnd ? ' ' : '';
    tr.replaceWith(pos, pos + 1, schema.text(lead + text.replace(/\n/g, ' ') + trail));
    textStart = pos + lead.length;
  }
  const set: AnchorAt[] = [];
  for (const a of anchorsOf(state).values()) {
    if (a.kind === 'line' && a.lineId === lineId) set.push({ kind: 'body', id: a.id, claimId: a.claimId, from: textStart + a.start, to: textStart + a.end });
  }
  return tr.setMeta(FOLD_OP, true).setMeta(anchorsKey, { type: 'update', set });
}

/** The top-level textblock around a position. */
function blockAround(state: EditorState, pos: number): { node: PMNode; pos: number } | null {
  const $pos = state.doc.resolve(Math.min(pos, state.doc.content.size));
  if ($pos.depth < 1) return null;
  const node = $pos.node(1);
  return node.isTextblock ? { node, pos: $pos.before(1) } : null;
}

/** Folds the block holding `pos` out of the body; the inline lines inside it stay folded, as lines of their own. */
export function foldBlock(state: EditorState, pos: number): Transaction | null {
  const block = blockAround(state, pos);
  if (!block) return null;
  // The body keeps at least one block.
  let textblocks = 0;
  state.doc.forEach((n) => (textblocks += n.isTextblock ? 1 : 0));
  if (textblocks < 2) return null;
  const { node } = block;
  const lineId = uuidv7();
  let text = '';
  const textOffsetAt: number[] = []; // document offset inside the block → offset in the line's text
  const inner: PMNode[] = [];
  node.forEach((child) => {
    if (child.isText) {
      for (let i = 0; i < child.text!.length; i++) textOffsetAt.push(text.length + i);
      text += child.text;
    } else if (child.type === schema.nodes.hard_break) {
      textOffsetAt.push(text.length);
      text += '\n';
    } else {
      textOffsetAt.push(text.length);
      inner.push(schema.nodes.folded.create({ ...child.attrs }));
    }
  });
  textOffsetAt.push(text.length);
  const kind = (node.attrs.restoredFrom as FoldKind | null) ?? 'boilerplate';
  const folded = schema.nodes.folded.create({ id: lineId, kind, text });
  const tr = state.tr.replaceWith(block.pos, block.pos + node.nodeSize, [folded, ...inner]);
  const contentStart = block.pos + 1;
  const contentEnd = contentStart + node.content.size;
  const set: AnchorAt[] = [];
  for (const a of anchorsOf(state).values()) {
    if (a.kind !== 'body' || a.from < contentStart || a.from >= contentEnd) continue;
    const to = Math.min(a.to, contentEnd);
    set.push({ kind: 'line', id: a.id, claimId: a.claimId, lineId, start: textOffsetAt[a.from - contentStart]!, end: textOffsetAt[to - contentStart]! });
  }
  return tr.setMeta(FOLD_OP, true).setMeta(anchorsKey, { type: 'update', set });
}

/**
 * Folded lines are never deleted by typing over them: a transaction that
 * would remove one is refused, unless it is a restore, a fold, or undo/redo
 * of one. `onRefused` lets the view say why.
 */
export function keepFoldedPlugin(onRefused: () => void): Plugin {
  return new Plugin({
    filterTransaction(tr) {
      if (!tr.docChanged || tr.getMeta(FOLD_OP) || isHistoryTransaction(tr) || tr.getMeta('factbench-reset')) return true;
      for (let i = 0; i < tr.steps.length; i++) {
        const doc = tr.docs[i]!;
        let removes = false;
        tr.steps[i]!.getMap().forEach((oldStart, oldEnd) => {
          if (removes || oldEnd <= oldStart) return;
          doc.nodesBetween(oldStart, oldEnd, (node, pos) => {
            if ((node.type === schema.nodes.folded || node.type === schema.nodes.folded_inline) && pos >= oldStart && pos + node.nodeSize <= oldEnd) removes = true;
            return !removes;
          });
        });
        if (removes) {
          onRefused();
          return false;
        }
      }
      return true;
    },
  });
}
