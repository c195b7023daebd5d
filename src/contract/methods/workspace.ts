import { z } from 'zod';
import type { VerdictScale } from '../../core/verdicts';
import { LIMITS, httpUrl, longText, reviewUrlPattern, shortText } from '../schemas';
import { method } from './define';

export const settingsPatch = z.strictObject({
  reviewer: shortText.optional(),
  organisation: shortText.optional(),
  organisationUrl: z.union([httpUrl, z.literal('')]).optional(),
  reviewUrl: z.union([reviewUrlPattern, z.literal('')]).optional(),
  methodology: longText.optional(),
  scaleId: z.string().max(64).optional(),
  uiLanguage: z.enum(['en', 'fr', 'system']).optional(),
});

export interface Settings {
  reviewer: string;
  organisation: string;
  organisationUrl: string;
  /** Where fact-checks are published, with {article}, {slug}, {claim} (ClaimReview's `url`); '' when not set. */
  reviewUrl: string;
  methodology: string;
  scaleId: string;
  uiLanguage: 'en' | 'fr' | 'system';
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

export const workspaceMethods = {
  'app.info': method(z.strictObject({})).returns<AppInfo>(),
  'search.query': method(z.strictObject({ q: z.string().max(LIMITS.query), limit: z.number().int().min(1).max(200).default(50) })).returns<SearchHit[]>(),
  'settings.get': method(z.strictObject({})).returns<Settings>(),
  'settings.update': method(z.strictObject({ patch: settingsPatch })).returns<Settings>(),
  'verdicts.scale': method(z.strictObject({})).returns<VerdictScale>(),
} as const;
