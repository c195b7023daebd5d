import { z } from 'zod';
import { CLAIM_REVIEW_STATES, CLAIM_STATUSES, CLAIM_TYPES, SPEAKER_KINDS, STANCES } from '../core/model';
import { REPORT_FORMATS } from '../core/report/input';
import { isReviewUrlPattern } from '../core/report/review-url';

/** Limits at the API boundary: a fact-checker's article is never this big; an attacker's is. */
export const LIMITS = {
  articleChars: 20_000_000,
  fileBytes: 20 * 1024 * 1024,
  shortText: 2_000,
  longText: 200_000,
  url: 4_096,
  query: 500,
} as const;

export const id = z.string().min(1).max(64).regex(/^[0-9a-zA-Z-]+$/, 'not an id');
export const shortText = z.string().max(LIMITS.shortText);
export const longText = z.string().max(LIMITS.longText);
export const isoDate = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, 'not an ISO 8601 date');
/** http(s) only: `javascript:`, `file:` and `data:` URLs never enter the workspace. */
export const httpUrl = z
  .string()
  .max(LIMITS.url)
  .regex(/^https?:\/\/[^\s/?#@]+(?:[/?#][^\s]*)?$/i, 'not an http(s) URL');
/** Where fact-checks are published: an http(s) URL that may hold {article}, {slug} and {claim} (core/report/review-url.ts). */
export const reviewUrlPattern = z
  .string()
  .max(LIMITS.url)
  .refine(isReviewUrlPattern, 'not an http(s) address (it may hold {article}, {slug} and {claim})');
export const language = z.string().regex(/^[a-z]{2,3}$/, 'not a language code');
export const offset = z.number().int().min(0).max(LIMITS.articleChars);

export const claimType = z.enum(CLAIM_TYPES);
export const speakerKind = z.enum(SPEAKER_KINDS);
/**
 * A speaker is a name or a noun phrase: trimmed, with at least one letter or
 * digit (never a lone comma). As long as any short field, as the speaker always
 * was (the hostile-article suite plants 2,000 characters in it).
 */
export const speakerName = z
  .string()
  .trim()
  .min(1, 'Give a name.')
  .max(LIMITS.shortText)
  .refine((s) => /[\p{L}\p{N}]/u.test(s), 'A speaker is a name: give one, or leave the field empty.');
export const claimStatus = z.enum(CLAIM_STATUSES);
export const claimReview = z.enum(CLAIM_REVIEW_STATES);
export const stance = z.enum(STANCES);
export const reportFormat = z.enum(REPORT_FORMATS);
