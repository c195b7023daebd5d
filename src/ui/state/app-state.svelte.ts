import type { Article, ArticleSummary, Claim, ClaimSource } from '../../core/model';
import { withCoupledChanges } from '../../core/claim-coupling';
import { findVerdict, type VerdictScale } from '../../core/verdicts';
import { ApiCallError, type Client } from '../../contract/client';
import { errorMessage, type ApiEvent, type RpcErrorBody } from '../../contract/envelope';
import type { MethodInput, Settings, TextUpdateReport } from '../../contract/methods';
import type { DuplicateArticle } from '../../contract/methods/articles';
import { reanchorCounts } from '../editor/strings';
import { i18n, t } from '../i18n/i18n.svelte';
import { NO_FILTERS, filterClaims, onDesk, sortClaims, speakersOf, type ClaimFilters } from './claim-view';
import { DeskPrefs } from './desk-prefs.svelte';
import { LeaveGuard } from './leave-guard';
import { LiveRefresh } from './live-refresh';
import { UndoStack, type UndoEntry } from './undo';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';
export type ClaimPatch = MethodInput<'claims.update'>['patch'];
export type DialogName = 'import' | 'export' | 'settings' | 'shortcuts';
/** An article as the import dialog (or a dropped file) gives it. */
export type ImportInput = Omit<MethodInput<'articles.import'>, 'duplicates'>;

/** Fields the server may change along with a patch (a verdict checks the claim, accepts a suggestion and ends a re-check): undo puts them back too. */
const COUPLED: (keyof ClaimPatch)[] = ['status', 'review', 'recheck'];

/**
 * The renderer's state. Reaches data only through the API client; every
 * change is saved at once (no save button), announced, and can be undone.
 */
export class AppState {
  articles = $state<ArticleSummary[]>([]);
  article = $state<Article | null>(null);
  /**
   * Raw, not deeply reactive: 10,000 claims must not become 10,000 proxies.
   * Replace the array (or one claim with `replaceClaim`), never mutate it in place.
   */
  claims = $state.raw<Claim[]>([]);
  selectedClaimId = $state<string | null>(null);
  sources = $state<ClaimSource[]>([]);
  scale = $state<VerdictScale | null>(null);
  settings = $state<Settings | null>(null);
  saveState = $state<SaveState>('idle');
  lastSavedAt = $state<string | null>(null);
  /** Read by the polite live region: saves and outcomes are announced. */
  announcement = $state('');
  /** Read by the assertive live region: errors. */
  alert = $state('');
  progress = $state<{ label: string; fraction: number } | null>(null);
  /** `reconnecting` while the workspace cannot be reached (the event stream is down, or calls answer `unavailable`). */
  connection = $state<'ok' | 'reconnecting'>('ok');
  error = $state<string | null>(null);
  /** The open dialog, if any (also opened from the Electron menu and by shortcuts). */
  dialog = $state<DialogName | null>(null);
  filters = $state<ClaimFilters>({ ...NO_FILTERS });
  /** Bumped to ask the claim panel to take the focus (Enter on a claim). */
  focusPanel = $state(0);
  /** Bumped to ask the search box to take the focus (/). */
  focusSearch = $state(0);
  /** The last "Update article text" (or new version imported), shown under the text until closed. */
  textUpdate = $state<TextUpdateReport | null>(null);
  /** An import that repeats a story already in the workspace, waiting for the user's choice. */
  pendingDuplicate = $state<{ input: ImportInput; duplicate: DuplicateArticle } | null>(null);
  /** The article just deleted, while its deletion can be undone from the status bar. */
  lastDeleted = $state<{ id: string; title: string } | null>(null);
  /** Below 1,060 px the articles and claims fold into a drawer; true while it is open. */
  panesOpen = $state(false);

  readonly prefs = new DeskPrefs();
  /** Every debounced writer sends what waits when the page is hidden or left. */
  readonly leaveGuard = new LeaveGuard();
  readonly undoStack = new UndoStack();
  /** Shows changes made elsewhere (another tab, the command line) as they are announced. */
  readonly live = new LiveRefresh(this);

  selectedClaim = $derived(this.claims.find((c) => c.id === this.selectedClaimId) ?? null);
  /** The claims shown in the article: not dismissed, and suggestions only above the threshold. */
  visibleClaims = $derived(this.claims.filter((c) => onDesk(c, this.prefs.state.threshold)));
  /** The Claims list: filtered and sorted. j/k walk it. */
  listedClaims = $derived(sortClaims(filterClaims(this.claims, this.filters, this.prefs.state.threshold), this.prefs.state.sort, this.scale));
  speakers = $derived(speakersOf(this.claims));

  private pendingSaves = 0;
  private announcedDuringSave = false;
  /** Lets the article view offer "new claim from the selection" to the keyboard (n). */
  newClaimFromSelection: (() => void) | null = null;
  /** Set by the open editor: true while its text must not be replaced (an edit waiting, or the focus in it). */
  editorBusy: (() => boolean) | null = null;

  constructor(readonly api: Client) {
    this.prefs.api = api;
    this.leaveGuard.register(this.prefs);
  }

  async start(): Promise<void> {
    this.api.onEvent((e) => this.onEvent(e));
    const [settings, scale, ui] = await Promise.all([this.api.call('settings.get', {}), this.api.call('verdicts.scale', {}), this.prefs.load()]);
    this.settings = settings;
    this.scale = scale;
    i18n.use(settings.uiLanguage);
    await this.refreshArticles();
    const target = this.articles.find((a) => a.id === ui.lastArticleId) ?? this.articles[0];
    if (target) await this.openArticle(target.id, ui.lastClaimId);
  }

  async refreshArticles(): Promise<void> {
    this.articles = await this.api.call('articles.list', {});
  }

  async reloadClaims(): Promise<void> {
    if (!this.article) return;
    this.claims = await this.api.call('claims.list', { articleId: this.article.id });
  }

  async openArticle(id: string, claimId: string | null = null): Promise<void> {
    const [article, claims] = await Promise.all([this.api.call('articles.get', { id }), this.api.call('claims.list', { articleId: id })]);
    if (this.article?.id !== id) this.undoStack.clear();
    this.article = article;
    this.claims = claims;
    this.prefs.save({ lastArticleId: id });
    await this.selectClaim(claimId && claims.some((c) => c.id === claimId) ? claimId : null);
  }

  async selectClaim(id: string | null): Promise<void> {
    this.selectedClaimId = id;
    this.sources = [];
    this.prefs.save({ lastClaimId: id });
    if (!id) return;
    const detail = await this.api.try('claims.get', { id });
    if (detail.ok && this.selectedClaimId === id) this.sources = detail.value.sources;
  }

  /** Moves the selection along the Claims list (j/k, arrows); returns the claim selected. */
  step(delta: number): Claim | null {
    const list = this.listedClaims;
    if (list.length === 0) return null;
    const i = list.findIndex((c) => c.id === this.selectedClaimId);
    const next = i === -1 ? (delta > 0 ? 0 : list.length - 1) : Math.max(0, Math.min(list.length - 1, i + delta));
    const claim = list[next]!;
    if (claim.id !== this.selectedClaimId) void this.selectClaim(claim.id);
    return claim;
  }

  /**
   * Imports an article. A story already in the workspace (same address, or
   * nearly the same text) is not imported twice without a word: the import
   * dialog asks (open it, import as a new version, import anyway).
   */
  async importArticle(input: ImportInput, duplicates: 'refuse' | 'allow' = 'refuse'): Promise<boolean> {
    this.error = null;
    this.pendingDuplicate = null;
    const result = await this.api.try('articles.import', { ...input, duplicates });
    this.progress = null;
    if (!result.ok) {
      const duplicate = (result.error.details as { duplicate?: DuplicateArticle } | undefined)?.duplicate;
      if (result.error.code === 'conflict' && duplicate) {
        this.pendingDuplicate = { input, duplicate };
        this.dialog = 'import';
        return false;
      }
      this.fail(result.error);
      return false;
    }
    await this.refreshArticles();
    await this.openArticle(result.value.articleId);
    const title = this.article?.meta.title?.trim();
    this.announce(title ? t('import.done', { title, count: result.value.claims }) : t('import.doneUntitled', { count: result.value.claims }));
    return true;
  }

  /** The user's answer to a repeated story: open the one there, make the import its new version, or import it anyway. */
  async resolveDuplicate(choice: 'open' | 'version' | 'anyway'): Promise<boolean> {
    const pending = this.pendingDuplicate;
    if (!pending) return false;
    const { input, duplicate } = pending;
    if (choice === 'anyway') return this.importArticle(input, 'allow');
    this.pendingDuplicate = null;
    if (choice === 'open') {
      await this.openArticle(duplicate.articleId);
      this.announce(t('duplicate.opened', { title: duplicate.title }));
      return true;
    }
    const { language: _language, ...given } = input;
    const result = await this.api.try('editing.updateText', { articleId: duplicate.articleId, ...given });
    this.progress = null;
    if (!result.ok) {
      this.fail(result.error);
      return false;
    }
    await this.refreshArticles();
    await this.openArticle(duplicate.articleId);
    this.textUpdate = result.value;
    this.announce(t('duplicate.versioned', { title: duplicate.title, counts: reanchorCounts(result.value.counts) }));
    return true;
  }

  /** Saves corrected metadata; the article and the list show it at once. */
  async updateArticleMeta(id: string, patch: MethodInput<'articles.updateMeta'>['patch']): Promise<boolean> {
    const ok = await this.saving(async () => {
      const meta = await this.api.call('articles.updateMeta', { id, patch });
      // In place: the editor shows the same article (a new object would rebuild it and lose its undo history).
      if (this.article?.id === id) this.article.meta = meta;
    });
    if (ok) await this.refreshArticles();
    return ok;
  }

  /** Deletes an article at once; the status bar (and Ctrl+Z) can bring it back for a day. */
  async deleteArticle(id: string): Promise<boolean> {
    const title = this.articles.find((a) => a.id === id)?.title || (this.article?.id === id ? this.article.meta.title : null) || '—';
    const ok = await this.saving(async () => {
      await this.api.call('articles.delete', { id });
    });
    if (!ok) return false;
    const rest = this.articles.filter((a) => a.id !== id);
    this.articles = rest;
    if (this.article?.id === id) {
      this.article = null;
      this.claims = [];
      this.textUpdate = null;
      await this.selectClaim(null);
      if (rest[0]) await this.openArticle(rest[0].id);
      else this.prefs.save({ lastArticleId: null });
    }
    this.lastDeleted = { id, title };
    this.undoStack.push({
      label: t('article.deleteUndoLabel', { title }),
      undo: async () => {
        if (!(await this.restoreArticle(id, title))) throw new Error(this.error ?? 'not restored');
      },
      redo: async () => {
        if (!(await this.deleteArticle(id))) throw new Error(this.error ?? 'not deleted');
      },
    });
    this.announce(t('article.deleted', { title }));
    return true;
  }

  async restoreArticle(id: string, title: string): Promise<boolean> {
    const ok = await this.saving(async () => {
      await this.api.call('articles.restore', { id });
    });
    if (!ok) return false;
    if (this.lastDeleted?.id === id) this.lastDeleted = null;
    await this.refreshArticles();
    await this.openArticle(id);
    this.announce(t('article.restored', { title }));
    return true;
  }

  /**
   * Applies a change at once, then saves it; on failure the claim is restored
   * and the error announced. Undoable unless `record` is false (undo and redo themselves).
   */
  async updateClaim(id: string, patch: ClaimPatch, record = true): Promise<boolean> {
    const index = this.claims.findIndex((c) => c.id === id);
    if (index === -1) return false;
    const before = this.claims[index]!;
    // The server's coupled changes (a verdict accepts a suggestion) shown at once: the panel does not jump when it answers.
    // A speaker chosen by hand: the detector's attributing words no longer apply (the server drops them too).
    const dropped = 'speaker' in patch && patch.speaker !== before.speaker ? { speakerEvidence: null } : {};
    this.replaceClaim({ ...before, ...withCoupledChanges(before, patch, 'status' in patch), ...dropped } as Claim);
    // On the undo stack at once, so Ctrl+Z right after a change takes back that change.
    let entry: UndoEntry | null = null;
    if (record) {
      const keys = [...(Object.keys(patch) as (keyof ClaimPatch)[]), ...COUPLED.filter((k) => !(k in patch))];
      // Undoing a speaker change gives back the kind it had, not the one the server looks up.
      if ('speaker' in patch && !('speakerKind' in patch)) keys.push('speakerKind');
      const undoPatch = Object.fromEntries(keys.map((k) => [k, before[k as keyof Claim]])) as ClaimPatch;
      entry = { label: describePatch(patch, this.scale), undo: () => this.applyOrThrow(id, undoPatch), redo: () => this.applyOrThrow(id, patch) };
      this.undoStack.push(entry);
    }
    const ok = await this.saving(
      async () => {
        this.replaceClaim(await this.api.call('claims.update', { id, patch }));
      },
      () => {
        this.replaceClaim(before);
        if (entry) this.undoStack.drop(entry);
      },
    );
    if (ok && ('status' in patch || 'verdict' in patch || 'review' in patch)) void this.refreshArticles();
    return ok;
  }

  /** Puts a new version of a claim in place (the list is raw state: replaced, not mutated). */
  replaceClaim(claim: Claim): void {
    const i = this.claims.findIndex((c) => c.id === claim.id);
    if (i !== -1) this.claims = this.claims.with(i, claim);
  }

  private async applyOrThrow(id: string, patch: ClaimPatch): Promise<void> {
    if (!(await this.updateClaim(id, patch, false))) throw new Error(this.error ?? 'not saved');
    if (this.selectedClaimId !== id) await this.selectClaim(id);
  }

  /** Undo and redo run one after the other: Ctrl+Z then Ctrl+Y typed fast must redo what was undone. */
  private undoQueue: Promise<void> = Promise.resolve();

  undo(): Promise<void> {
    return (this.undoQueue = this.undoQueue.then(() => this.undoStep('undo')));
  }

  redo(): Promise<void> {
    return (this.undoQueue = this.undoQueue.then(() => this.undoStep('redo')));
  }

  private async undoStep(way: 'undo' | 'redo'): Promise<void> {
    const can = way === 'undo' ? this.undoStack.canUndo : this.undoStack.canRedo;
    if (!can) return this.announce(t(way === 'undo' ? 'undo.nothing' : 'undo.nothingRedo'));
    try {
      const entry = await (way === 'undo' ? this.undoStack.undo() : this.undoStack.redo());
      if (entry) this.announce(t(way === 'undo' ? 'undo.undone' : 'undo.redone', { what: entry.label }));
    } catch {
      // the failure was announced by the save itself
    }
  }

  /** Accepting, dismissing and restoring a suggestion. Dismissed claims are kept; the list moves on to the next claim. */
  async review(id: string, review: 'accepted' | 'dismissed'): Promise<void> {
    const claim = this.claims.find((c) => c.id === id);
    if (!claim || claim.review === review) return;
    const list = this.listedClaims;
    const at = list.findIndex((c) => c.id === id);
    const wasDismissed = claim.review === 'dismissed';
    if (!(await this.updateClaim(id, { review }))) return;
    const dismissed = claim.origin === 'manual' ? t('deskKeys.dismissedManual') : t('keys.dismissed');
    this.announce(review === 'dismissed' ? dismissed : wasDismissed ? t('keys.restored') : t('keys.accepted'));
    if (review === 'dismissed' && this.filters.review !== 'dismissed' && this.selectedClaimId === id) {
      const next = list[at + 1] ?? list[at - 1];
      await this.selectClaim(next && next.id !== id ? next.id : null);
    }
  }

  /** A claim from the words selected; Ctrl+Z takes it away again (it was made by hand, so it is deleted, not dismissed). */
  async createClaim(start: number, end: number): Promise<void> {
    if (!this.article) return;
    const articleId = this.article.id;
    let id: string | null = null;
    const create = async (from: number, to: number) => {
      const claim = await this.api.call('claims.create', { articleId, start: from, end: to });
      id = claim.id;
      this.claims = [...this.claims, claim];
      await this.selectClaim(claim.id);
    };
    const ok = await this.saving(async () => {
      await create(start, end);
      this.announce(t('claims.created'));
    });
    if (!ok) return;
    let range = { start, end };
    this.undoStack.push({
      label: t('deskKeys.newClaim'),
      undo: async () => {
        const gone = id;
        const claim = this.claims.find((c) => c.id === gone);
        const anchor = claim?.anchors.find((a) => !a.orphaned && !a.foldedLineId);
        if (anchor) range = { start: anchor.start, end: anchor.end };
        if (!(await this.saving(() => this.api.call('claims.delete', { id: gone! }).then(() => undefined)))) throw new Error(this.error ?? 'not saved');
        this.claims = this.claims.filter((c) => c.id !== gone);
        if (this.selectedClaimId === gone) await this.selectClaim(null);
      },
      redo: async () => {
        if (!(await this.saving(() => create(range.start, range.end)))) throw new Error(this.error ?? 'not saved');
      },
    });
  }

  /** Renames a speaker in every claim of the article (a name already used merges the two); undoable. */
  async renameSpeaker(from: string, to: string): Promise<boolean> {
    if (!this.article) return false;
    const articleId = this.article.id;
    const merging = this.speakers.some((s) => s.name === to);
    const ids = this.claims.filter((c) => c.speaker === from).map((c) => c.id);
    let changed = 0;
    const ok = await this.saving(async () => {
      changed = (await this.api.call('speakers.rename', { articleId, from, to })).changed;
      await this.reloadClaims();
      this.announce(t(merging ? 'speaker.merged' : 'speaker.renamed', { from, to, count: changed }));
    });
    if (ok) {
      this.undoStack.push({
        label: `${from} → ${to}`,
        // Only the claims that were `from` go back: a merge is undone claim by claim.
        undo: async () => {
          for (const id of ids) await this.applyOrThrow(id, { speaker: from });
        },
        redo: async () => {
          for (const id of ids) await this.applyOrThrow(id, { speaker: to });
        },
      });
    }
    return ok;
  }

  async addSource(claimId: string, source: MethodInput<'sources.add'>['source']): Promise<ClaimSource | null> {
    let cited: ClaimSource | null = null;
    await this.saving(async () => {
      cited = await this.api.call('sources.add', { claimId, source });
      if (this.selectedClaimId === claimId) this.sources = [...this.sources, cited];
      this.announce(t('source.saved'));
    });
    return cited;
  }

  async linkSource(claimId: string, input: Omit<MethodInput<'sources.link'>, 'claimId'>): Promise<boolean> {
    return this.saving(async () => {
      const cited = await this.api.call('sources.link', { claimId, ...input });
      if (this.selectedClaimId === claimId) this.sources = [...this.sources, cited];
      this.announce(t('source.linked'));
    });
  }

  /** Replaces a source in the selected claim's list after it changed (edited, archived). */
  patchSource(source: Partial<ClaimSource> & { id: string }): void {
    this.sources = this.sources.map((s) => (s.id === source.id ? { ...s, ...source } : s));
  }

  async unlinkSource(claimId: string, sourceId: string): Promise<void> {
    await this.saving(async () => {
      await this.api.call('sources.unlink', { claimId, sourceId });
      if (this.selectedClaimId === claimId) this.sources = this.sources.filter((s) => s.id !== sourceId);
    });
  }

  async updateSettings(patch: MethodInput<'settings.update'>['patch']): Promise<void> {
    await this.saving(async () => {
      this.settings = await this.api.call('settings.update', { patch });
      if (patch.uiLanguage) i18n.use(patch.uiLanguage);
      if (patch.scaleId) this.scale = await this.api.call('verdicts.scale', {});
    });
  }

  announce(message: string): void {
    this.announcedDuringSave = true;
    // Re-setting the same text would not be announced again.
    this.announcement = '';
    queueMicrotask(() => (this.announcement = message));
  }

  /** Shows a failure: a sentence already worded, or an error from the API worded here in the interface language. */
  fail(problem: string | RpcErrorBody): void {
    const message = typeof problem === 'string' ? problem : i18n.word(errorMessage(problem));
    this.error = message;
    this.alert = '';
    queueMicrotask(() => (this.alert = message));
  }

  /** Writes reach the workspace one after the other, in the order the user made them. */
  private writes: Promise<unknown> = Promise.resolve();

  /** True while a change of the user's is waiting or being saved. */
  get writing(): boolean {
    return this.pendingSaves > 0;
  }

  /** Resolves when the writes queued so far have finished (whether they succeeded or not). */
  whenWritten(): Promise<void> {
    return this.writes.then(() => undefined);
  }

  /** Runs one save: the status bar shows it, the live region announces it, a failure is undone and said. */
  async saving(work: () => Promise<void>, undo?: () => void): Promise<boolean> {
    if (this.pendingSaves++ === 0) this.announcedDuringSave = false;
    this.saveState = 'saving';
    const run = this.writes.then(work);
    this.writes = run.catch(() => undefined);
    try {
      await run;
      if (--this.pendingSaves === 0) {
        this.saveState = 'saved';
        // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, not state
        this.lastSavedAt = new Date().toISOString();
        this.error = null;
        if (!this.announcedDuringSave) this.announce(t('save.announced'));
      }
      return true;
    } catch (error) {
      this.pendingSaves--;
      undo?.();
      this.saveState = 'error';
      this.fail(error instanceof ApiCallError ? error.error : t('errors.generic', { message: error instanceof Error ? error.message : String(error) }));
      return false;
    }
  }

  private onEvent(e: ApiEvent): void {
    if (e.type === 'progress') this.progress = e.done ? null : { label: e.messageCode ? t(e.messageCode) : e.label, fraction: e.fraction };
    else if (e.type === 'changed') this.live.note(e);
    else if (e.type === 'connection') this.connection = e.state;
    else if (e.type === 'command') {
      if (e.command === 'open-article' && e.articleId) void this.refreshArticles().then(() => this.openArticle(e.articleId!));
      else if (e.command === 'import') this.dialog = 'import';
      else if (e.command === 'export' && this.article) this.dialog = 'export';
    }
  }
}

/** "Verdict: Verified", "Status: Checked"… for the undo announcement. */
function describePatch(patch: ClaimPatch, scale: VerdictScale | null): string {
  const [key, value] = Object.entries(patch)[0] ?? [];
  // "Field: value" through the catalogue, so French gets its no-break space before the colon.
  const set = (field: string, shown: string) => t('undo.fieldValue', { field: t(field), value: shown });
  if (key === 'verdict') return set('panel.verdict', value === null ? '—' : ((scale && findVerdict(scale, String(value))?.label[i18n.lang]) ?? String(value)));
  if (key === 'status') return set('panel.status', t(`status.${String(value)}`));
  if (key === 'review') return value === 'dismissed' ? t('claims.dismissed') : t('panel.accept');
  if (key === 'rationale') return t('panel.rationale');
  if (key === 'summary') return t('panel.summary');
  if (key === 'speaker') return set('panel.speaker', String(value ?? '—'));
  if (key === 'type') return set('panel.type', t(`type.${String(value)}`));
  if (key === 'tags') return t('panel.tags');
  if (key === 'assignee') return set('panel.assignee', String(value ?? '—'));
  return t('undo.change');
}
