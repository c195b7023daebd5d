import { SCALE_PRESETS, type VerdictScale } from '../../core/verdicts';
import { msg } from '../../core/i18n';
import { ApiError } from '../../contract/envelope';
import type { Handlers } from '../../contract/dispatcher';
import type { Repos } from '../db/port';
import { currentScale, readSettings } from './settings';
import type { ServiceContext } from './workspace-services';

const CUSTOM_KEY = 'scale.custom';

/** The presets and the newsroom's own scale (one per workspace, stored as a setting). */
export function verdictScaleHandlers(s: ServiceContext): Pick<Handlers, 'verdicts.scales' | 'verdicts.saveCustom'> {
  const custom = (r: Repos) => r.settings.get<VerdictScale | null>(CUSTOM_KEY, null);
  return {
    'verdicts.scales': async () => ({ presets: [...SCALE_PRESETS], custom: await custom(s), currentId: (await currentScale(s)).id }),

    'verdicts.saveCustom'({ scale }, ctx) {
      return s.tx(ctx, async (t) => {
        const before = await custom(t);
        // A verdict a claim already carries cannot vanish from the scale in use: the claim would lose its meaning.
        if ((await readSettings(t)).scaleId === before?.id) {
          const kept = new Set(scale.verdicts.map((v) => v.id));
          const lost = (await t.claims.verdictsInUse()).filter((u) => !kept.has(u.verdict));
          if (lost.length > 0) {
            const label = (id: string) => before.verdicts.find((v) => v.id === id)?.label ?? { en: id, fr: id };
            const verdicts = { list: lost.map((l) => ({ en: `«${label(l.verdict).en}» (${l.n})`, fr: `«\u00a0${label(l.verdict).fr}\u00a0» (${l.n})` })) };
            throw new ApiError('conflict', msg('errors.scales.verdictsInUse', { verdicts }), { verdicts: lost });
          }
        }
        await t.settings.set(CUSTOM_KEY, scale);
        await t.events.record({ actor: ctx.actor, entity: 'settings', entityId: CUSTOM_KEY, articleId: null, action: before ? 'update' : 'create', before, after: scale });
        t.emit({ type: 'changed', entity: 'settings', id: CUSTOM_KEY, articleId: null });
        return scale;
      });
    },
  };
}
