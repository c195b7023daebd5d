import { ApiError } from '../../contract/envelope';
import type { Handlers } from '../../contract/dispatcher';
import { ATTACHMENT_MAX_BYTES } from '../../contract/methods/attachments';
import { AttachmentsRepo } from '../db/attachments-repo';
import { readEvidenceFile } from '../sources/evidence-file';
import type { ServiceContext } from './workspace-services';

type AttachmentMethods = 'attachments.add' | 'attachments.list' | 'attachments.get' | 'attachments.remove';

/** Evidence files (screenshots, documents) kept with the claim in the workspace file. */
export function attachmentHandlers(s: ServiceContext): Pick<Handlers, AttachmentMethods> {
  const repo = new AttachmentsRepo(s.workspace.db);
  const requireClaim = (id: string) => {
    const claim = s.claims.get(id);
    if (!claim) throw new ApiError('not-found', `No claim with id ${id}.`);
    return claim;
  };
  return {
    'attachments.add'({ claimId, name, dataBase64, note }, ctx) {
      const file = readEvidenceFile(name, dataBase64, ATTACHMENT_MAX_BYTES);
      return s.tx(() => {
        const claim = requireClaim(claimId);
        const info = repo.add({ claimId, name: file.name, mime: file.mime, sha256: file.sha256, bytes: file.bytes, note });
        s.events.record({ actor: ctx.actor, entity: 'claim_attachment', entityId: claimId, articleId: claim.articleId, action: 'create', before: null, after: { attachmentId: info.id, name: info.name, mime: info.mime, size: info.size, sha256: info.sha256 } });
        ctx.emit({ type: 'changed', entity: 'claim', id: claimId, articleId: claim.articleId });
        return info;
      });
    },

    'attachments.list'({ claimId }) {
      requireClaim(claimId);
      return repo.list(claimId);
    },

    'attachments.get'({ id }) {
      const info = repo.get(id);
      const bytes = repo.bytes(id);
      if (!info || !bytes) throw new ApiError('not-found', `No attachment with id ${id}.`);
      return { ...info, base64: Buffer.from(bytes).toString('base64') };
    },

    'attachments.remove'({ id }, ctx) {
      return s.tx(() => {
        const info = repo.get(id);
        if (!info) throw new ApiError('not-found', `No attachment with id ${id}.`);
        const claim = requireClaim(info.claimId);
        repo.delete(id);
        s.events.record({ actor: ctx.actor, entity: 'claim_attachment', entityId: info.claimId, articleId: claim.articleId, action: 'delete', before: { attachmentId: id, name: info.name, sha256: info.sha256 }, after: null });
        ctx.emit({ type: 'changed', entity: 'claim', id: info.claimId, articleId: claim.articleId });
        return { removed: true as const };
      });
    },
  };
}
