import { z } from 'zod';
import { isPublicArchiveUrl } from '../../core/archive-links';
import { SOURCE_KINDS, type ClaimSource } from '../../core/model';
import { LIMITS, httpUrl, id, isoDate, longText, shortText, stance } from '../schemas';
import { method } from './define';

/** A Wayback Machine or archive.today address of an archived page, nothing else. */
export const archiveUrl = httpUrl.refine(isPublicArchiveUrl, 'not the address of a page archived by the Wayback Machine (web.archive.org/web/…) or archive.today');

export const sourceKind = z.enum(SOURCE_KINDS);

/** A file kept as the source itself (a document, a dataset, an email saved as a file): stored with its SHA-256. */
export const sourceFile = z.strictObject({ name: z.string().min(1).max(500), dataBase64: z.string().max(Math.ceil((LIMITS.fileBytes * 4) / 3) + 4) });

export const sourceFields = z
  .strictObject({
    kind: sourceKind.default('web'),
    /** Required for a web page; optional for the other kinds (a document may have an address too). */
    url: z.union([httpUrl, z.literal('')]).default(''),
    title: shortText.default(''),
    publisher: shortText.default(''),
    author: shortText.default(''),
    publishedAt: isoDate.nullable().default(null),
    /** Who was interviewed, wrote or issued it, and how to reach them. */
    contact: shortText.default(''),
    archiveUrl: archiveUrl.nullable().default(null),
    file: sourceFile.optional(),
    excerpt: longText.default(''),
    stance: stance.default('context'),
    note: longText.default(''),
  })
  .refine((v) => v.kind !== 'web' || v.url !== '', { message: 'a web page needs its URL', path: ['url'] })
  .refine((v) => v.kind === 'web' || v.url !== '' || v.contact.trim() !== '' || v.file !== undefined || v.title.trim() !== '', {
    message: 'say what the source is: a title, a contact, a file or an address',
    path: ['contact'],
  });

export const sourceMethods = {
  'sources.add': method(z.strictObject({ claimId: id, source: sourceFields })).returns<ClaimSource>(),
  'sources.unlink': method(z.strictObject({ claimId: id, sourceId: id })).returns<{ unlinked: true }>(),
} as const;
