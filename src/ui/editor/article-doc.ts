import type { Node as PMNode } from 'prosemirror-model';
import type { Article, Block, FoldedLine, FoldKind } from '../../core/model';
import type { BlockSpan, Layout } from './positions';
import { kindOf, nodeTypeOf, schema } from './schema';

export type EditorLine = FoldedLine & { id: string };

/** What the editor saves: the body, its blocks, and the folded lines where they stand. */
export interface ArticleText {
  body: string;
  blocks: Block[];
  folded: EditorLine[];
}

interface SourceBlock extends Block {
  text: string;
}

/**
 * Builds the document of an article, and the layout that maps the stored
 * body's offsets into it. A body whose blocks leave text uncovered (an older
 * import) keeps that text as paragraphs of its own: nothing is lost, and the
 * first save writes the regular layout.
 */
export function articleToDoc(article: Pick<Article, 'body' | 'blocks' | 'folded'>): { doc: PMNode; layout: Layout } {
  const blocks = coverBody(article.body, article.blocks);
  const lines = [...article.folded].sort((a, b) => a.position - b.position || a.order - b.order);
  const used = new Set<string>();
  const top: PMNode[] = [];
  const spans: BlockSpan[] = [];
  let pos = 0;
  const foldedNode = (l: EditorLine) => schema.nodes.folded.create({ id: l.id, kind: l.kind, text: l.text });
  const pushFolded = (l: EditorLine) => {
    used.add(l.id);
    top.push(foldedNode(l));
    pos += 1;
  };

  blocks.forEach((b, i) => {
    const isLast = i === blocks.length - 1;
    for (const l of lines) if (!used.has(l.id) && !l.inline && l.position <= b.start) pushFolded(l);
    // Inline lines inside or at the edges of this block (those at its end belong to it, not to the next block).
    const inside = lines.filter((l) => !used.has(l.id) && l.inline && l.position <= b.end && (l.position >= b.start || i === 0));
    inside.forEach((l) => used.add(l.id));
    const content: PMNode[] = [];
    const atoms: number[] = [];
    let at = 0;
    const addText = (text: string) => {
      text.split('\n').forEach((part, k) => {
        if (k > 0) content.push(schema.nodes.hard_break.create());
        if (part) content.push(schema.text(part));
      });
    };
    for (const l of inside) {
      const rel = Math.max(0, Math.min(b.text.length, l.position - b.start));
      if (rel > at) addText(b.text.slice(at, rel));
      at = Math.max(at, rel);
      atoms.push(at);
      content.push(schema.nodes.folded_inline.create({ id: l.id, kind: l.kind, text: l.text }));
    }
    if (at < b.text.length) addText(b.text.slice(at));
    const attrs = { ...(b.kind === 'heading' ? { level: b.level ?? 1 } : {}), restoredFrom: b.restoredFrom ?? null };
    top.push(nodeTypeOf(b.kind).create(attrs, content));
    spans.push({ pos: pos + 1, bodyStart: b.start, length: b.text.length, atoms });
    pos += 2 + b.text.length + atoms.length;
    // Whatever stood after the last block (an inline line there has no block to sit in: it becomes a line of its own).
    if (isLast) for (const l of lines) if (!used.has(l.id)) pushFolded(l);
  });
  if (blocks.length === 0) {
    for (const l of lines) pushFolded(l);
    top.push(schema.nodes.paragraph.create());
    spans.push({ pos: pos + 1, bodyStart: 0, length: 0, atoms: [] });
  }
  return { doc: schema.nodes.doc.create(null, top), layout: { blocks: spans, bodyLength: article.body.length } };
}

/** The stored blocks, plus a paragraph for any stretch of text they leave out. */
function coverBody(body: string, blocks: Block[]): SourceBlock[] {
  const out: SourceBlock[] = [];
  let at = 0;
  const gap = (from: number, to: number) => {
    for (const m of body.slice(from, to).matchAll(/[^\n]+(?:\n(?!\n)[^\n]*)*/g)) {
      const start = from + m.index;
      const text = m[0];
      if (text.trim()) out.push({ kind: 'paragraph', start, end: start + text.length, text });
    }
  };
  for (const b of [...blocks].sort((p, q) => p.start - q.start)) {
    const start = Math.max(b.start, at);
    const end = Math.min(Math.max(b.end, start), body.length);
    if (start > at) gap(at, start);
    out.push({ ...b, start, end, text: body.slice(start, end) });
    at = end;
  }
  if (at < body.length) gap(at, body.length);
  return out;
}

/** The article text of a document, laid out regularly: blocks joined by "\n\n", each folded line where it stands. */
export function docToArticleText(doc: PMNode): ArticleText {
  let body = '';
  const blocks: Block[] = [];
  const folded: EditorLine[] = [];
  let pending: { id: string; kind: FoldKind; text: string }[] = [];
  const place = (line: { id: string; kind: FoldKind; text: string }, position: number, inline: boolean) => {
    const order = folded.filter((l) => l.position === position).length;
    folded.push({ id: line.id, kind: line.kind, text: line.text, position, order, ...(inline ? { inline: true } : {}) });
  };
  doc.forEach((node) => {
    if (node.type === schema.nodes.folded) {
      pending.push(attrsOf(node));
      return;
    }
    if (blocks.length > 0) body += '\n\n';
    const start = body.length;
    for (const line of pending) place(line, start, false);
    pending = [];
    node.forEach((child) => {
      if (child.isText) body += child.text;
      else if (child.type === schema.nodes.hard_break) body += '\n';
      else place(attrsOf(child), body.length, true);
    });
    const kind = kindOf(node);
    const block: Block = { kind, start, end: body.length };
    if (kind === 'heading') block.level = Number(node.attrs.level) || 1;
    if (node.attrs.restoredFrom) block.restoredFrom = node.attrs.restoredFrom as FoldKind;
    blocks.push(block);
  });
  for (const line of pending) place(line, body.length, false);
  return { body, blocks, folded };
}

function attrsOf(node: PMNode): { id: string; kind: FoldKind; text: string } {
  return { id: String(node.attrs.id), kind: node.attrs.kind as FoldKind, text: String(node.attrs.text) };
}
