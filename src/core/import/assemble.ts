import type { Block, FoldKind, FoldedLine } from '../model';
import type { LineState } from '../cleaning/units';

export interface AssembledText {
  body: string;
  blocks: Block[];
  folded: FoldedLine[];
}

/**
 * Lays the cleaner's decisions out as the article's body, blocks and folded
 * lines. Kept units become blocks joined by "\n\n"; a folded unit is stored
 * with the offset of the block that followed it (or the body's end), and pieces
 * cut from a block's ends with that block's start or end, so the editor can put
 * every one back where it stood.
 */
export function assembleText(states: LineState[]): AssembledText {
  let body = '';
  const blocks: Block[] = [];
  const folded: FoldedLine[] = [];
  const orderAt = new Map<number, number>();
  let pending: { text: string; kind: FoldKind }[] = [];

  const fold = (text: string, kind: FoldKind, position: number, inline: boolean) => {
    const order = orderAt.get(position) ?? 0;
    orderAt.set(position, order + 1);
    folded.push(inline ? { text, kind, position, order, inline } : { text, kind, position, order });
  };

  for (const s of states) {
    if (s.fold !== null) {
      pending.push({ text: s.unit.text, kind: s.fold });
      continue;
    }
    if (body !== '') body += '\n\n';
    const start = body.length;
    for (const p of pending) fold(p.text, p.kind, start, false);
    pending = [];
    for (const cut of s.cuts) if (cut.at === 'start') fold(cut.text, cut.kind, start, true);
    body += s.text;
    const kind = s.block ?? s.unit.kind ?? 'paragraph';
    const block: Block = { kind, start, end: body.length };
    if (kind === 'heading') block.level = s.unit.level ?? 2;
    blocks.push(block);
    for (const cut of s.cuts) if (cut.at === 'end') fold(cut.text, cut.kind, body.length, true);
  }
  for (const p of pending) fold(p.text, p.kind, body.length, false);
  return { body, blocks, folded };
}
