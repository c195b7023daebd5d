import { z } from 'zod';
import type { Article, ArticleMeta, ArticleSummary, Correction } from '../../core/model';
import { LIMITS, httpUrl, id, isoDate, language, longText, shortText } from '../schemas';
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
  canonicalUrl: httpUrl.nullable().optional(),
});

const fileInput = z.strictObject({ name: z.string().min(1).max(500), dataBase64: z.string().max(Math.ceil((LIMITS.fileBytes * 4) / 3) + 4) });

/**
 * An article given as pasted text, a file or a URL. With text or a file, `url`
 * is the story's address (kept as its Source URL, not fetched); alone, it is
 * fetched.
 */
const articleSource = {
  text: z.string().max(LIMITS.articleChars).optional(),
  url: z.string().max(LIMITS.url).optional(),
  file: fileInput.optional(),
};
const oneSource = (v: { text?: string; url?: string; file?: unknown }) => (v.text !== undefined ? 1 : 0) + (v.file !== undefined ? 1 : 0) + (v.text === undefined && v.file === undefined && v.url !== undefined ? 1 : 0) === 1;
const ONE_SOURCE = 'give the text, a file or a URL (a URL may go with the text or the file as its address)';

export const importInput = z
  .strictObject({
    ...articleSource,
    language: language.nullable().optional(),
    /**
     * 'refuse': when the story is already in the workspace (same address, or
     * near-identical text), nothing is imported and the answer is a `conflict`
     * naming it (`details.duplicate`). The desk asks the user; the command line imports.
     */
    duplicates: z.enum(['refuse', 'allow']).default('allow'),
  })
  .refine(oneSource, ONE_SOURCE)
  .refine((v) => v.url === undefined || (v.text === undefined && v.file === undefined) || httpUrl.safeParse(v.url).success, {
    message: 'the Source URL of a pasted text or a file must be an http(s) address',
    path: ['url'],
  });

/** A new version of an article's text, for `editing.updateText`: pasted, a file, or fetched again. */
export const newVersionInput = z
  .strictObject({ articleId: id, ...articleSource, text: z.string().min(1).max(LIMITS.articleChars).optional() })
  .refine(oneSource, ONE_SOURCE);

/** The story already in the workspace that an import repeats. */
export interface DuplicateArticle {
  articleId: string;
  title: string;
  /** Same address (canonical or given URL), or near-identical text (`similarity` 0–1). */
  reason: 'url' | 'text';
  similarity: number;
}

export const correctionFields = z.strictObject({
  correctedAt: isoDate,
  text: longText.min(1).refine((t) => t.trim().length > 0, 'write what was corrected'),
});

export const articleMethods = {
  'articles.import': method(importInput).returns<{ articleId: string; claims: number; warnings: string[] }>(),
  'articles.list': method(z.strictObject({})).returns<ArticleSummary[]>(),
  'articles.get': method(z.strictObject({ id })).returns<Article>(),
  'articles.updateMeta': method(z.strictObject({ id, patch: articleMetaPatch })).returns<ArticleMeta>(),
  /** Takes the article off the desk at once; `articles.restore` brings it back for a day, after which it is purged. */
  'articles.delete': method(z.strictObject({ id })).returns<{ deleted: true }>(),
  'articles.restore': method(z.strictObject({ id })).returns<ArticleSummary>(),
  /** The article's corrections log, oldest first (the report's Corrections section). */
  'corrections.list': method(z.strictObject({ articleId: id })).returns<Correction[]>(),
  'corrections.add': method(z.strictObject({ articleId: id, correction: correctionFields })).returns<Correction>(),
  'corrections.update': method(z.strictObject({ id, correction: correctionFields.partial() })).returns<Correction>(),
  'corrections.delete': method(z.strictObject({ id })).returns<{ deleted: true }>(),
} as const;
