import { ApiError } from '../../contract/envelope';
import type { Handlers } from '../../contract/dispatcher';
import type { ServiceContext } from './workspace-services';

export function sourceHandlers(s: ServiceContext): Pick<Handlers, 'sources.add' | 'sources.unlink'> {
  return {
    'sources.add'({ claimId, source }, ctx) {
      return s.tx(ctx, async (t) => {
        const claim = await t.claims.get(claimId);
        if (!claim) throw new ApiError('not-found', `No claim with id ${claimId}.`);
        const { excerpt, stance, note, ...fields } = source;
        const cited = await t.sources.addToClaim(claimId, fields, { stance, excerpt, note });
        await t.events.record({ actor: ctx.actor, entity: 'claim_source', entityId: claimId, articleId: claim.articleId, action: 'create', before: null, after: { sourceId: cited.id, url: cited.url, title: cited.title, stance } });
        t.emit({ type: 'changed', entity: 'source', id: cited.id, articleId: claim.articleId });
        return cited;
      });
    },

    'sources.unlink'({ claimId, sourceId }, ctx) {
      return s.tx(ctx, async (t) => {
        const claim = await t.claims.get(claimId);
        const before = await t.sources.citation(claimId, sourceId);
        if (!claim || !before) throw new ApiError('not-found', `That source is not cited by claim ${claimId}.`);
        await t.sources.unlink(claimId, sourceId);
        await t.events.record({ actor: ctx.actor, entity: 'claim_source', entityId: claimId, articleId: claim.articleId, action: 'delete', before: { sourceId, url: before.url, title: before.title }, after: null });
        t.emit({ type: 'changed', entity: 'source', id: sourceId, articleId: claim.articleId });
        return { unlinked: true as const };
      });
    },
  };
}
