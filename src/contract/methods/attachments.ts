import { z } from 'zod';
import { id, shortText } from '../schemas';
import { method } from './define';

/** Evidence files are kept in the workspace; this is the most one may weigh. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

export interface AttachmentInfo {
  id: string;
  claimId: string;
  name: string;
  /** Sniffed from the bytes, never taken from the name. */
  mime: string;
  kind: string;
  size: number;
  sha256: string;
  note: string;
  createdAt: string;
}

export type AttachmentFile = AttachmentInfo & { base64: string };

export const attachmentMethods = {
  'attachments.add': method(
    z.strictObject({
      claimId: id,
      name: z.string().min(1).max(500),
      dataBase64: z.string().max(Math.ceil((ATTACHMENT_MAX_BYTES * 4) / 3) + 4, 'The file is larger than 10 MB.'),
      note: shortText.default(''),
    }),
  ).returns<AttachmentInfo>(),
  'attachments.list': method(z.strictObject({ claimId: id })).returns<AttachmentInfo[]>(),
  'attachments.get': method(z.strictObject({ id })).returns<AttachmentFile>(),
  'attachments.remove': method(z.strictObject({ id })).returns<{ removed: true }>(),
} as const;
