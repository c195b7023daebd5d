import type { Client } from '../../contract/client';
import type { UiState } from '../../contract/methods/ui-state';
import type { MethodInput } from '../../contract/methods';

export type UiStatePatch = MethodInput<'ui.saveState'>['patch'];

/** However long a burst lasts, what the user did is written at most this long after it. */
const MAX_WAIT_MS = 1000;

const DEFAULTS: UiState = { lastArticleId: null, lastClaimId: null, scroll: {}, theme: 'system', threshold: 0.5, sort: 'position' };

/**
 * Where the user left the desk and how they like it: kept in the workspace
 * (the browser mode's address changes with its port, so the page's own storage
 * would forget). Saving it is not editorial work: no "Saving…", no announcement.
 */
export class DeskPrefs {
  state = $state<UiState>({ ...DEFAULTS });
  private pending: UiStatePatch = {};
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest unsaved change was made (null: nothing waits). */
  private waitingSince: number | null = null;

  /** Set by the app state once its client exists. */
  api: Client | null = null;

  async load(): Promise<UiState> {
    const result = await this.api?.try('ui.state', {});
    if (result?.ok) this.state = result.value;
    applyTheme(this.state.theme);
    return this.state;
  }

  /**
   * Applies at once; writes soon after (scrolling and j/k produce bursts), and
   * never later than MAX_WAIT_MS after the first change of a burst, so a burst
   * that never pauses (a page that keeps scrolling) cannot postpone it forever.
   */
  save(patch: UiStatePatch, delayMs = 300): void {
    const { scroll, ...rest } = patch;
    // Property by property: moving the selection must not wake what depends on the threshold or the sort.
    for (const [key, value] of Object.entries(rest) as [keyof typeof rest, never][]) {
      if (value !== undefined && this.state[key] !== value) this.state[key] = value;
    }
    if (scroll) this.state.scroll[scroll.articleId] = scroll.top;
    if (patch.theme) applyTheme(patch.theme);
    this.pending = { ...this.pending, ...patch };
    const now = Date.now();
    this.waitingSince ??= now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(delayMs, this.waitingSince + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  /** Writes what waits now (also when the page is hidden or closed: see LeaveGuard). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.waitingSince = null;
    const patch = this.pending;
    this.pending = {};
    if (Object.keys(patch).length === 0) return;
    await this.api?.try('ui.saveState', { patch });
  }
}

/** Light or dark by the user's choice; "system" follows the operating system (prefers-color-scheme). */
export function applyTheme(theme: UiState['theme']): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
