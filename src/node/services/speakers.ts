import { ApiError } from '../../contract/envelope';
import type { Handlers } from '../../contract/dispatcher';
import type { ServiceContext } from './workspace-services';

/** The article's speakers: pick, rename, merge (renaming into a name already used merges the two). */
export function speakerHandlers(s: ServiceContext): Pick<Handlers, 'speakers.list' | 'speakers.rename' | 'labels.list'> {
  return {
    async 'speakers.list'({ articleId }) {
      if (!(await s.articles.meta(articleId))) throw new ApiError('not-found', `No article with id ${articleId}.`);
      return s.speakers.list(articleId);
    },

    'speakers.rename'({ articleId, from, to }, ctx) {
      return s.tx(ctx, async (t) => {
        if (!(await t.articles.meta(articleId))) throw new ApiError('not-found', `No article with id ${articleId}.`);
        if (from === to) return { changed: 0 };
        const ids = await t.speakers.claimIds(articleId, from);
        if (ids.length === 0) throw new ApiError('not-found', `No claim of this article is attributed to «${from}».`);
        // One event per claim: each claim's history shows who it was attributed to before.
        for (const id of ids) {
          await t.claims.update(id, { speaker: to });
          await t.events.record({ actor: ctx.actor, entity: 'claim', entityId: id, articleId, action: 'update', before: { speaker: from }, after: { speaker: to } });
          t.emit({ type: 'changed', entity: 'claim', id, articleId });
        }
        return { changed: ids.length };
      });
    },

    'labels.list': () => s.speakers.labels(),
  };
}
