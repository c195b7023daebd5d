import { withCoupledChanges } from '../../core/claim-coupling';
import { CLAIM_HISTORY_ENTITIES, describeEvent } from '../../core/history';
import { msg } from '../../core/i18n';
import { ApiError } from '../../contract/envelope';
import type { Handlers } from '../../contract/dispatcher';
import type { Repos } from '../db/port';
import { pick, pickChanged } from './changes';
import { currentScale } from './settings';
import type { ServiceContext } from './workspace-services';

type ClaimMethods = 'claims.list' | 'claims.get' | 'claims.create' | 'claims.update' | 'claims.history' | 'claims.delete';

export async function requireClaim(r: Repos, id: string) {
  const claim = await r.claims.get(id);
  if (!claim) throw new ApiError('not-found', `No claim with id ${id}.`);
  return claim;
}

export function claimHandlers(s: ServiceContext): Pick<Handlers, ClaimMethods> {
  return {
    async 'claims.list'({ articleId }) {
      if (!(await s.articles.meta(articleId))) throw new ApiError('not-found', `No article with id ${articleId}.`);
      return s.claims.listByArticle(articleId);
    },

    async 'claims.get'({ id }) {
      return { ...(await requireClaim(s, id)), sources: await s.sources.forClaim(id) };
    },

    'claims.create'({ articleId, start, end }, ctx) {
      return s.tx(ctx, async (t) => {
        const article = await t.articles.get(articleId);
        if (!article) throw new ApiError('not-found', `No article with id ${articleId}.`);
        if (end <= start || end > article.body.length) throw new ApiError('invalid-input', msg('errors.claims.rangeOutside'), { length: article.body.length });
        if (article.body.slice(start, end).trim() === '') throw new ApiError('invalid-input', msg('errors.claims.rangeEmpty'));
        const id = await t.claims.insertManual(articleId, article.body, start, end);
        const claim = (await t.claims.get(id))!;
        await t.events.record({ actor: ctx.actor, entity: 'claim', entityId: id, articleId, action: 'create', before: null, after: { text: claim.text, origin: 'manual' } });
        t.emit({ type: 'changed', entity: 'claim', id, articleId });
        return claim;
      });
    },

    'claims.update'({ id, patch }, ctx) {
      return s.tx(ctx, async (t) => {
        const before = await requireClaim(t, id);
        if (patch.verdict !== undefined && patch.verdict !== null && !(await currentScale(t)).verdicts.some((v) => v.id === patch.verdict)) {
          throw new ApiError('invalid-input', msg('errors.claims.verdictNotOnScale', { verdict: patch.verdict }));
        }
        const changes = withCoupledChanges(before, pickChanged(before, patch), patch.status !== undefined);
        // Another speaker chosen by hand: the detector's words no longer attribute the claim to them,
        // and the kind is the one the article already knows for that name, unless the user gives it.
        if (changes.speaker !== undefined) {
          changes.speakerEvidence = null;
          if (patch.speakerKind === undefined) changes.speakerKind = changes.speaker === null ? null : await t.claims.speakerKindIn(before.articleId, changes.speaker);
        }
        if (changes.speakerKind !== undefined && changes.speakerKind === before.speakerKind && changes.speaker === undefined) delete changes.speakerKind;
        if (Object.keys(changes).length === 0) return before;
        await t.claims.update(id, changes);
        await t.events.record({ actor: ctx.actor, entity: 'claim', entityId: id, articleId: before.articleId, action: 'update', before: pick(before, Object.keys(changes)), after: changes });
        t.emit({ type: 'changed', entity: 'claim', id, articleId: before.articleId });
        return (await t.claims.get(id))!;
      });
    },

    'claims.delete'({ id }, ctx) {
      return s.tx(ctx, async (t) => {
        const claim = await requireClaim(t, id);
        if (claim.origin !== 'manual') throw new ApiError('invalid-input', msg('errors.claims.deleteSuggestion'));
        await t.events.record({ actor: ctx.actor, entity: 'claim', entityId: id, articleId: claim.articleId, action: 'delete', before: claim, after: null });
        await t.claims.remove(id);
        t.emit({ type: 'changed', entity: 'claim', id, articleId: claim.articleId });
        return { deleted: true as const };
      });
    },

    async 'claims.history'({ id }) {
      await requireClaim(s, id);
      const scale = await currentScale(s);
      const events = (await Promise.all(CLAIM_HISTORY_ENTITIES.map((entity) => s.events.forEntity(entity, id)))).flat().sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
      return events.map((e) => ({ at: e.at, actor: e.actor, changes: describeEvent(e, scale) }));
    },
  };
}
