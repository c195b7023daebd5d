import { z } from 'zod';
import type { LocalizedText } from '../../core/i18n';
import type { Claim } from '../../core/model';
import { id } from '../schemas';
import { method } from './define';

/** A claim checked before that a claim repeats: in another article of the workspace, or in imported ClaimReview. */
export interface PastCheckSuggestion {
  kind: 'claim' | 'claimreview';
  id: string;
  text: string;
  /** "Already checked in «Title» — False", in English for scripts; the desk words `where` and `verdictLabel`. */
  label: string;
  similarity: number;
  verdict: string | null;
  /** The verdict in both languages (a verdict of the workspace's scale), or as the other fact-checker published it. */
  verdictLabel: LocalizedText | string | null;
  /** Where it was checked: the article title, or the fact-checker and review title. */
  where: string | null;
  url: string | null;
  /** Set once the user linked or dismissed it. */
  state: 'linked' | 'dismissed' | null;
}

const target = { claimId: id, kind: z.enum(['claim', 'claimreview']), targetId: id };

export const pastCheckMethods = {
  /** Published ClaimReview JSON-LD (quirks accepted: @graph, @type arrays, "type", DataFeedItem…) kept as past checks. */
  'pastChecks.import': method(z.strictObject({ json: z.string().min(1).max(10_000_000) })).returns<{ imported: number; duplicates: number }>(),
  'pastChecks.forClaim': method(z.strictObject({ claimId: id, includeDismissed: z.boolean().default(false) })).returns<PastCheckSuggestion[]>(),
  /** Reuse the past check: its verdict (mapped onto the workspace's scale) and its sources. */
  'pastChecks.link': method(z.strictObject(target)).returns<Claim>(),
  'pastChecks.dismiss': method(z.strictObject(target)).returns<{ dismissed: true }>(),
} as const;
