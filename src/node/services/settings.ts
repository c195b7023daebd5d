import { DEFAULT_SCALE, SCALE_PRESETS, type VerdictScale } from '../../core/verdicts';
import { msg } from '../../core/i18n';
import { ApiError } from '../../contract/envelope';
import type { Handlers } from '../../contract/dispatcher';
import type { Settings } from '../../contract/methods';
import type { Repos } from '../db/port';
import { pick, pickChanged } from './changes';
import type { ServiceContext } from './workspace-services';

const DEFAULTS: Settings = { reviewer: '', organisation: '', organisationUrl: '', reviewUrl: '', methodology: '', scaleId: DEFAULT_SCALE.id, uiLanguage: 'system' };

export async function readSettings(r: Pick<Repos, 'settings'>): Promise<Settings> {
  return { ...DEFAULTS, ...(await r.settings.get<Partial<Settings>>('workspace', {})) };
}

/** The workspace's verdict scale: a preset, or one the newsroom stored as `scale.custom`. */
export async function currentScale(r: Pick<Repos, 'settings'>): Promise<VerdictScale> {
  const id = (await readSettings(r)).scaleId;
  const custom = await r.settings.get<VerdictScale | null>('scale.custom', null);
  if (custom && custom.id === id) return custom;
  return SCALE_PRESETS.find((p) => p.id === id) ?? DEFAULT_SCALE;
}

export function settingsHandlers(s: ServiceContext): Pick<Handlers, 'settings.get' | 'settings.update' | 'verdicts.scale'> {
  return {
    'settings.get': () => readSettings(s),
    'settings.update'({ patch }, ctx) {
      return s.tx(ctx, async (t) => {
        const before = await readSettings(t);
        if (patch.scaleId !== undefined && !SCALE_PRESETS.some((p) => p.id === patch.scaleId) && (await t.settings.get<VerdictScale | null>('scale.custom', null))?.id !== patch.scaleId) {
          throw new ApiError('invalid-input', msg('errors.scales.unknown', { id: patch.scaleId }));
        }
        const changes = pickChanged(before, patch);
        if (Object.keys(changes).length === 0) return before;
        const next = { ...before, ...changes };
        await t.settings.set('workspace', next);
        await t.events.record({ actor: ctx.actor, entity: 'settings', entityId: 'workspace', articleId: null, action: 'update', before: pick(before, Object.keys(changes)), after: changes });
        t.emit({ type: 'changed', entity: 'settings', id: 'workspace', articleId: null });
        return next;
      });
    },
    'verdicts.scale': () => currentScale(s),
  };
}
