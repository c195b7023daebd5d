import type { Article, Claim, ClaimSource } from '../../core/model';
import type { ApiEvent } from '../../contract/envelope';
import type { AppState } from './app-state.svelte';

type ChangedEvent = Extract<ApiEvent, { type: 'changed' }>;

/** What a burst of `changed` events asks to read again. */
interface Dirty {
  articles: boolean;
  settings: boolean;
  /** Everything might have changed (another process committed to the file). */
  everything: boolean;
  /** Articles whose text, meta or claims changed as a whole. */
  whole: Set<string>;
  /** Claims changed one by one, with their article. */
  claims: Map<string, string | null>;
  /** A source changed: the selected claim's panel reads its sources again. */
  panel: boolean;
}

const empty = (): Dirty => ({ articles: false, settings: false, everything: false, whole: new Set(), claims: new Map(), panel: false });

/** Above this many claims in one burst, the whole list is read instead of each claim. */
const ONE_BY_ONE_MAX = 20;

/** Claim-panel fields by element id: while one has the focus, its value in the app stays the user's. */
const PANEL_FIELDS: Record<string, keyof Claim> = {
  rationale: 'rationale',
  'claim-speaker': 'speaker',
  'claim-assignee': 'assignee',
  'claim-verdict': 'verdict',
  'claim-status': 'status',
  'claim-type': 'type',
};

export interface LiveRefreshOptions {
  /** Events closer than this are read back in one refresh. */
  delayMs?: number;
  /** The id of the claim-panel field that has the focus, if any. */
  focusedField?: () => string | null;
  /** Calls `again` once, when the user leaves the field or the editor whose content was kept. */
  whenLeft?: (again: () => void) => void;
}

/**
 * Keeps what the desk shows in step with the workspace when it changes
 * elsewhere: another window or tab on the same host, or another process on the
 * same file (the command line), which the Node side announces as `changed`
 * events. Bursts are read back once; a refresh waits until the user's own
 * writes are saved, drops what it read if the user changed something
 * meanwhile, and leaves alone the field being typed in and an editor with
 * focus. The app's own changes come back as events too: reading them again
 * finds nothing new and assigns nothing.
 */
export class LiveRefresh {
  private dirty = empty();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<void> = Promise.resolve();
  private waitingForLeave = false;
  private readonly delayMs: number;
  private readonly focusedField: () => string | null;
  private readonly whenLeft: (again: () => void) => void;

  constructor(
    private readonly app: AppState,
    options: LiveRefreshOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 100;
    this.focusedField = options.focusedField ?? focusedPanelField;
    this.whenLeft = options.whenLeft ?? onFocusOut;
  }

  /** Takes one event; the refresh follows shortly, once for the whole burst. */
  note(e: ChangedEvent): void {
    const d = this.dirty;
    switch (e.entity) {
      case 'workspace':
        d.everything = d.articles = d.settings = true;
        break;
      case 'settings':
        d.settings = true;
        break;
      case 'article':
        d.articles = true;
        d.whole.add(e.id);
        break;
      case 'claim':
        d.articles = true;
        d.claims.set(e.id, e.articleId);
        break;
      case 'source':
        if (e.articleId === null || e.articleId === this.app.article?.id) d.panel = true;
        break;
    }
    this.schedule();
  }

  /** Runs the refresh now (after the writes in flight), and resolves when it is shown. */
  flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.chain = this.chain.then(() => this.refresh()).catch((error: unknown) => console.error('[factbench] refresh failed:', error));
    return this.chain;
  }

  private schedule(): void {
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.delayMs);
  }

  /** Asks for the open article to be read again later (something moved under a read, or the user was busy). */
  private again(why: 'moved' | 'busy'): void {
    const id = this.app.article?.id;
    if (id) this.dirty.whole.add(id);
    if (why === 'moved') return this.schedule();
    if (this.waitingForLeave) return;
    this.waitingForLeave = true;
    this.whenLeft(() => {
      this.waitingForLeave = false;
      this.schedule();
    });
  }

  private async refresh(): Promise<void> {
    // The user's own writes first: a read started before one lands could show the state before it.
    while (this.app.writing) await this.app.whenWritten();
    const d = this.dirty;
    this.dirty = empty();
    const open = this.app.article?.id ?? null;
    const work: Promise<void>[] = [];
    if (d.articles) work.push(this.articleList());
    if (d.settings) work.push(this.settingsAndScale());
    if (open) {
      const ids = [...d.claims].filter(([, articleId]) => articleId === open).map(([id]) => id);
      if (d.everything || d.whole.has(open) || ids.length > ONE_BY_ONE_MAX) work.push(this.wholeArticle(open));
      else if (ids.length > 0) work.push(this.someClaims(open, ids, d.panel));
      else if (d.panel) work.push(this.panel());
    }
    await Promise.all(work);
  }

  private async articleList(): Promise<void> {
    const list = await this.app.api.call('articles.list', {});
    if (!same(list, this.app.articles)) this.app.articles = list;
  }

  private async settingsAndScale(): Promise<void> {
    const [settings, scale] = await Promise.all([this.app.api.call('settings.get', {}), this.app.api.call('verdicts.scale', {})]);
    if (!same(settings, this.app.settings)) this.app.settings = settings;
    if (!same(scale, this.app.scale)) this.app.scale = scale;
  }

  /** The open article, its claims and the selected claim's panel, read again. */
  private async wholeArticle(id: string): Promise<void> {
    const app = this.app;
    const before = { article: app.article, claims: app.claims };
    const [article, claims] = await Promise.all([app.api.try('articles.get', { id }), app.api.try('claims.list', { articleId: id })]);
    if (app.writing || app.article !== before.article || app.claims !== before.claims) return this.again('moved');
    if (!article.ok || !claims.ok) {
      // Deleted elsewhere: the desk closes it (the Articles list no longer has it either).
      if (!article.ok && article.error.code === 'not-found') {
        app.claims = [];
        app.article = null;
        await app.selectClaim(null);
      }
      return;
    }
    const textChanged = !sameText(article.value, app.article!);
    // The editor shows the user's text: with the focus in it, it is rebuilt only when they leave it.
    if (textChanged && app.editorBusy?.()) return this.again('busy');
    const next = this.merge(app.claims, claims.value);
    if (next !== app.claims) app.claims = next;
    if (textChanged) app.article = article.value;
    const selected = app.selectedClaimId;
    if (selected && !claims.value.some((c) => c.id === selected)) await app.selectClaim(null);
    else if (selected) await this.panel();
  }

  /** A few claims of the open article read again one by one (a verdict set in another tab). */
  private async someClaims(articleId: string, ids: string[], panel: boolean): Promise<void> {
    const app = this.app;
    const before = app.claims;
    const selected = app.selectedClaimId;
    const wanted = panel && selected && !ids.includes(selected) ? [...ids, selected] : ids;
    const read = await Promise.all(wanted.map(async (id) => ({ id, result: await app.api.try('claims.get', { id }) })));
    if (app.writing || app.claims !== before || app.article?.id !== articleId) return this.again('moved');
    const server = new Map<string, Claim>();
    const gone = new Set<string>();
    for (const { id, result } of read) {
      if (result.ok && result.value.articleId === articleId) {
        const { sources, ...claim } = result.value;
        server.set(id, claim);
        if (id === app.selectedClaimId) this.showSources(sources);
      } else if (!result.ok && result.error.code === 'not-found') gone.add(id);
    }
    // Claims not read back are kept as they are; new ones (made elsewhere) join the list.
    const known = new Set(app.claims.map((c) => c.id));
    const updated = app.claims.filter((c) => !gone.has(c.id)).map((c) => server.get(c.id) ?? c);
    const next = this.merge(app.claims, [...updated, ...[...server.values()].filter((c) => !known.has(c.id))]);
    if (next !== app.claims) app.claims = next;
    if (app.selectedClaimId && gone.has(app.selectedClaimId)) await app.selectClaim(null);
  }

  /** The selected claim's sources, read again. */
  private async panel(): Promise<void> {
    const app = this.app;
    const id = app.selectedClaimId;
    if (!id) return;
    const detail = await app.api.try('claims.get', { id });
    if (!detail.ok || app.selectedClaimId !== id || app.writing) return;
    this.showSources(detail.value.sources);
  }

  private showSources(sources: ClaimSource[]): void {
    if (!same(sources, this.app.sources)) this.app.sources = sources;
  }

  /**
   * The server's claims, keeping each local object that has not changed (so
   * nothing redraws for nothing) and, for the selected claim, the value of the
   * panel field the user is in. Returns `local` itself when nothing changed.
   */
  private merge(local: Claim[], server: Claim[]): Claim[] {
    const mine = new Map(local.map((c) => [c.id, c]));
    const field = this.focusedField();
    const key = field ? PANEL_FIELDS[field] : undefined;
    const selected = this.app.selectedClaimId;
    let changed = local.length !== server.length;
    let kept = false;
    const next = server.map((s, i) => {
      const had = mine.get(s.id);
      let claim = s;
      if (had && key && s.id === selected && !same(had[key], s[key])) {
        claim = { ...s, [key]: had[key] };
        kept = true;
      }
      if (had && same(had, claim)) claim = had;
      if (claim !== local[i]) changed = true;
      return claim;
    });
    if (kept) this.again('busy');
    return changed ? next : local;
  }
}

/**
 * The same JSON value, whatever the order of object keys: a team server's
 * PostgreSQL gives jsonb objects back with their keys in its own order
 * (`{ end, kind, start }` for `{ kind, start, end }`), which is the same value
 * and must not redraw the editor or the claims list.
 */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => same(v, other[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((k) => x[k] !== undefined);
  return keys.length === Object.keys(y).filter((k) => y[k] !== undefined).length && keys.every((k) => Object.prototype.hasOwnProperty.call(y, k) && same(x[k], y[k]));
}

/** The text the editor shows: what, if changed elsewhere, means rebuilding it. */
function sameText(a: Article, b: Article): boolean {
  return a.body === b.body && same(a.meta, b.meta) && same(a.folded, b.folded) && same(a.blocks, b.blocks);
}

function focusedPanelField(): string | null {
  const el = document.activeElement;
  return el instanceof HTMLElement && el.closest('.claim-panel') ? el.id || null : null;
}

function onFocusOut(again: () => void): void {
  document.addEventListener('focusout', () => again(), { once: true });
}
