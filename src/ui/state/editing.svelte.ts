/* eslint-disable svelte/prefer-svelte-reactivity -- the Maps and Sets here are scratch values of one computation, never state */
import { describeRange } from '../../core/anchoring/selector';
import type { Anchor, Article, Claim } from '../../core/model';
import { findVerdict } from '../../core/verdicts';
import type { TextSaved, TextUpdateReport } from '../../contract/methods';
import type { ClaimLook } from '../editor/anchors-plugin';
import { ArticleEditor, type SelectionInfo } from '../editor/article-editor';
import { SaveQueue } from '../editor/save-queue';
import type { SaveInput } from '../editor/save-text';
import { ed } from '../editor/strings';
import { t } from '../i18n/i18n.svelte';
import type { AppState } from './app-state.svelte';
import { onDesk } from './claim-view';
import { TONE_GLYPH } from './verdict-look';

const NO_SELECTION: SelectionInfo = { range: null, claims: [], splitPoint: null, canFold: false };
/** Typing pauses this long before the text is saved. */
const SAVE_DELAY_MS = 500;

/**
 * The editing side of the desk: the open editor, its save queue, and the
 * claim surgery (new, merge, split, re-attach) and text updates that go
 * through the API. The app state stays the one truth for claims; the editor
 * is the truth for where their anchors are while the article is open.
 */
export class EditingSession {
  editing = $state(false);
  selection = $state<SelectionInfo>(NO_SELECTION);
  canUndo = $state(false);
  canRedo = $state(false);
  /** The last "Update article text" of this session, shown until closed. */
  report = $state<TextUpdateReport | null>(null);
  menu = $state<{ x: number; y: number } | null>(null);
  updateOpen = $state(false);

  editor: ArticleEditor | null = null;
  /** The article object this session wrote into the app after a save: not a reason to reload the editor. */
  private written: Article | null = null;
  private readonly queue: SaveQueue;
  /** The last text of an editor being closed, saved after it is gone. */
  private parting: { payload: SaveInput; base: Article } | null = null;

  constructor(readonly app: AppState) {
    this.queue = new SaveQueue(SAVE_DELAY_MS, (work) => app.saving(work), () => this.saveNow());
    app.leaveGuard.register({
      flush: () => this.queue.flush(),
      // A save carries the whole text: past what the transport can deliver after the page is gone, the browser asks first.
      atRisk: () => this.queue.pending && app.api.unloadLimit !== undefined && (this.written?.body.length ?? 0) * 2 > app.api.unloadLimit,
    });
  }

  /** Claims drawn in the text, and how. */
  looks(): Map<string, ClaimLook> {
    const threshold = this.app.prefs.state.threshold;
    const looks = new Map<string, ClaimLook>();
    for (const c of this.app.claims) {
      if (!onDesk(c, threshold)) continue;
      const tone = (this.app.scale && findVerdict(this.app.scale, c.verdict)?.tone) ?? 'none';
      looks.set(c.id, { tone, review: c.review === 'suggested' ? 'suggested' : 'accepted', glyph: tone === 'none' ? '' : TONE_GLYPH[tone] });
    }
    return looks;
  }

  /** True when the editor shows `article` already (the app holds what this session saved). */
  shows(article: Article | null): boolean {
    return article !== null && article === this.written;
  }

  attach(mount: HTMLElement, article: Article): void {
    this.detach();
    this.written = article;
    this.editor = new ArticleEditor(
      mount,
      article,
      this.app.claims,
      this.looks(),
      {
        selectClaim: (id) => void this.app.selectClaim(id),
        changed: () => this.changed(),
        selection: (info) => (this.selection = info),
        folding: (what) => this.app.announce(ed(what === 'restored' ? 'restored' : 'folded')),
        refused: () => this.app.announce(ed('cantDeleteFolded')),
        contextMenu: (at) => (this.menu = at),
        key: (e) => this.key(e),
      },
      t('editor.label'),
    );
    this.editor.setEditable(this.editing);
    this.editor.select(this.app.selectedClaimId);
    this.app.newClaimFromSelection = () => void this.newClaim();
    // A change made elsewhere does not rebuild the editor under an edit or the caret.
    this.app.editorBusy = () => this.queue.pending || this.parting !== null || (this.editor?.view.hasFocus() ?? false);
  }

  detach(): void {
    if (this.queue.pending && this.editor && this.written) {
      this.parting = { payload: this.editor.textForSave(this.written.id), base: this.written };
      void this.queue.flush();
    }
    this.editor?.destroy();
    this.editor = null;
    this.selection = NO_SELECTION;
    this.menu = null;
    if (this.app.newClaimFromSelection) this.app.newClaimFromSelection = null;
    this.app.editorBusy = null;
  }

  setEditing(on: boolean): void {
    this.editing = on;
    this.editor?.setEditable(on);
  }

  /** Review-mode keys the editor passes on: n (new claim), e (edit text); Escape leaves edit mode. */
  private key(e: KeyboardEvent): boolean {
    if (e.key === 'Escape' && this.editing) {
      this.setEditing(false);
      return true;
    }
    if (this.editing && !(e.altKey && e.code === 'KeyN')) return false;
    if (e.key === 'n' || (e.altKey && e.code === 'KeyN')) {
      e.preventDefault();
      void this.newClaim();
      return true;
    }
    if (e.key === 'e') {
      e.preventDefault();
      this.setEditing(true);
      return true;
    }
    return false;
  }

  private changed(): void {
    if (this.editor) {
      this.canUndo = this.editor.canUndo;
      this.canRedo = this.editor.canRedo;
    }
    this.queue.touch();
  }

  /** Saves what is pending now, and waits for every save in flight: call before anything that uses body offsets. */
  flush(): Promise<void> {
    return this.queue.flush();
  }

  private async saveNow(): Promise<void> {
    const parting = this.parting;
    this.parting = null;
    const base = parting?.base ?? this.written;
    if (!base || (!parting && !this.editor)) return;
    const payload = parting?.payload ?? this.editor!.textForSave(base.id);
    const saved = await this.app.api.call('editing.saveText', payload);
    if (this.app.article?.id === base.id && this.written === base) this.applySaved(payload, saved);
  }

  /** The app's article and claims follow the save, without reloading the editor. */
  private applySaved(text: SaveInput, saved: TextSaved): void {
    this.app.article = { ...this.app.article!, body: text.body, blocks: text.blocks, folded: text.folded };
    // Read back: the app holds a reactive proxy of it, and that is what the view will compare.
    this.written = this.app.article;
    const placed = new Map(text.anchors.map((a) => [a.id, a]));
    const lineText = new Map(text.folded.map((l) => [l.id, l.text]));
    const fromServer = new Map(saved.claims.map((c) => [c.id, c]));
    this.app.claims = this.app.claims.map((c) => {
      const server = fromServer.get(c.id);
      if (server) return server;
      let changed = false;
      const anchors = c.anchors.map((a): Anchor => {
        const p = placed.get(a.id);
        if (!p || p.orphaned) return p && !a.orphaned ? ((changed = true), { ...a, orphaned: true }) : a;
        const sel = describeRange(p.foldedLineId ? (lineText.get(p.foldedLineId) ?? '') : text.body, p.start, p.end);
        if (sel.start === a.start && sel.end === a.end && sel.exact === a.exact && p.foldedLineId === a.foldedLineId && sel.prefix === a.prefix) return a;
        changed = true;
        return { ...a, ...sel, orphaned: false, foldedLineId: p.foldedLineId };
      });
      return changed ? { ...c, anchors } : c;
    });
  }

  async newClaim(): Promise<void> {
    const range = this.editor?.selectionInfo().range;
    if (!range) return this.app.announce(ed('needSelection'));
    await this.flush();
    await this.app.createClaim(range.start, range.end);
  }

  /** Merges the claims the selection touches (the selected claim, if among them, absorbs the others). */
  async merge(extra: string | null = null): Promise<void> {
    const ids = [...this.selection.claims];
    if (extra && !ids.includes(extra)) ids.push(extra);
    const selected = this.app.selectedClaimId;
    if (ids.length === 1 && selected && selected !== ids[0]) ids.unshift(selected);
    if (ids.length < 2) return this.app.announce(ed('needTwoClaims'));
    const into = selected && ids.includes(selected) ? selected : ids[0]!;
    await this.flush();
    let result: { claim: Claim; removed: string[] } | null = null;
    await this.app.saving(async () => {
      result = await this.app.api.call('editing.merge', { into, from: ids.filter((id) => id !== into) });
    });
    if (!result) return;
    const { claim, removed } = result as { claim: Claim; removed: string[] };
    this.replaceClaims([claim], removed);
    await this.app.selectClaim(claim.id);
    this.app.announce(ed('merged'));
  }

  async split(): Promise<void> {
    const point = this.selection.splitPoint;
    if (!point) return this.app.announce(ed('splitHint'));
    await this.flush();
    let result: { first: Claim; second: Claim } | null = null;
    await this.app.saving(async () => {
      result = await this.app.api.call('editing.split', { claimId: point.claimId, anchorId: point.anchorId, at: point.at });
    });
    if (!result) return;
    const { first, second } = result as { first: Claim; second: Claim };
    this.replaceClaims([first, second], []);
    await this.app.selectClaim(second.id);
    this.app.announce(ed('splitDone'));
  }

  async reattach(anchorId: string): Promise<void> {
    const range = this.editor?.selectionInfo().range;
    if (!range) return this.app.announce(ed('needSelection'));
    await this.flush();
    let claim: Claim | null = null;
    await this.app.saving(async () => {
      claim = await this.app.api.call('editing.reattach', { anchorId, start: range.start, end: range.end });
    });
    if (!claim) return;
    this.replaceClaims([claim], []);
    await this.app.selectClaim((claim as Claim).id);
    this.app.announce(ed('reattached'));
  }

  async updateText(text: string): Promise<boolean> {
    const article = this.app.article;
    if (!article) return false;
    await this.flush();
    let report: TextUpdateReport | null = null;
    const ok = await this.app.saving(async () => {
      report = await this.app.api.call('editing.updateText', { articleId: article.id, text });
    });
    if (!ok || !report) return false;
    await this.app.openArticle(article.id, this.app.selectedClaimId);
    this.report = report;
    const c = (report as TextUpdateReport).counts;
    this.app.announce(ed('updated', { counts: ed('reportCounts', { ...c }) }));
    return true;
  }

  fold(): void {
    if (!this.editor?.fold()) this.app.announce(ed('foldHint'));
  }

  undo(): void {
    this.editor?.undo();
  }

  redo(): void {
    this.editor?.redo();
  }

  /** Claims changed by the server (merge, split, re-attach): their anchors replace the editor's. */
  private replaceClaims(changed: Claim[], removed: string[]): void {
    const byId = new Map(changed.map((c) => [c.id, c]));
    const gone = new Set(removed);
    const known = new Set(this.app.claims.map((c) => c.id));
    const next = this.app.claims.filter((c) => !gone.has(c.id)).map((c) => byId.get(c.id) ?? c);
    for (const c of changed) if (!known.has(c.id)) next.push(c);
    this.app.claims = next;
    this.editor?.syncClaims(next, this.looks(), new Set(changed.flatMap((c) => c.anchors.map((a) => a.id))));
  }
}
