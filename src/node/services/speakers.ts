import { ApiError } from '../../contract/envelope';
import type { Handlers } from '../../contract/dispatcher';
import { SpeakersRepo } from '../db/speakers-repo';
import type { ServiceContext } from './workspace-services';

/** The article's speakers: pick, rename, merge (renaming into a name already used merges the two). */
export function speakerHandlers(s: ServiceContext): Pick<Handlers, 'speakers.list' | 'speakers.rename' | 'labels.list'> {
  const repo = new SpeakersRepo(s.workspace.db);
  return {
    'speakers.list'({ articleId }) {
      if (!s.articles.meta(articleId)) throw new ApiError('not-found', `No article with id ${articleId}.`);
      return repo.list(articleId);
    },

    'speakers.rename'({ articleId, from, to }, ctx) {
      return s.tx(() => {
        if (!s.articles.meta(articleId)) throw new ApiError('not-found', `No article with id ${articleId}.`);
        if (from === to) return { changed: 0 };
        const ids = repo.claimIds(articleId, from);
        if (ids.length === 0) throw new ApiError('not-found', `No claim of this article is attributed to «${from}».`);
        // One event per claim: each claim's history shows who it was attributed to before.
        for (const id of ids) {
          s.claims.update(id, { speaker: to });
          s.events.record({ actor: ctx.actor, entity: 'claim', entityId: id, articleId, action: 'update', before: { speaker: from }, after: { speaker: to } });
          ctx.emit({ type: 'changed', entity: 'claim', id, articleId });
        }
        return { changed: ids.length };
      });
    },

    'labels.list': () => repo.labels(),
  };
}
