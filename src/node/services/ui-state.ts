import type { Handlers } from '../../contract/dispatcher';
import type { UiState } from '../../contract/methods/ui-state';
import type { Repos } from '../db/port';
import type { ServiceContext } from './workspace-services';

const KEY = 'ui.state';
const DEFAULTS: UiState = { lastArticleId: null, lastClaimId: null, scroll: {}, theme: 'system', threshold: 0.5, sort: 'position' };
/** Scroll offsets kept for this many articles, the most recent. */
const SCROLL_MEMORY = 100;

/**
 * Where the user left the desk, kept in the workspace (the browser mode's
 * origin changes with its port, so the renderer's own storage would forget it).
 * Not editorial work: no audit event, no change event.
 */
export function uiStateHandlers(s: ServiceContext): Pick<Handlers, 'ui.state' | 'ui.saveState'> {
  const read = async (r: Repos): Promise<UiState> => ({ ...DEFAULTS, ...(await r.settings.get<Partial<UiState>>(KEY, {})) });
  return {
    'ui.state': () => read(s),
    'ui.saveState'({ patch }, ctx) {
      return s.tx(ctx, async (t) => {
        const { scroll, ...rest } = patch;
        const next: UiState = { ...(await read(t)), ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) };
        if (scroll) {
          const entries = Object.entries(next.scroll).filter(([id]) => id !== scroll.articleId);
          next.scroll = Object.fromEntries([[scroll.articleId, Math.round(scroll.top)], ...entries].slice(0, SCROLL_MEMORY));
        }
        await t.settings.set(KEY, next);
        return next;
      });
    },
  };
}
