import { ApiError } from '../../contract/envelope';
import type { Handlers } from '../../contract/dispatcher';
import { pick, pickChanged } from './changes';
import type { ServiceContext } from './workspace-services';

type CorrectionMethods = 'corrections.list' | 'corrections.add' | 'corrections.update' | 'corrections.delete';

/** The corrections log of an article: written by the newsroom, shown in the report's Corrections section, audited like the rest. */
export function correctionHandlers(s: ServiceContext): Pick<Handlers, CorrectionMethods> {
  const repo = s.corrections;
  const requireArticle = (id: string) => {
    if (!s.articles.meta(id)) throw new ApiError('not-found', `No article with id ${id}.`);
  };
  const requireCorrection = (id: string) => {
    const c = repo.get(id);
    if (!c || !s.articles.meta(c.articleId)) throw new ApiError('not-found', `No correction with id ${id}.`);
    return c;
  };
  return {
    'corrections.list'({ articleId }) {
      requireArticle(articleId);
      return repo.list(articleId);
    },

    'corrections.add'({ articleId, correction }, ctx) {
      return s.tx(() => {
        requireArticle(articleId);
        const added = repo.add(articleId, { correctedAt: correction.correctedAt, text: correction.text.trim() }, ctx.actor);
        s.events.record({ actor: ctx.actor, entity: 'correction', entityId: added.id, articleId, action: 'create', before: null, after: { correctedAt: added.correctedAt, text: added.text } });
        ctx.emit({ type: 'changed', entity: 'article', id: articleId, articleId });
        return added;
      });
    },

    'corrections.update'({ id, correction }, ctx) {
      return s.tx(() => {
        const before = requireCorrection(id);
        const changes = pickChanged(before, { ...correction, ...(correction.text !== undefined ? { text: correction.text.trim() } : {}) });
        if (Object.keys(changes).length === 0) return before;
        repo.update(id, changes);
        s.events.record({ actor: ctx.actor, entity: 'correction', entityId: id, articleId: before.articleId, action: 'update', before: pick(before, Object.keys(changes)), after: changes });
        ctx.emit({ type: 'changed', entity: 'article', id: before.articleId, articleId: before.articleId });
        return repo.get(id)!;
      });
    },

    'corrections.delete'({ id }, ctx) {
      return s.tx(() => {
        const before = requireCorrection(id);
        repo.delete(id);
        s.events.record({ actor: ctx.actor, entity: 'correction', entityId: id, articleId: before.articleId, action: 'delete', before: { correctedAt: before.correctedAt, text: before.text }, after: null });
        ctx.emit({ type: 'changed', entity: 'article', id: before.articleId, articleId: before.articleId });
        return { deleted: true as const };
      });
    },
  };
}
