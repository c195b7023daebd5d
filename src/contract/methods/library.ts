import { z } from 'zod';
import type { MessageKey, MessageParams } from '../../core/i18n';
import type { ClaimSource, Source } from '../../core/model';
import { LIMITS, httpUrl, id, isoDate, longText, shortText, stance } from '../schemas';
import { method } from './define';

/** A source of the workspace library, with how many claims cite it. */
export type LibrarySource = Source & { uses: number };

/** What a page says about itself; `ok: false` when it could not be read (not an error: the user types the fields). */
export type SourceLookup =
  | {
      ok: true;
      url: string;
      title: string | null;
      publisher: string | null;
      author: string | null;
      publishedAt: string | null;
      modifiedAt: string | null;
    }
  /** `message` in English; the desk words `messageCode` with `params` in its language. */
  | { ok: false; reason: string; message: string; messageCode: MessageKey; params?: MessageParams };

export interface SourceCitation {
  claimId: string;
  articleId: string;
  articleTitle: string;
  claimText: string;
  stance: ClaimSource['stance'];
}

export interface SnapshotFile {
  filename: string;
  mime: string;
  sha256: string;
  capturedAt: string;
  url: string;
  base64: string;
}

export const sourcePatch = z.strictObject({
  title: shortText.optional(),
  publisher: shortText.optional(),
  author: shortText.optional(),
  publishedAt: isoDate.nullable().optional(),
  accessedAt: isoDate.nullable().optional(),
});

export const citationPatch = z.strictObject({
  stance: stance.optional(),
  excerpt: longText.optional(),
  note: longText.optional(),
});

/** The workspace's source library: one source often serves many claims. */
export const libraryMethods = {
  'sources.search': method(z.strictObject({ q: z.string().max(LIMITS.query).default(''), limit: z.number().int().min(1).max(100).default(20) })).returns<LibrarySource[]>(),
  'sources.link': method(
    z.strictObject({ claimId: id, sourceId: id, stance: stance.default('context'), excerpt: longText.default(''), note: longText.default('') }),
  ).returns<ClaimSource>(),
  'sources.update': method(z.strictObject({ id, patch: sourcePatch })).returns<Source>(),
  'sources.updateCitation': method(z.strictObject({ claimId: id, sourceId: id, patch: citationPatch })).returns<ClaimSource>(),
  'sources.citedBy': method(z.strictObject({ id })).returns<SourceCitation[]>(),
  'sources.lookUp': method(z.strictObject({ url: httpUrl })).returns<SourceLookup>(),
  'sources.archive': method(z.strictObject({ id })).returns<Source>(),
  'sources.snapshot': method(z.strictObject({ id })).returns<SnapshotFile>(),
} as const;
