import type { Node as PMNode } from 'prosemirror-model';
import { schema } from './schema';

/**
 * The one mapping between body offsets (UTF-16 indices into the article's
 * body, what every anchor stores) and ProseMirror document positions.
 *
 * A textblock's content starts one position after the block opens; between
 * two textblocks the body has "\n\n" where the document closes one block and
 * opens the next (two positions). A hard break is one position and one "\n".
 * A folded atom takes one position and no body character. So positions and
 * offsets differ only by the atoms before them and by one; this table makes
 * that exact both ways.
 */

export interface BlockSpan {
  /** Document position where the block's content starts. */
  pos: number;
  /** Body offset of the block's first character. */
  bodyStart: number;
  /** Body characters in the block. */
  length: number;
  /** Inline folded atoms: the body offset (relative to the block) each stands before. */
  atoms: number[];
}

export interface Layout {
  blocks: BlockSpan[];
  bodyLength: number;
}

/** The layout of a document as the editor will save it: blocks joined by "\n\n". */
export function layoutOf(doc: PMNode): Layout {
  const blocks: BlockSpan[] = [];
  let body = 0;
  doc.forEach((node, offset) => {
    if (!node.isTextblock) return;
    if (blocks.length > 0) body += 2;
    const span: BlockSpan = { pos: offset + 1, bodyStart: body, length: 0, atoms: [] };
    node.forEach((child) => {
      if (child.isText) span.length += child.text!.length;
      else if (child.type === schema.nodes.hard_break) span.length += 1;
      else span.atoms.push(span.length);
    });
    body += span.length;
    blocks.push(span);
  });
  return { blocks, bodyLength: body };
}

/** Document size of a block's content. */
const sizeOf = (b: BlockSpan) => b.length + b.atoms.length;

/** The last block whose `key` is at or before `value` (blocks are in order of both keys), or the first block. */
function lastBlockAtOrBefore(layout: Layout, key: 'bodyStart' | 'pos', value: number): number {
  let lo = 0;
  let hi = layout.blocks.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (layout.blocks[mid]![key] <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The block holding body offset `offset` (or the last block starting at or before it). */
const blockAtOffset = (layout: Layout, offset: number) => lastBlockAtOrBefore(layout, 'bodyStart', offset);

/**
 * Body offset → document position. `bias` says which side an offset between
 * two places goes to: a range's start (+1) goes after an atom or into the next
 * block, its end (−1) before an atom or to the end of the previous block.
 */
export function bodyToPos(layout: Layout, offset: number, bias: -1 | 1 = 1): number {
  if (layout.blocks.length === 0) return 0;
  const i = blockAtOffset(layout, offset);
  const b = layout.blocks[i]!;
  if (offset < b.bodyStart) return b.pos; // before the first block
  let rel = offset - b.bodyStart;
  if (rel > b.length) {
    // In the "\n\n" between two blocks.
    const next = layout.blocks[i + 1];
    if (bias > 0 && next) return next.pos;
    rel = b.length;
  }
  let atomsBefore = 0;
  for (const a of b.atoms) if (a < rel || (a === rel && bias > 0)) atomsBefore++;
  return b.pos + rel + atomsBefore;
}

/** The textblock containing document position `pos`, or the nearest one. */
const blockAtPos = (layout: Layout, pos: number) => lastBlockAtOrBefore(layout, 'pos', pos);

/** Document position → body offset (a position between blocks goes to the nearer block edge). */
export function posToBody(layout: Layout, pos: number): number {
  if (layout.blocks.length === 0) return 0;
  const b = layout.blocks[blockAtPos(layout, pos)]!;
  const rel = Math.max(0, Math.min(pos - b.pos, sizeOf(b)));
  let atomsBefore = 0;
  for (let k = 0; k < b.atoms.length; k++) if (b.atoms[k]! + k < rel) atomsBefore++;
  return b.bodyStart + rel - atomsBefore;
}
