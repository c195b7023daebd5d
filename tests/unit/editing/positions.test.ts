import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, Block, FoldKind } from '../../../src/core/model';
import { articleToDoc, docToArticleText, type EditorLine } from '../../../src/ui/editor/article-doc';
import { bodyToPos, layoutOf, posToBody } from '../../../src/ui/editor/positions';
import { repoRoot } from '../../helpers/paths';

const fixture = JSON.parse(fs.readFileSync(path.join(repoRoot, 'tests/fixtures/editing/kim-putin.cleaned.json'), 'utf8')) as Pick<Article, 'body' | 'blocks'> & { folded: Omit<EditorLine, 'id'>[] };
const reference = { body: fixture.body, blocks: fixture.blocks, folded: fixture.folded.map((f, i) => ({ ...f, id: `line-${i}` })) };

/** Every character of the body is found at the position the mapping gives, and maps back. */
function expectExactMapping(article: Pick<Article, 'body' | 'blocks' | 'folded'>) {
  const { doc, layout } = articleToDoc(article);
  for (const b of article.blocks) {
    for (let o = b.start; o < b.end; o++) {
      const pos = bodyToPos(layout, o, 1);
      const char = article.body[o] === '\n' ? '\n' : doc.textBetween(pos, pos + 1, '', (n) => (n.type.name === 'hard_break' ? '\n' : ''));
      expect({ o, char }).toEqual({ o, char: article.body[o] });
      expect(posToBody(layout, pos)).toBe(o);
    }
    // The end of a block maps to the end of its text, both ways.
    expect(posToBody(layout, bodyToPos(layout, b.end, -1))).toBe(b.end);
  }
  return doc;
}

describe('body offsets and editor positions', () => {
  it('maps every character of the reference story, folded lines and all, both ways', () => {
    const doc = expectExactMapping(reference);
    expect(doc.childCount).toBe(reference.blocks.length + reference.folded.filter((f) => !f.inline).length);
  });

  it('writes back exactly the text it was given: body, blocks and folded lines in place and order', () => {
    const { doc } = articleToDoc(reference);
    const text = docToArticleText(doc);
    expect(text.body).toBe(reference.body);
    expect(text.blocks).toEqual(reference.blocks);
    const sortKey = (l: EditorLine) => `${String(l.position).padStart(8, '0')}:${l.order}`;
    expect([...text.folded].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual([...reference.folded].sort((a, b) => sortKey(a).localeCompare(sortKey(b))));
  });

  it('puts a range start after an inline folded line and its end before it', () => {
    const article = { body: 'Kim arrived.', blocks: [{ kind: 'paragraph', start: 0, end: 12 } as Block], folded: [{ id: 'k', kind: 'credit' as FoldKind, text: '(ats)', position: 12, order: 0, inline: true }] };
    const { doc, layout } = articleToDoc(article);
    expect(doc.firstChild!.lastChild!.type.name).toBe('folded_inline');
    expect(bodyToPos(layout, 12, -1)).toBe(13);
    expect(bodyToPos(layout, 12, 1)).toBe(14);
    expect(posToBody(layout, 14)).toBe(12);
  });

  it('agrees with the layout of the document it built, for any article', () => {
    const kinds = fc.constantFrom<Block['kind']>('paragraph', 'heading', 'quote', 'caption', 'list-item');
    const text = fc.array(fc.constantFrom('Kim', ' ', 'é', '«', '»', 'Poutine', '\n', '2023', '.'), { minLength: 0, maxLength: 12 }).map((p) => p.join('').replace(/\n{2,}/g, '\n'));
    const line = fc.record({ text: fc.constantFrom('ATS', 'imago images', '(ats/nxp)'), kind: fc.constantFrom<FoldKind>('credit', 'caption', 'photo-credit'), where: fc.nat(20), inline: fc.boolean(), atEnd: fc.boolean() });
    fc.assert(
      fc.property(fc.array(fc.tuple(kinds, text), { minLength: 1, maxLength: 6 }), fc.array(line, { maxLength: 6 }), (parts, lines) => {
        let body = '';
        const blocks: Block[] = parts.map(([kind, t], i) => {
          if (i > 0) body += '\n\n';
          const start = body.length;
          body += t;
          return { kind, start, end: body.length, ...(kind === 'heading' ? { level: 1 } : {}) };
        });
        const folded = lines.map((l, i) => {
          const b = blocks[l.where % blocks.length]!;
          return { id: `l${i}`, kind: l.kind, text: l.text, position: l.inline && l.atEnd ? b.end : b.start, order: 0, ...(l.inline ? { inline: true } : {}) };
        });
        folded.forEach((l) => (l.order = folded.filter((m) => m.position === l.position && m.id < l.id).length));
        const article = { body, blocks, folded };
        const doc = expectExactMapping(article);
        const { layout } = articleToDoc(article);
        expect(layoutOf(doc)).toEqual(layout);
        const back = docToArticleText(doc);
        expect(back.body).toBe(body);
        expect(back.blocks).toEqual(blocks);
        expect(back.folded.map((l) => l.id).sort()).toEqual(folded.map((l) => l.id).sort());
      }),
      { numRuns: 300 },
    );
  });

  it('keeps text its blocks leave out as paragraphs, so no word is lost', () => {
    const article = { body: 'Lead.\n\nStray line\n\nLast.', blocks: [{ kind: 'paragraph', start: 0, end: 5 } as Block, { kind: 'paragraph', start: 19, end: 24 } as Block], folded: [] };
    const { doc, layout } = articleToDoc(article);
    expect(docToArticleText(doc).body).toBe('Lead.\n\nStray line\n\nLast.');
    expect(doc.textBetween(bodyToPos(layout, 7), bodyToPos(layout, 17, -1))).toBe('Stray line');
  });
});
