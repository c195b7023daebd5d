/**
 * The editor bench's page side, bundled by editor.bench.ts (Vite + Svelte
 * plugin, so the editor is the code the app ships). Exposes `window.bench`:
 * the floor (the same text as plain HTML, and a plain contenteditable) and the
 * work (the editor with its claims), each timed inside the page up to a forced
 * layout, so what is measured is the browser's work, not the round trip.
 */
import type { Article, Claim } from '../../../src/core/model';
import type { ClaimLook } from '../../../src/ui/editor/anchors-plugin';
import { ArticleEditor } from '../../../src/ui/editor/article-editor';
import '../../../src/ui/styles/app.css';
import '../../../src/ui/editor/editor.css';

export interface BenchArticle {
  article: Pick<Article, 'body' | 'blocks' | 'folded'>;
  claims: Claim[];
  looks: [string, ClaimLook][];
  html: string;
}

const noop = () => {};
let editor: ArticleEditor | null = null;
let typed: number[] = [];
let keyAt = 0;

function frame(): HTMLElement {
  document.body.innerHTML = '<main class="main"><section class="editor-pane"><article class="editor"><div id="mount"></div></article></section></main>';
  return document.getElementById('mount')!;
}

const settle = (el: HTMLElement) => el.getBoundingClientRect().height + document.body.offsetHeight;

const bench = {
  /** The floor: the body as plain HTML paragraphs, parsed and laid out. */
  plain(html: string): number {
    editor?.destroy();
    editor = null;
    const mount = frame();
    const t0 = performance.now();
    mount.innerHTML = html;
    settle(mount);
    return performance.now() - t0;
  },
  /** The work: the editor built over the same text with every claim drawn. */
  open(data: BenchArticle, editable = false): number {
    editor?.destroy();
    const mount = frame();
    const t0 = performance.now();
    editor = new ArticleEditor(mount, data.article, data.claims, new Map(data.looks), { selectClaim: noop, changed: () => bench.typedOne(), selection: noop, folding: noop, refused: noop, contextMenu: noop, key: () => false }, 'Editor');
    settle(mount);
    const ms = performance.now() - t0;
    editor.setEditable(editable);
    return ms;
  },
  /** A plain contenteditable over the same HTML, for comparison of typing. */
  plainEditable(html: string): void {
    editor?.destroy();
    editor = null;
    const mount = frame();
    // The editor's own CSS (class editor-text: off-screen blocks skipped), so only the editor's code differs.
    mount.innerHTML = `<div contenteditable="true" id="plain" class="editor-text">${html}</div>`;
    const plain = document.getElementById('plain')!;
    plain.addEventListener('input', () => bench.typedOne());
    plain.focus();
  },
  /** Puts the caret in the middle of the text. */
  caretInMiddle(): void {
    const root = (document.querySelector('.ProseMirror') ?? document.getElementById('plain')) as HTMLElement;
    const blocks = root.querySelectorAll('p');
    const p = blocks[Math.floor(blocks.length / 2)]!;
    p.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    const text = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE) ?? p.firstChild!;
    range.setStart(text, Math.min(3, text.textContent?.length ?? 0));
    range.collapse(true);
    root.focus();
    const sel = getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
  },
  /** From a key press to the text updated and laid out. */
  startTyping(): void {
    typed = [];
    document.addEventListener('keydown', () => (keyAt = performance.now()), { capture: true });
  },
  typedOne(): void {
    if (!keyAt) return;
    settle(document.body);
    typed.push(performance.now() - keyAt);
    keyAt = 0;
  },
  latencies(): number[] {
    return typed;
  },
  /** A key press without the browser's input events: a transaction typed straight into the view (its DOM update and selection included). */
  dispatchTimes(n: number): number[] {
    const view = editor!.view;
    const times: number[] = [];
    keyAt = 0;
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      view.dispatch(view.state.tr.insertText('y'));
      times.push(performance.now() - t0);
    }
    return times;
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
