import { baseKeymap } from 'prosemirror-commands';
import { closeHistory, history, isHistoryTransaction, redo, redoDepth, undo, undoDepth } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { EditorState, Plugin, PluginKey, TextSelection, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, EditorView } from 'prosemirror-view';
import type { Article, Claim } from '../../core/model';
import { anchorsIn, anchorsKey, anchorsOf, anchorsPlugin, claimsAt, rangesOf, type AnchorAt, type ClaimLook } from './anchors-plugin';
import { articleToDoc } from './article-doc';
import { foldedNodeViews, foldedRunsPlugin, relabelFolded } from './folded-views';
import { foldBlock, keepFoldedPlugin, restoreLine } from './folding';
import { bodyToPos, layoutOf, posToBody, type Layout } from './positions';
import { textForSave, type SaveInput } from './save-text';

/** What the toolbar and the context menu need to know about the selection. */
export interface SelectionInfo {
  /** Body range of a non-empty selection. */
  range: { start: number; end: number } | null;
  /** Claims under the selection (see `selectionInfo`), in document order. */
  claims: string[];
  /** A caret strictly inside one claim's highlight: where Split would cut. */
  splitPoint: { claimId: string; anchorId: string; at: number } | null;
  /** The caret or selection is inside a block that can be folded away. */
  canFold: boolean;
}

export interface EditorEvents {
  /** A highlight was clicked. */
  selectClaim(claimId: string): void;
  /** The text or the anchors changed: time to save. */
  changed(): void;
  selection(info: SelectionInfo): void;
  /** A line was restored or folded (for the live region). */
  folding(what: 'restored' | 'folded'): void;
  /** An edit was refused (it would delete a folded line). */
  refused(): void;
  contextMenu(at: { x: number; y: number }): void;
  /** Keys of the review mode (n, e…) the editor does not handle itself. */
  key(e: KeyboardEvent): boolean;
}

const selectedKey = new PluginKey<{ claimId: string | null; set: DecorationSet }>('factbench-selected-claim');

/**
 * The article editor: a ProseMirror view over one article, with its claims
 * as decorations and its folded noise as atoms. It knows nothing of the API;
 * the Svelte side loads it, syncs claims into it, and saves what it reports.
 */
export class ArticleEditor {
  readonly view: EditorView;
  private editable = false;
  private frame = 0;
  private selectionFrame = 0;
  private readonly unwatch: () => void;

  constructor(mount: HTMLElement, article: Pick<Article, 'body' | 'blocks' | 'folded'>, claims: readonly Claim[], looks: Map<string, ClaimLook>, private readonly events: EditorEvents, label: string) {
    const { doc, layout } = articleToDoc(article);
    const state = EditorState.create({
      doc,
      plugins: [
        history(),
        keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }),
        keymap(baseKeymap),
        anchorsPlugin(),
        selectedPlugin(),
        foldedRunsPlugin(),
        keepFoldedPlugin(() => this.events.refused()),
        new Plugin({ view: () => ({ update: (view, prev) => this.afterUpdate(view, prev) }) }),
      ],
    });
    this.view = new EditorView(mount, {
      state,
      editable: () => this.editable,
      nodeViews: foldedNodeViews({ restore: (id) => this.restore(id) }),
      attributes: { 'aria-label': label, 'data-testid': 'Editor', role: 'textbox', 'aria-multiline': 'true', 'aria-readonly': 'true', class: 'editor-text', tabindex: '0', spellcheck: 'false' },
      handleClick: (view, pos, event) => {
        if (event.button !== 0) return false; // PM calls this for clicks only, not for drags
        // Put the caret where the click was now: the browser's selection event comes later, and a claim
        // selected meanwhile would redraw the old selection over it.
        const $pos = view.state.doc.resolve(pos);
        if ($pos.parent.isTextblock && !event.shiftKey) view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos)).setMeta('addToHistory', false));
        const ids = claimsAt(view.state, pos);
        if (ids.length === 0) return false;
        // A click inside the selected claim keeps it (the caret goes there: to split it, say);
        // elsewhere the innermost claim under the pointer is opened.
        const selected = selectedKey.getState(view.state)!.claimId;
        if (!selected || !ids.includes(selected)) this.events.selectClaim(ids[0]!);
        return false;
      },
      handleDOMEvents: {
        contextmenu: (_view, e) => {
          e.preventDefault();
          this.events.contextMenu({ x: e.clientX, y: e.clientY });
          return true;
        },
        keydown: (view, e) => {
          if (e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10')) {
            e.preventDefault();
            const at = view.coordsAtPos(view.state.selection.head);
            this.events.contextMenu({ x: at.left, y: at.bottom });
            return true;
          }
          if (!this.editable && !e.ctrlKey && !e.metaKey && !e.altKey) return this.events.key(e);
          if (this.editable && (e.key === 'Escape' || (e.altKey && e.code === 'KeyN'))) return this.events.key(e);
          if (!this.editable && (e.ctrlKey || e.metaKey) && !e.altKey) {
            // The text's own undo works in review mode too (a restored line, a fold).
            const key = e.key.toLowerCase();
            const cmd = key === 'z' && !e.shiftKey ? undo : key === 'y' || (key === 'z' && e.shiftKey) ? redo : null;
            if (cmd && cmd(view.state, view.dispatch)) {
              e.preventDefault();
              return true;
            }
          }
          return false;
        },
      },
    });
    // Until the first layout says what is on screen, draw the claims of the first few screens of text.
    this.view.dispatch(this.view.state.tr.setMeta(anchorsKey, { type: 'span', from: 0, to: FIRST_SPAN }).setMeta('addToHistory', false));
    this.view.dispatch(this.view.state.tr.setMeta(anchorsKey, { type: 'reset', anchors: anchorsFromClaims(claims, layout), looks }).setMeta('addToHistory', false));
    this.unwatch = this.watchViewport();
  }

  /** Keeps the drawn claims around what is on screen as the article scrolls. */
  private watchViewport(): () => void {
    const scroller = scrollParent(this.view.dom);
    const onScroll = () => {
      if (this.frame) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.followViewport();
      });
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    onScroll();
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      cancelAnimationFrame(this.frame);
    };
  }

  private followViewport(): void {
    if (this.view.isDestroyed) return;
    const rect = this.view.dom.getBoundingClientRect();
    const top = Math.max(rect.top + 2, 0);
    const bottom = Math.min(rect.bottom - 2, window.innerHeight);
    if (bottom <= top) return;
    const left = rect.left + Math.min(40, rect.width / 2);
    const size = this.view.state.doc.content.size;
    const from = this.view.posAtCoords({ left, top })?.pos ?? 0;
    const to = this.view.posAtCoords({ left, top: bottom })?.pos ?? size;
    const shown = Math.max(to - from, 2000);
    const span = anchorsKey.getState(this.view.state)!.span;
    // Redraw only when the screen nears the edge of what is drawn: two screens of margin, redrawn at one.
    if (span && (span.from === 0 || from - span.from >= shown) && (span.to >= size || span.to - to >= shown)) return;
    this.view.dispatch(this.view.state.tr.setMeta(anchorsKey, { type: 'span', from: Math.max(0, from - 2 * shown), to: Math.min(size, to + 2 * shown) }).setMeta('addToHistory', false));
  }

  setEditable(on: boolean): void {
    this.editable = on;
    this.view.setProps({ attributes: { ...(this.view.props.attributes as Record<string, string>), 'aria-readonly': String(!on) } });
    if (on) this.view.focus();
  }

  /** The interface language changed: the editor's own words (folded lines, its name) follow. */
  relabel(label: string): void {
    this.view.setProps({ attributes: { ...(this.view.props.attributes as Record<string, string>), 'aria-label': label } });
    relabelFolded(this.view, { restore: (id) => this.restore(id) });
  }

  get isEditable(): boolean {
    return this.editable;
  }

  /**
   * Brings the claims in: new anchors placed from their body offsets (the
   * document and the stored body agree, saves having been flushed first),
   * vanished ones removed, looks replaced. Anchors the editor already holds
   * keep their mapped positions unless listed in `replace` (merge, split, re-attach).
   */
  syncClaims(claims: readonly Claim[], looks: Map<string, ClaimLook>, replace: ReadonlySet<string> = new Set()): void {
    const current = anchorsOf(this.view.state);
    const layout = layoutOf(this.view.state.doc);
    const wanted = anchorsFromClaims(claims, layout);
    const set = wanted.filter((a) => {
      const had = current.get(a.id);
      return !had || replace.has(a.id) || had.claimId !== a.claimId;
    }).map((a) => {
      const had = current.get(a.id);
      return had && !replace.has(a.id) ? { ...had, claimId: a.claimId } : a;
    });
    const keep = new Set(wanted.map((a) => a.id));
    const remove = [...current.keys()].filter((id) => !keep.has(id));
    this.view.dispatch(this.view.state.tr.setMeta(anchorsKey, { type: 'update', set, remove, looks }).setMeta('addToHistory', false));
  }

  select(claimId: string | null, scroll = false): void {
    this.view.dispatch(this.view.state.tr.setMeta(selectedKey, claimId).setMeta('addToHistory', false));
    if (!scroll || !claimId) return;
    const first = rangesOf(this.view.state, claimId)[0];
    if (!first) return;
    const { node } = this.view.domAtPos(first.from);
    (node instanceof HTMLElement ? node : node.parentElement)?.scrollIntoView({ block: 'nearest' });
  }

  /** The article text and every anchor, in body offsets, as `editing.saveText` takes them. */
  textForSave(articleId: string): SaveInput {
    return textForSave(this.view.state, articleId);
  }

  restore(lineId: string): void {
    const tr = restoreLine(this.view.state, lineId);
    if (!tr) return;
    this.dispatchAlone(tr);
    this.events.folding('restored');
  }

  /** Folds the block at the caret. */
  fold(): boolean {
    const tr = foldBlock(this.view.state, this.view.state.selection.from);
    if (!tr) return false;
    this.dispatchAlone(tr);
    this.events.folding('folded');
    return true;
  }

  /** A restore or a fold is one undo step of its own, not merged with the typing around it. */
  private dispatchAlone(tr: Transaction): void {
    this.view.dispatch(closeHistory(tr));
    this.view.dispatch(closeHistory(this.view.state.tr).setMeta('addToHistory', false));
  }

  undo(): boolean {
    return undo(this.view.state, this.view.dispatch);
  }

  redo(): boolean {
    return redo(this.view.state, this.view.dispatch);
  }

  get canUndo(): boolean {
    return undoDepth(this.view.state) > 0;
  }

  get canRedo(): boolean {
    return redoDepth(this.view.state) > 0;
  }

  /** Selects a body range (tests, and "show me this claim"). */
  selectBody(start: number, end: number): void {
    const layout = layoutOf(this.view.state.doc);
    const tr = this.view.state.tr.setSelection(TextSelection.create(this.view.state.doc, bodyToPos(layout, start, 1), bodyToPos(layout, end, -1)));
    this.view.dispatch(tr.setMeta('addToHistory', false));
  }

  selectionInfo(): SelectionInfo {
    const { state } = this.view;
    const { from, to, empty } = state.selection;
    const layout = layoutOf(state.doc);
    const start = posToBody(layout, from);
    const end = posToBody(layout, to);
    const touched = anchorsIn(state, from, empty ? from : to).sort((a, b) => a.from - b.from);
    // The claims "under" a selection: those it overlaps without lying wholly inside them; when it lies
    // inside claims only (a claim inside a longer suggestion), the innermost one.
    const partial = empty ? [] : touched.filter((a) => a.from > from || a.to < to);
    const containing = touched.filter((a) => a.from <= from && a.to >= to).sort((a, b) => a.to - a.from - (b.to - b.from));
    const claims = [...new Set((partial.length ? partial : containing.slice(0, 1)).map((a) => a.claimId))];
    // Split cuts the selected claim when the caret is in it, else the shortest claim around the caret.
    const selected = selectedKey.getState(state)!.claimId;
    const inside = empty ? touched.filter((a) => a.from < from && a.to > from).sort((a, b) => Number(b.claimId === selected) - Number(a.claimId === selected) || a.to - a.from - (b.to - b.from)) : [];
    const $from = state.selection.$from;
    return {
      range: !empty && end > start && state.doc.textBetween(from, to, ' ').trim() ? { start, end } : null,
      claims,
      splitPoint: inside[0] ? { claimId: inside[0].claimId, anchorId: inside[0].anchorId, at: start } : null,
      canFold: $from.depth >= 1 && $from.node(1).isTextblock && state.doc.childCount > 1,
    };
  }

  destroy(): void {
    this.unwatch();
    cancelAnimationFrame(this.selectionFrame);
    this.view.destroy();
  }

  private afterUpdate(view: EditorView, prev: EditorState): void {
    if (view.state.doc !== prev.doc) this.events.changed();
    if (view.state.selection !== prev.selection || view.state.doc !== prev.doc || selectedKey.getState(view.state) !== selectedKey.getState(prev)) {
      // Once a frame at most: the toolbar does not need every key press.
      if (this.selectionFrame) return;
      this.selectionFrame = requestAnimationFrame(() => {
        this.selectionFrame = 0;
        if (!this.view.isDestroyed) this.events.selection(this.selectionInfo());
      });
    }
  }
}

/** Document positions drawn before the first layout: a few screens of text. */
const FIRST_SPAN = 24_000;

function scrollParent(el: HTMLElement): HTMLElement | Window {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if (overflowY === 'auto' || overflowY === 'scroll') return p;
  }
  return window;
}

/** Anchors of claims, placed in a document by its layout. */
function anchorsFromClaims(claims: readonly Claim[], layout: Layout): AnchorAt[] {
  const out: AnchorAt[] = [];
  for (const c of claims) {
    for (const a of c.anchors) {
      if (a.orphaned) out.push({ kind: 'orphan', id: a.id, claimId: c.id });
      else if (a.foldedLineId) out.push({ kind: 'line', id: a.id, claimId: c.id, lineId: a.foldedLineId, start: a.start, end: a.end });
      else out.push({ kind: 'body', id: a.id, claimId: c.id, from: bodyToPos(layout, a.start, 1), to: Math.max(bodyToPos(layout, a.start, 1), bodyToPos(layout, a.end, -1)) });
    }
  }
  return out;
}

/** The selected claim, outlined: its own small set, mapped with the text, redrawn when the selection or the anchors change. */
function selectedPlugin(): Plugin {
  return new Plugin<{ claimId: string | null; set: DecorationSet }>({
    key: selectedKey,
    state: {
      init: () => ({ claimId: null, set: DecorationSet.empty }),
      apply(tr, prev, _old, state) {
        const meta = tr.getMeta(selectedKey) as string | null | undefined;
        const anchorsChanged = tr.getMeta(anchorsKey) !== undefined || isHistoryTransaction(tr);
        if (meta === undefined && !anchorsChanged) return tr.docChanged ? { claimId: prev.claimId, set: prev.set.map(tr.mapping, tr.doc) } : prev;
        const claimId = meta === undefined ? prev.claimId : meta;
        if (!claimId) return { claimId: null, set: DecorationSet.empty };
        const decos = rangesOf(state, claimId).map((r) => Decoration.inline(r.from, r.to, { class: 'claim-selected' }));
        return { claimId, set: DecorationSet.create(tr.doc, decos) };
      },
    },
    props: { decorations: (state) => selectedKey.getState(state)!.set },
  });
}
