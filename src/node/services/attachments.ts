import { msg } from '../../core/i18n';
import { ApiError } from '../../contract/envelope';
import type { Handlers } from '../../contract/dispatcher';
import { ATTACHMENT_MAX_BYTES } from '../../contract/methods/attachments';
import { sha256Hex } from '../sources/capture';
import { sniff } from '../sources/sniff';
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
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(dataBase64)) throw new ApiError('invalid-input', msg('errors.attachments.notBase64'));
      const bytes = new Uint8Array(Buffer.from(dataBase64, 'base64'));
      if (bytes.byteLength === 0) throw new ApiError('invalid-input', msg('errors.attachments.empty', { name }));
      if (bytes.byteLength > ATTACHMENT_MAX_BYTES) throw new ApiError('invalid-input', msg('errors.attachments.tooLarge', { name, limit: ATTACHMENT_MAX_BYTES / (1024 * 1024) }));
      const type = sniff(bytes);
      if (!type) throw new ApiError('invalid-input', msg('errors.attachments.type', { name }));
      const cleanName = name.replace(/[\\/]/g, '_').replace(/[\u0000-\u001f]/g, '').slice(-200) || 'evidence';
      return s.tx(ctx, async (t) => {
        const claim = await requireClaim(t, claimId);
        const info = await t.attachments.add({ claimId, name: cleanName, mime: type.mime, sha256: sha256Hex(bytes), bytes, note });
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
