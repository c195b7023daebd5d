import { z } from 'zod';
import type { Article, ArticleMeta, ArticleSummary, Claim, ClaimSource } from '../core/model';
import type { HistoryEntry } from '../core/report/input';
import type { VerdictScale } from '../core/verdicts';
import {
  LIMITS,
  claimReview,
  claimStatus,
  claimType,
  httpUrl,
  id,
  isoDate,
  language,
  longText,
  offset,
  reportFormat,
  shortText,
  stance,
} from './schemas';

/**
 * The one API. Every method is declared once with a runtime schema for its
 * input (validated by the dispatcher on every transport) and a static type
 * for its output.
 */
interface MethodDef<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  output?: O;
}
const method = <I extends z.ZodType>(input: I) => ({ returns: <O>(): MethodDef<I, O> => ({ input }) });

const none = z.strictObject({});

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

export const claimPatch = z.strictObject({
  text: longText.min(1).optional(),
  type: claimType.optional(),
  speaker: shortText.nullable().optional(),
  status: claimStatus.optional(),
  verdict: z.string().max(64).nullable().optional(),
  rationale: longText.optional(),
  review: claimReview.optional(),
  tags: z.array(z.string().max(100)).max(50).optional(),
  assignee: shortText.nullable().optional(),
});

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

export const settingsPatch = z.strictObject({
  reviewer: shortText.optional(),
  organisation: shortText.optional(),
  organisationUrl: z.union([httpUrl, z.literal('')]).optional(),
  methodology: longText.optional(),
  scaleId: z.string().max(64).optional(),
  uiLanguage: z.enum(['en', 'fr', 'system']).optional(),
});

export interface Settings {
  reviewer: string;
  organisation: string;
  organisationUrl: string;
  methodology: string;
  scaleId: string;
  uiLanguage: 'en' | 'fr' | 'system';
}

export interface ExportedReport {
  filename: string;
  mime: string;
  /** Text formats. */
  text?: string;
  /** Binary formats (PDF, DOCX), base64. */
  base64?: string;
}

export interface SearchHit {
  kind: 'article' | 'claim' | 'source';
  id: string;
  articleId: string | null;
  title: string;
  /** Snippet with matches wrapped in U+E000 … U+E001 (the UI turns them into <mark>). */
  snippet: string;
}

export interface AppInfo {
  version: string;
  schemaVersion: number;
  databasePath: string;
}

export type ClaimDetail = Claim & { sources: ClaimSource[] };

export const methods = {
  'app.info': method(none).returns<AppInfo>(),

  'articles.import': method(importInput).returns<{ articleId: string; claims: number; warnings: string[] }>(),
  'articles.list': method(none).returns<ArticleSummary[]>(),
  'articles.get': method(z.strictObject({ id })).returns<Article>(),
  'articles.updateMeta': method(z.strictObject({ id, patch: articleMetaPatch })).returns<ArticleMeta>(),
  'articles.delete': method(z.strictObject({ id })).returns<{ deleted: true }>(),

  'claims.list': method(z.strictObject({ articleId: id })).returns<Claim[]>(),
  'claims.get': method(z.strictObject({ id })).returns<ClaimDetail>(),
  'claims.create': method(z.strictObject({ articleId: id, start: offset, end: offset })).returns<Claim>(),
  'claims.update': method(z.strictObject({ id, patch: claimPatch })).returns<Claim>(),
  'claims.history': method(z.strictObject({ id })).returns<HistoryEntry[]>(),

  'sources.add': method(z.strictObject({ claimId: id, source: sourceFields })).returns<ClaimSource>(),
  'sources.unlink': method(z.strictObject({ claimId: id, sourceId: id })).returns<{ unlinked: true }>(),

  'reports.export': method(
    z.strictObject({
      articleId: id,
      format: reportFormat,
      language: z.enum(['en', 'fr']).optional(),
      includeUnchecked: z.boolean().default(true),
      includeDismissed: z.boolean().default(false),
    }),
  ).returns<ExportedReport>(),

  'search.query': method(z.strictObject({ q: z.string().max(LIMITS.query), limit: z.number().int().min(1).max(200).default(50) })).returns<SearchHit[]>(),

  'settings.get': method(none).returns<Settings>(),
  'settings.update': method(z.strictObject({ patch: settingsPatch })).returns<Settings>(),
  'verdicts.scale': method(none).returns<VerdictScale>(),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
/** What a caller passes (before schema defaults are applied). */
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
/** What a handler receives (after validation and defaults). */
export type HandlerInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Methods[M]['output']>;
