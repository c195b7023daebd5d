import { Schema, type DOMOutputSpec, type Node as PMNode } from 'prosemirror-model';
import type { BlockKind } from '../../core/model';

/**
 * The article as ProseMirror sees it: one textblock per block of the body
 * (paragraph, heading, quote, caption, list item), a hard break per "\n"
 * inside a block, and the folded noise as atoms standing where it was cut —
 * a block atom between blocks, an inline atom inside one. Atoms hold their
 * text in attributes, so the body (what offsets index) is only the
 * textblocks' text joined by "\n\n".
 */

const restoredFrom = { default: null as string | null };

export const schema = new Schema({
  nodes: {
    doc: { content: '(block | folded)+' },
    paragraph: {
      group: 'block',
      content: 'inline*',
      attrs: { restoredFrom },
      parseDOM: [{ tag: 'p' }, { tag: 'div' }],
      toDOM: (): DOMOutputSpec => ['p', { class: 'block paragraph' }, 0],
    },
    heading: {
      group: 'block',
      content: 'inline*',
      defining: true,
      attrs: { level: { default: 1 }, restoredFrom },
      parseDOM: [1, 2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}`, attrs: { level } })),
      // The article's title is the page's h1; body headings start at h2.
      toDOM: (node): DOMOutputSpec => [`h${Math.min(6, Number(node.attrs.level) + 1)}`, { class: 'block heading' }, 0],
    },
    quote: {
      group: 'block',
      content: 'inline*',
      defining: true,
      attrs: { restoredFrom },
      parseDOM: [{ tag: 'blockquote' }],
      toDOM: (): DOMOutputSpec => ['blockquote', { class: 'block quote' }, 0],
    },
    caption: {
      group: 'block',
      content: 'inline*',
      attrs: { restoredFrom },
      parseDOM: [{ tag: 'figcaption' }],
      toDOM: (): DOMOutputSpec => ['p', { class: 'block caption' }, 0],
    },
    list_item: {
      group: 'block',
      content: 'inline*',
      attrs: { restoredFrom },
      parseDOM: [{ tag: 'li' }],
      toDOM: (): DOMOutputSpec => ['p', { class: 'block list-item' }, 0],
    },
    /** A folded line between blocks. Never parsed from pasted HTML: only the app makes them. */
    folded: {
      group: 'folded',
      atom: true,
      selectable: true,
      attrs: { id: {}, kind: {}, text: {} },
      toDOM: (node): DOMOutputSpec => ['div', { class: 'folded-line', 'data-kind': node.attrs.kind }, String(node.attrs.text)],
    },
    text: { group: 'inline' },
    hard_break: {
      inline: true,
      group: 'inline',
      selectable: false,
      parseDOM: [{ tag: 'br' }],
      toDOM: (): DOMOutputSpec => ['br'],
    },
    /** Text cut from inside a block ("(ats/nxp)", a rights tag): restored with a space. */
    folded_inline: {
      inline: true,
      group: 'inline',
      atom: true,
      attrs: { id: {}, kind: {}, text: {} },
      toDOM: (node): DOMOutputSpec => ['span', { class: 'folded-inline', 'data-kind': node.attrs.kind }, '⋯'],
    },
  },
  marks: {},
});

const NODE_OF_KIND: Record<BlockKind, string> = {
  paragraph: 'paragraph',
  heading: 'heading',
  quote: 'quote',
  caption: 'caption',
  'list-item': 'list_item',
};

export function nodeTypeOf(kind: BlockKind) {
  return schema.nodes[NODE_OF_KIND[kind]]!;
}

export function kindOf(node: PMNode): BlockKind {
  switch (node.type.name) {
    case 'heading':
      return 'heading';
    case 'quote':
      return 'quote';
    case 'caption':
      return 'caption';
    case 'list_item':
      return 'list-item';
    default:
      return 'paragraph';
  }
}

export const isFolded = (node: PMNode) => node.type === schema.nodes.folded || node.type === schema.nodes.folded_inline;
