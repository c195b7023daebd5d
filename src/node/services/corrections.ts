import { ApiError } from '../../contract/envelope';
import type { Handlers } from '../../contract/dispatcher';
import type { Repos } from '../db/port';
import { pick, pickChanged } from './changes';
import type { ServiceContext } from './workspace-services';

type CorrectionMethods = 'corrections.list' | 'corrections.add' | 'corrections.update' | 'corrections.delete';

async function requireArticle(r: Repos, id: string): Promise<void> {
  if (!(await r.articles.meta(id))) throw new ApiError('not-found', `No article with id ${id}.`);
}

async function requireCorrection(r: Repos, id: string) {
  const c = await r.corrections.get(id);
  if (!c || !(await r.articles.meta(c.articleId))) throw new ApiError('not-found', `No correction with id ${id}.`);
  return c;
}

/** The corrections log of an article: written by the newsroom, shown in the report's Corrections section, audited like the rest. */
export function correctionHandlers(s: ServiceContext): Pick<Handlers, CorrectionMethods> {
  return {
    async 'corrections.list'({ articleId }) {
      await requireArticle(s, articleId);
      return s.corrections.list(articleId);
    },

    'corrections.add'({ articleId, correction }, ctx) {
      return s.tx(ctx, async (t) => {
        await requireArticle(t, articleId);
        const added = await t.corrections.add(articleId, { correctedAt: correction.correctedAt, text: correction.text.trim() }, ctx.actor);
        await t.events.record({ actor: ctx.actor, entity: 'correction', entityId: added.id, articleId, action: 'create', before: null, after: { correctedAt: added.correctedAt, text: added.text } });
        t.emit({ type: 'changed', entity: 'article', id: articleId, articleId });
        return added;
      });
    },

    'corrections.update'({ id, correction }, ctx) {
      return s.tx(ctx, async (t) => {
        const before = await requireCorrection(t, id);
        const changes = pickChanged(before, { ...correction, ...(correction.text !== undefined ? { text: correction.text.trim() } : {}) });
        if (Object.keys(changes).length === 0) return before;
        await t.corrections.update(id, changes);
        await t.events.record({ actor: ctx.actor, entity: 'correction', entityId: id, articleId: before.articleId, action: 'update', before: pick(before, Object.keys(changes)), after: changes });
        t.emit({ type: 'changed', entity: 'article', id: before.articleId, articleId: before.articleId });
        return (await t.corrections.get(id))!;
      });
    },

    'corrections.delete'({ id }, ctx) {
      return s.tx(ctx, async (t) => {
        const before = await requireCorrection(t, id);
        await t.corrections.delete(id);
        await t.events.record({ actor: ctx.actor, entity: 'correction', entityId: id, articleId: before.articleId, action: 'delete', before: { correctedAt: before.correctedAt, text: before.text }, after: null });
        t.emit({ type: 'changed', entity: 'article', id: before.articleId, articleId: before.articleId });
        return { deleted: true as const };
      });
    },
  };
}
