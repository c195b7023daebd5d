import type { Article, ArticleSummary, Claim, ClaimSource } from '../../core/model';
import type { VerdictScale } from '../../core/verdicts';
import { ApiCallError, type Client } from '../../contract/client';
import type { ApiEvent } from '../../contract/envelope';
import type { MethodInput, Settings } from '../../contract/methods';
import { i18n, t } from '../i18n/i18n.svelte';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';
export type ClaimPatch = MethodInput<'claims.update'>['patch'];

/**
 * The renderer's state. Reaches data only through the API client; every
 * change is saved at once (no save button) and announced.
 */
export class AppState {
  articles = $state<ArticleSummary[]>([]);
  article = $state<Article | null>(null);
  claims = $state<Claim[]>([]);
  selectedClaimId = $state<string | null>(null);
  sources = $state<ClaimSource[]>([]);
  scale = $state<VerdictScale | null>(null);
  settings = $state<Settings | null>(null);
  saveState = $state<SaveState>('idle');
  /** Read by the live region: saves and errors are announced. */
  announcement = $state('');
  progress = $state<{ label: string; fraction: number } | null>(null);
  error = $state<string | null>(null);
  /** The open dialog, if any (also opened from the Electron menu). */
  dialog = $state<'import' | 'export' | null>(null);

  selectedClaim = $derived(this.claims.find((c) => c.id === this.selectedClaimId) ?? null);
  visibleClaims = $derived(this.claims.filter((c) => c.review !== 'dismissed'));

  private pendingSaves = 0;

  constructor(readonly api: Client) {}

  async start(): Promise<void> {
    this.api.onEvent((e) => this.onEvent(e));
    const [settings, scale] = await Promise.all([this.api.call('settings.get', {}), this.api.call('verdicts.scale', {})]);
    this.settings = settings;
    this.scale = scale;
    i18n.use(settings.uiLanguage);
    await this.refreshArticles();
    const last = localStorage.getItem('factbench.lastArticle');
    const target = this.articles.find((a) => a.id === last) ?? this.articles[0];
    if (target) await this.openArticle(target.id, localStorage.getItem('factbench.lastClaim'));
  }

  async refreshArticles(): Promise<void> {
    this.articles = await this.api.call('articles.list', {});
  }

  async openArticle(id: string, claimId: string | null = null): Promise<void> {
    const [article, claims] = await Promise.all([this.api.call('articles.get', { id }), this.api.call('claims.list', { articleId: id })]);
    this.article = article;
    this.claims = claims;
    localStorage.setItem('factbench.lastArticle', id);
    await this.selectClaim(claimId && claims.some((c) => c.id === claimId) ? claimId : null);
  }

  async selectClaim(id: string | null): Promise<void> {
    this.selectedClaimId = id;
    this.sources = [];
    if (id) localStorage.setItem('factbench.lastClaim', id);
    if (!id) return;
    const detail = await this.api.call('claims.get', { id });
    if (this.selectedClaimId === id) this.sources = detail.sources;
  }

  async importArticle(input: MethodInput<'articles.import'>): Promise<boolean> {
    this.error = null;
    const result = await this.api.try('articles.import', input);
    this.progress = null;
    if (!result.ok) {
      this.fail(result.error.message);
      return false;
    }
    await this.refreshArticles();
    await this.openArticle(result.value.articleId);
    this.announce(t('import.done', { title: this.article?.meta.title ?? '', count: result.value.claims }));
    return true;
  }

  /** Applies a change at once, then saves it; on failure the claim is restored and the error announced. */
  async updateClaim(id: string, patch: ClaimPatch): Promise<void> {
    const index = this.claims.findIndex((c) => c.id === id);
    if (index === -1) return;
    const before = this.claims[index]!;
    this.claims[index] = { ...before, ...patch } as Claim;
    await this.saving(async () => {
      const saved = await this.api.call('claims.update', { id, patch });
      const i = this.claims.findIndex((c) => c.id === id);
      if (i !== -1) this.claims[i] = saved;
    }, () => {
      const i = this.claims.findIndex((c) => c.id === id);
      if (i !== -1) this.claims[i] = before;
    });
    void this.refreshArticles();
  }

  async createClaim(start: number, end: number): Promise<void> {
    if (!this.article) return;
    const articleId = this.article.id;
    await this.saving(async () => {
      const claim = await this.api.call('claims.create', { articleId, start, end });
      this.claims = [...this.claims, claim].sort((a, b) => (a.anchors[0]?.start ?? 0) - (b.anchors[0]?.start ?? 0));
      await this.selectClaim(claim.id);
      this.announce(t('claims.created'));
    });
  }

  async addSource(claimId: string, source: MethodInput<'sources.add'>['source']): Promise<boolean> {
    return this.saving(async () => {
      const cited = await this.api.call('sources.add', { claimId, source });
      if (this.selectedClaimId === claimId) this.sources = [...this.sources, cited];
      this.announce(t('source.saved'));
    });
  }

  async unlinkSource(claimId: string, sourceId: string): Promise<void> {
    await this.saving(async () => {
      await this.api.call('sources.unlink', { claimId, sourceId });
      if (this.selectedClaimId === claimId) this.sources = this.sources.filter((s) => s.id !== sourceId);
    });
  }

  announce(message: string): void {
    // Re-setting the same text would not be announced again.
    this.announcement = '';
    queueMicrotask(() => (this.announcement = message));
  }

  fail(message: string): void {
    this.error = message;
    this.announce(message);
  }

  private async saving(work: () => Promise<void>, undo?: () => void): Promise<boolean> {
    this.pendingSaves++;
    this.saveState = 'saving';
    try {
      await work();
      if (--this.pendingSaves === 0) this.saveState = 'saved';
      return true;
    } catch (error) {
      this.pendingSaves--;
      undo?.();
      this.saveState = 'error';
      this.fail(error instanceof ApiCallError ? error.message : t('errors.generic', { message: String(error) }));
      return false;
    }
  }

  private onEvent(e: ApiEvent): void {
    if (e.type === 'progress') this.progress = e.done ? null : { label: e.label, fraction: e.fraction };
    else if (e.type === 'command') {
      if (e.command === 'open-article' && e.articleId) void this.refreshArticles().then(() => this.openArticle(e.articleId!));
      else if (e.command === 'import') this.dialog = 'import';
      else if (e.command === 'export' && this.article) this.dialog = 'export';
    }
  }
}
