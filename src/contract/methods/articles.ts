import { z } from 'zod';
import type { Article, ArticleMeta, ArticleSummary } from '../../core/model';
import { LIMITS, httpUrl, id, isoDate, language, shortText } from '../schemas';
import { method } from './define';

export const articleMetaPatch = z.strictObject({
  title: shortText.optional(),
  kicker: shortText.nullable().optional(),
  outlet: shortText.nullable().optional(),
  byline: shortText.nullable().optional(),
  publishedAt: isoDate.nullable().optional(),
  modifiedAt: isoDate.nullable().optional(),
  language: language.nullable().optional(),
  url: httpUrl.nullable().optional(),
});

export const importInput = z
  .strictObject({
    text: z.string().max(LIMITS.articleChars).optional(),
    url: z.string().max(LIMITS.url).optional(),
    file: z.strictObject({ name: z.string().min(1).max(500), dataBase64: z.string().max(Math.ceil((LIMITS.fileBytes * 4) / 3) + 4) }).optional(),
    language: language.nullable().optional(),
  })
  .refine((v) => [v.text, v.url, v.file].filter((x) => x !== undefined).length === 1, 'give exactly one of text, url or file');

export const articleMethods = {
  'articles.import': method(importInput).returns<{ articleId: string; claims: number; warnings: string[] }>(),
  'articles.list': method(z.strictObject({})).returns<ArticleSummary[]>(),
  'articles.get': method(z.strictObject({ id })).returns<Article>(),
  'articles.updateMeta': method(z.strictObject({ id, patch: articleMetaPatch })).returns<ArticleMeta>(),
  'articles.delete': method(z.strictObject({ id })).returns<{ deleted: true }>(),
} as const;
