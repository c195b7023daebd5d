import { z } from 'zod';
import { id } from '../schemas';
import { method } from './define';

export const CLAIM_SORTS = ['position', 'score', 'verdict'] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];

/** Where the user left the desk; restored on the next start. Not editorial work: no audit event. */
export interface UiState {
  lastArticleId: string | null;
  lastClaimId: string | null;
  /** Scroll offset of the article, by article id (most recent first, bounded). */
  scroll: Record<string, number>;
  theme: 'system' | 'light' | 'dark';
  /** "Show suggestions scoring above", 0–1. */
  threshold: number;
  sort: ClaimSort;
}

export const uiStatePatch = z.strictObject({
  lastArticleId: id.nullable().optional(),
  lastClaimId: id.nullable().optional(),
  scroll: z.strictObject({ articleId: id, top: z.number().min(0).max(1e8) }).optional(),
  theme: z.enum(['system', 'light', 'dark']).optional(),
  threshold: z.number().min(0).max(1).optional(),
  sort: z.enum(CLAIM_SORTS).optional(),
});

export const uiStateMethods = {
  'ui.state': method(z.strictObject({})).returns<UiState>(),
  'ui.saveState': method(z.strictObject({ patch: uiStatePatch })).returns<UiState>(),
} as const;
