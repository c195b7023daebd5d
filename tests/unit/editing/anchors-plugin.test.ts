import { history, redo, undo } from 'prosemirror-history';
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import type { Article, Block, Claim, FoldKind } from '../../../src/core/model';
import { anchorsKey, anchorsPlugin, claimsAt, type AnchorAt } from '../../../src/ui/editor/anchors-plugin';
import { articleToDoc } from '../../../src/ui/editor/article-doc';
import { foldBlock, keepFoldedPlugin, restoreLine } from '../../../src/ui/editor/folding';
import { bodyToPos, layoutOf } from '../../../src/ui/editor/positions';
import { textForSave } from '../../../src/ui/editor/save-text';

/** Two paragraphs and a folded caption between them; claims on words of the body and of the caption. */
const body = 'Kim arrived by armoured train on Tuesday.\n\nPutin greeted him at the cosmodrome.';
const article: Pick<Article, 'body' | 'blocks' | 'folded'> = {
  body,
  blocks: [{ kind: 'paragraph', start: 0, end: 41 } as Block, { kind: 'paragraph', start: 43, end: body.length } as Block],
  folded: [{ id: 'cap', kind: 'caption' as FoldKind, text: 'Kim Jong Un in his armoured train', position: 43, order: 0 }],
};
const at = (words: string) => ({ start: body.indexOf(words), end: body.indexOf(words) + words.length });
const anchor = (id: string, claimId: string, r: { start: number; end: number }, foldedLineId: string | null = null) =>
  ({ id, start: r.start, end: r.end, exact: '', prefix: '', suffix: '', orphaned: false, foldedLineId }) as Claim['anchors'][number];

function desk() {
  const { doc, layout } = articleToDoc(article);
  const claims = [
    { id: 'train', anchors: [anchor('a-train', 'train', at('armoured train')), anchor('a-cap', 'train', { start: 19, end: 33 }, 'cap')] },
    { id: 'putin', anchors: [anchor('a-putin', 'putin', at('Putin greeted him'))] },
  ] as Claim[];
  const anchors: AnchorAt[] = claims.flatMap((c) =>
    c.anchors.map((a) => (a.foldedLineId ? { kind: 'line' as const, id: a.id, claimId: c.id, lineId: a.foldedLineId, start: a.start, end: a.end } : { kind: 'body' as const, id: a.id, claimId: c.id, from: bodyToPos(layout, a.start, 1), to: bodyToPos(layout, a.end, -1) })),
  );
  let state = EditorState.create({ doc, plugins: [history(), anchorsPlugin(), keepFoldedPlugin(() => (refused += 1))] });
  let refused = 0;
  const looks = new Map([['train', { tone: 'none', review: 'accepted' as const, glyph: '' }], ['putin', { tone: 'false', review: 'accepted' as const, glyph: '✗' }]]);
  state = state.apply(state.tr.setMeta(anchorsKey, { type: 'reset', anchors, looks }));
  const api = {
    get state() {
      return state;
    },
    get refused() {
      return refused;
    },
    run(tr: Transaction | null) {
      if (tr) state = state.apply(tr);
    },
    cmd(command: (s: EditorState, d: (tr: Transaction) => void) => boolean) {
      return command(state, (tr) => (state = state.apply(tr)));
    },
    /** The words each anchor covers, from what the editor would save. */
    words() {
      const saved = textForSave(state, 'article');
      return Object.fromEntries(
        saved.anchors.map((a) => [a.id, a.orphaned ? null : a.foldedLineId ? saved.folded.find((l) => l.id === a.foldedLineId)!.text.slice(a.start, a.end) : saved.body.slice(a.start, a.end)]),
      );
    },
    posOf(words: string) {
      const text = textForSave(state, 'article').body;
      return bodyToPos(layoutOf(state.doc), text.indexOf(words), 1);
    },
  };
  return api;
}

describe('anchors carried through edits', () => {
  it('places every anchor on its words, in the body and in the folded caption', () => {
    const d = desk();
    expect(d.words()).toEqual({ 'a-train': 'armoured train', 'a-cap': 'armoured train', 'a-putin': 'Putin greeted him' });
    expect(claimsAt(d.state, d.posOf('greeted'))).toEqual(['putin']);
  });

  it('follows a typo fixed before and inside a claim, and keeps text typed at its edges outside', () => {
    const d = desk();
    d.run(d.state.tr.insertText('the ', d.posOf('armoured')));
    d.run(d.state.tr.insertText('ly', d.posOf('greeted') + 'greeted'.length));
    d.run(d.state.tr.insertText(', smiling,', d.posOf(' him at')));
    expect(d.words()).toMatchObject({ 'a-train': 'armoured train', 'a-putin': 'Putin greetedly, smiling, him' });
  });

  it('orphans a claim whose words are deleted, and brings it back whole on undo', () => {
    const d = desk();
    const from = d.posOf('Putin greeted him');
    d.run(d.state.tr.delete(from, from + 'Putin greeted him '.length));
    expect(d.words()['a-putin']).toBeNull();
    expect(d.cmd(undo)).toBe(true);
    expect(d.words()['a-putin']).toBe('Putin greeted him');
    expect(d.cmd(redo)).toBe(true);
    expect(d.words()['a-putin']).toBeNull();
  });

  it('restores the folded caption into the body with its anchor, and undo folds it back', () => {
    const d = desk();
    d.run(restoreLine(d.state, 'cap'));
    const saved = textForSave(d.state, 'article');
    expect(saved.folded).toEqual([]);
    expect(saved.body).toContain('Kim Jong Un in his armoured train\n\nPutin');
    expect(saved.blocks[1]).toMatchObject({ kind: 'caption', restoredFrom: 'caption' });
    expect(saved.anchors.find((a) => a.id === 'a-cap')).toMatchObject({ foldedLineId: null, orphaned: false });
    expect(d.words()['a-cap']).toBe('armoured train');
    d.cmd(undo);
    expect(textForSave(d.state, 'article').folded.map((l) => l.id)).toEqual(['cap']);
    expect(d.words()['a-cap']).toBe('armoured train');
    expect(textForSave(d.state, 'article').anchors.find((a) => a.id === 'a-cap')!.foldedLineId).toBe('cap');
    d.cmd(redo);
    expect(textForSave(d.state, 'article').anchors.find((a) => a.id === 'a-cap')!.foldedLineId).toBeNull();
  });

  it('folds a paragraph away with the anchors in it, which stay on their words', () => {
    const d = desk();
    // The caret goes into the second paragraph.
    d.run(d.state.tr.setSelection(TextSelection.create(d.state.doc, d.posOf('greeted'))));
    d.run(foldBlock(d.state, d.state.selection.from));
    const saved = textForSave(d.state, 'article');
    expect(saved.body).toBe('Kim arrived by armoured train on Tuesday.');
    const line = saved.folded.find((l) => l.text === 'Putin greeted him at the cosmodrome.')!;
    expect(line.kind).toBe('boilerplate');
    expect(saved.anchors.find((a) => a.id === 'a-putin')).toMatchObject({ foldedLineId: line.id, start: 0, end: 17 });
  });

  it('never deletes a folded line by a text edit', () => {
    const d = desk();
    const before = d.state;
    // Select from inside the first paragraph to inside the second: the caption between them would go.
    d.run(d.state.tr.delete(d.posOf('Tuesday'), d.posOf('greeted')));
    expect(d.state).toBe(before);
    expect(d.refused).toBe(1);
  });
});
