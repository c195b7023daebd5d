import { z } from 'zod';
import type { ClaimSource } from '../../core/model';
import { httpUrl, id, isoDate, longText, shortText, stance } from '../schemas';
import { method } from './define';

export const sourceFields = z.strictObject({
  url: httpUrl,
  title: shortText.default(''),
  publisher: shortText.default(''),
  author: shortText.default(''),
  publishedAt: isoDate.nullable().default(null),
  excerpt: longText.default(''),
  stance: stance.default('context'),
  note: longText.default(''),
});

export const sourceMethods = {
  'sources.add': method(z.strictObject({ claimId: id, source: sourceFields })).returns<ClaimSource>(),
  'sources.unlink': method(z.strictObject({ claimId: id, sourceId: id })).returns<{ unlinked: true }>(),
} as const;
