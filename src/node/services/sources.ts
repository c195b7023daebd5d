import { ApiError } from '../../contract/envelope';
import type { Handlers } from '../../contract/dispatcher';
import { LIMITS } from '../../contract/schemas';
import { readEvidenceFile } from '../sources/evidence-file';
import type { ServiceContext } from './workspace-services';

export function sourceHandlers(s: ServiceContext): Pick<Handlers, 'sources.add' | 'sources.unlink'> {
  return {
    'sources.add'({ claimId, source }, ctx) {
      const { excerpt, stance, note, file, ...fields } = source;
      // A document, a dataset, an email saved as a file: the file is the source, kept with its SHA-256.
      const kept = file ? readEvidenceFile(file.name, file.dataBase64, LIMITS.fileBytes) : undefined;
      return s.tx(ctx, async (t) => {
        const claim = await t.claims.get(claimId);
        if (!claim) throw new ApiError('not-found', `No claim with id ${claimId}.`);
        const cited = await t.sources.addToClaim(claimId, { ...fields, file: kept }, { stance, excerpt, note });
        await t.events.record({
          actor: ctx.actor,
          entity: 'claim_source',
          entityId: claimId,
          articleId: claim.articleId,
          action: 'create',
          before: null,
          after: { sourceId: cited.id, kind: cited.kind, url: cited.url, title: cited.title || cited.contact || cited.fileName, stance, ...(kept ? { file: kept.name, sha256: kept.sha256 } : {}) },
        });
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
        await t.events.record({ actor: ctx.actor, entity: 'claim_source', entityId: claimId, articleId: claim.articleId, action: 'delete', before: { sourceId, url: before.url, title: before.title || before.contact || before.fileName }, after: null });
        t.emit({ type: 'changed', entity: 'source', id: sourceId, articleId: claim.articleId });
        return { unlinked: true as const };
      });
    },
  };
}
