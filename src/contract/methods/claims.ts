import { z } from 'zod';
import { SUMMARY_MAX } from '../../core/claim-summary';
import type { Claim, ClaimSource } from '../../core/model';
import type { HistoryEntry } from '../../core/report/input';
import { claimReview, claimStatus, claimType, id, isoDate, longText, offset, shortText, speakerKind, speakerName } from '../schemas';
import { method } from './define';

export const claimPatch = z.strictObject({
  text: longText.min(1).optional(),
  type: claimType.optional(),
  speaker: speakerName.nullable().optional(),
  /** Person or organisation: ClaimReview types the claim's author by it. */
  speakerKind: speakerKind.nullable().optional(),
  status: claimStatus.optional(),
  verdict: z.string().max(64).nullable().optional(),
  rationale: longText.optional(),
  /** The short summary (ClaimReview's `claimReviewed`); null or "" goes back to the one made from the text. */
  summary: z
    .string()
    .max(SUMMARY_MAX)
    .transform((s) => s.replace(/\s+/g, ' ').trim() || null)
    .nullable()
    .optional(),
  review: claimReview.optional(),
  tags: z.array(z.string().max(100)).max(50).optional(),
  assignee: shortText.nullable().optional(),
  /**
   * The re-check of a claim whose words changed under a verdict. Giving a
   * verdict ends it; undo puts it back as it was.
   */
  recheck: z.strictObject({ previousText: longText, previousVerdict: z.string().max(64).nullable(), since: isoDate }).nullable().optional(),
});

export type ClaimDetail = Claim & { sources: ClaimSource[] };

export const claimMethods = {
  'claims.list': method(z.strictObject({ articleId: id })).returns<Claim[]>(),
  'claims.get': method(z.strictObject({ id })).returns<ClaimDetail>(),
  'claims.create': method(z.strictObject({ articleId: id, start: offset, end: offset })).returns<Claim>(),
  'claims.update': method(z.strictObject({ id, patch: claimPatch })).returns<Claim>(),
  'claims.history': method(z.strictObject({ id })).returns<HistoryEntry[]>(),
  /** Removes a claim made by hand (undoing New claim); suggestions are dismissed instead. Its last state stays in the audit trail. */
  'claims.delete': method(z.strictObject({ id })).returns<{ deleted: true }>(),
} as const;
