import type { Node as PMNode } from 'prosemirror-model';
import { isHistoryTransaction } from 'prosemirror-history';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView, type NodeView } from 'prosemirror-view';
import { FOLD_OP } from './fold-op';
import { schema } from './schema';
import { ed, foldKindLabel } from './strings';

/**
 * Folded noise, drawn collapsed where it was cut: one line per folded line
 * with a Restore button, and long runs of them (a gallery, a share bar)
 * gathered into one "12 folded lines — Show" line.
 */

export interface FoldedActions {
  restore(lineId: string): void;
}

const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/**
 * A folded line drawn in place: not editable, its buttons its own, its DOM
 * left alone by ProseMirror. Subclasses fill it.
 */
abstract class FoldedView implements NodeView {
  readonly dom: HTMLElement;
  protected readonly kind: string;
  protected readonly text: string;

  constructor(
    protected readonly node: PMNode,
    tag: 'div' | 'span',
    className: string,
  ) {
    this.kind = String(node.attrs.kind);
    this.text = String(node.attrs.text);
    this.dom = document.createElement(tag);
    this.dom.className = `${className} kind-${this.kind}`;
    this.dom.contentEditable = 'false';
    this.dom.dataset.lineId = String(node.attrs.id);
  }

  /** The button that puts the line back into the text, named for what it restores. */
  protected restoreButton(actions: FoldedActions, className: string, label: string): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = className;
    button.textContent = label;
    button.setAttribute('aria-label', ed('restoreLine', { kind: foldKindLabel(this.kind), text: clip(this.text, 80) }));
    button.addEventListener('click', (e) => {
      e.preventDefault();
      actions.restore(String(this.node.attrs.id));
    });
    return button;
  }

  abstract update(node: PMNode): boolean;

  stopEvent(e: Event): boolean {
    return e.target instanceof Element && e.target.closest('button') !== null;
  }

  ignoreMutation(): boolean {
    return true;
  }
}

/** A folded paragraph: its kind, its text on one line, and Restore. */
class FoldedLineView extends FoldedView {
  constructor(node: PMNode, actions: FoldedActions) {
    super(node, 'div', 'folded-line');
    const label = document.createElement('span');
    label.className = 'fold-kind';
    label.textContent = foldKindLabel(this.kind);
    const body = document.createElement('span');
    body.className = 'fold-text';
    body.textContent = this.text;
    body.title = this.text;
    this.dom.append(label, body, this.restoreButton(actions, 'fold-restore', ed('restore')));
  }

  update(node: PMNode): boolean {
    return node.type === this.node.type && node.attrs.id === this.node.attrs.id && node.attrs.text === this.node.attrs.text;
  }
}

/** Text cut from inside a block ("(ats/nxp)", a rights tag): one small button in the text. */
class FoldedInlineView extends FoldedView {
  constructor(node: PMNode, actions: FoldedActions) {
    super(node, 'span', 'folded-inline');
    const button = this.restoreButton(actions, 'fold-restore-inline', '⋯');
    button.title = `${foldKindLabel(this.kind)}: ${this.text}`;
    this.dom.append(button);
  }

  update(node: PMNode): boolean {
    return node.type === this.node.type && node.attrs.id === this.node.attrs.id;
  }
}

export function foldedNodeViews(actions: FoldedActions) {
  return {
    folded: (node: PMNode) => new FoldedLineView(node, actions),
    folded_inline: (node: PMNode) => new FoldedInlineView(node, actions),
  };
}

/** Runs of this many folded lines or more are gathered into one line until shown. */
const RUN = 3;

interface RunsState {
  /** Runs the user opened, by the id of their first line. */
  open: ReadonlySet<string>;
  decorations: DecorationSet;
}

const runsKey = new PluginKey<RunsState>('factbench-folded-runs');
/** Meta of a transaction that redraws the runs in the interface's current language. */
const RELABEL = 'factbench-folded-relabel';

/** Redraws the folded lines and runs after the interface language changed. */
export function relabelFolded(view: EditorView, actions: FoldedActions): void {
  // New node view constructors make ProseMirror redraw every folded line; the meta redraws the runs.
  view.setProps({ nodeViews: foldedNodeViews(actions) });
  view.dispatch(view.state.tr.setMeta(RELABEL, true).setMeta('addToHistory', false));
}

export function foldedRunsPlugin(): Plugin<RunsState> {
  return new Plugin<RunsState>({
    key: runsKey,
    state: {
      init: (_, state) => ({ open: new Set(), decorations: drawRuns(state.doc, new Set()) }),
      apply(tr: Transaction, prev: RunsState, old: EditorState): RunsState {
        const toggle = tr.getMeta(runsKey) as string | undefined;
        if (tr.getMeta(RELABEL)) return { open: prev.open, decorations: drawRuns(tr.doc, prev.open) };
        if (!toggle && !tr.docChanged) return prev;
        // Typing inside a paragraph leaves the runs as they are: move them with the text.
        if (!toggle && tr.doc.childCount === old.doc.childCount && !tr.getMeta(FOLD_OP) && !isHistoryTransaction(tr)) return { open: prev.open, decorations: prev.decorations.map(tr.mapping, tr.doc) };
        const open = new Set(prev.open);
        if (toggle) {
          if (open.has(toggle)) open.delete(toggle);
          else open.add(toggle);
        }
        return { open, decorations: drawRuns(tr.doc, open) };
      },
    },
    props: { decorations: (state: EditorState) => runsKey.getState(state)!.decorations },
  });
}

function drawRuns(doc: PMNode, open: ReadonlySet<string>): DecorationSet {
  const decos: Decoration[] = [];
  let run: { pos: number; node: PMNode }[] = [];
  const flush = () => {
    const members = run;
    if (members.length >= RUN) {
      const first = String(members[0]!.node.attrs.id);
      const isOpen = open.has(first);
      const count = members.length;
      const kinds = [...new Set(members.map((r) => foldKindLabel(String(r.node.attrs.kind))))].join(', ');
      decos.push(Decoration.widget(members[0]!.pos, (view) => runToggle(view, first, count, kinds, isOpen), { side: -1, key: `run-${first}-${count}-${isOpen}-${kinds}-${ed('foldedRun', { count })}`, ignoreSelection: true, stopEvent: () => true }));
      if (!isOpen) for (const r of members) decos.push(Decoration.node(r.pos, r.pos + r.node.nodeSize, { class: 'fold-collapsed' }));
    }
    run = [];
  };
  doc.forEach((node, pos) => {
    // Crossheads stay visible: a reader wants them.
    if (node.type === schema.nodes.folded && node.attrs.kind !== 'subheading') run.push({ pos, node });
    else flush();
  });
  flush();
  return DecorationSet.create(doc, decos);
}

function runToggle(view: EditorView, first: string, count: number, kinds: string, isOpen: boolean): HTMLElement {
  const box = document.createElement('div');
  box.className = `folded-run${isOpen ? ' open' : ''}`;
  box.contentEditable = 'false';
  const label = document.createElement('span');
  label.className = 'fold-run-label';
  label.textContent = `⋯ ${ed('foldedRun', { count })}`;
  const kindsEl = document.createElement('span');
  kindsEl.className = 'fold-run-kinds';
  kindsEl.textContent = kinds;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'fold-run-toggle';
  button.textContent = isOpen ? ed('hideFolded') : ed('showFolded');
  button.setAttribute('aria-expanded', String(isOpen));
  button.setAttribute('aria-label', isOpen ? ed('hideFoldedLabel', { count }) : ed('showFoldedLabel', { count, kinds }));
  button.addEventListener('click', (e) => {
    e.preventDefault();
    view.dispatch(view.state.tr.setMeta(runsKey, first));
  });
  box.append(label, kindsEl, button);
  return box;
}
