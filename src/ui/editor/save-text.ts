import type { EditorState } from 'prosemirror-state';
import type { MethodInput } from '../../contract/methods';
import { anchorsOf } from './anchors-plugin';
import { docToArticleText, type ArticleText } from './article-doc';
import { layoutOf, posToBody } from './positions';

export type SaveInput = MethodInput<'editing.saveText'> & ArticleText;

/**
 * What the editor saves: the text laid out as blocks joined by "\n\n", the
 * folded lines where they stand, and every anchor in body offsets (or in its
 * folded line's text). An anchor whose words were all deleted is sent as an
 * orphan: the server keeps its last quote for the user to re-attach.
 */
export function textForSave(state: EditorState, articleId: string): SaveInput {
  const text = docToArticleText(state.doc);
  const layout = layoutOf(state.doc);
  const lines = new Set(text.folded.map((l) => l.id));
  const anchors = [...anchorsOf(state).values()].map((a) => {
    if (a.kind === 'body') {
      const start = posToBody(layout, a.from);
      const end = posToBody(layout, a.to);
      return end > start ? { id: a.id, start, end, foldedLineId: null, orphaned: false } : { id: a.id, start, end: start, foldedLineId: null, orphaned: true };
    }
    if (a.kind === 'line' && lines.has(a.lineId)) return { id: a.id, start: a.start, end: a.end, foldedLineId: a.lineId, orphaned: false };
    return { id: a.id, start: 0, end: 0, foldedLineId: null, orphaned: true };
  });
  return { articleId, ...text, anchors };
}
