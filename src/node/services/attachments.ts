import { ApiError } from '../../contract/envelope';
import type { Handlers } from '../../contract/dispatcher';
import { ATTACHMENT_MAX_BYTES } from '../../contract/methods/attachments';
import { readEvidenceFile } from '../sources/evidence-file';
import type { Repos } from '../db/port';
import type { ServiceContext } from './workspace-services';

type AttachmentMethods = 'attachments.add' | 'attachments.list' | 'attachments.get' | 'attachments.remove';

/** Evidence files (screenshots, documents) kept with the claim in the workspace file. */
export function attachmentHandlers(s: ServiceContext): Pick<Handlers, AttachmentMethods> {
  const requireClaim = async (r: Repos, id: string) => {
    const claim = await r.claims.get(id);
    if (!claim) throw new ApiError('not-found', `No claim with id ${id}.`);
    return claim;
  };
  return {
    'attachments.add'({ claimId, name, dataBase64, note }, ctx) {
      const file = readEvidenceFile(name, dataBase64, ATTACHMENT_MAX_BYTES);
      return s.tx(ctx, async (t) => {
        const claim = await requireClaim(t, claimId);
        const info = await t.attachments.add({ claimId, name: file.name, mime: file.mime, sha256: file.sha256, bytes: file.bytes, note });
        await t.events.record({ actor: ctx.actor, entity: 'claim_attachment', entityId: claimId, articleId: claim.articleId, action: 'create', before: null, after: { attachmentId: info.id, name: info.name, mime: info.mime, size: info.size, sha256: info.sha256 } });
        t.emit({ type: 'changed', entity: 'claim', id: claimId, articleId: claim.articleId });
        return info;
      });
    },

    async 'attachments.list'({ claimId }) {
      await requireClaim(s, claimId);
      return s.attachments.list(claimId);
    },

    async 'attachments.get'({ id }) {
      const info = await s.attachments.get(id);
      const bytes = await s.attachments.bytes(id);
      if (!info || !bytes) throw new ApiError('not-found', `No attachment with id ${id}.`);
      return { ...info, base64: Buffer.from(bytes).toString('base64') };
    },

    'attachments.remove'({ id }, ctx) {
      return s.tx(ctx, async (t) => {
        const info = await t.attachments.get(id);
        if (!info) throw new ApiError('not-found', `No attachment with id ${id}.`);
        const claim = await requireClaim(t, info.claimId);
        await t.attachments.delete(id);
        await t.events.record({ actor: ctx.actor, entity: 'claim_attachment', entityId: info.claimId, articleId: claim.articleId, action: 'delete', before: { attachmentId: id, name: info.name, sha256: info.sha256 }, after: null });
        t.emit({ type: 'changed', entity: 'claim', id: info.claimId, articleId: claim.articleId });
        return { removed: true as const };
      });
    },
  };
}
