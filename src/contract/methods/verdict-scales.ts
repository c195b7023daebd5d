import { z } from 'zod';
import type { VerdictScale } from '../../core/verdicts';
import { method } from './define';

const label = z.string().trim().min(1).max(80);

export const verdictScaleSchema = z
  .strictObject({
    id: z.string().regex(/^custom(-[a-z0-9-]{1,40})?$/, 'A newsroom scale id starts with "custom".'),
    name: z.string().trim().min(1).max(120),
    worstRating: z.number().int().min(-100).max(100),
    bestRating: z.number().int().min(-100).max(100),
    verdicts: z
      .array(
        z.strictObject({
          id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'A verdict id is lower-case letters, digits and dashes.'),
          label: z.strictObject({ en: label, fr: label }),
          rating: z.number().int().nullable(),
          tone: z.enum(['true', 'mostly-true', 'mixed', 'false', 'unknown']),
        }),
      )
      .min(2, 'A scale needs at least two verdicts.')
      .max(12),
  })
  .refine((s) => s.worstRating < s.bestRating, 'The best rating must be above the worst.')
  .refine((s) => new Set(s.verdicts.map((v) => v.id)).size === s.verdicts.length, 'Two verdicts have the same id.')
  .refine((s) => s.verdicts.every((v) => v.rating === null || (v.rating >= s.worstRating && v.rating <= s.bestRating)), 'A rating lies outside the scale.');

export interface VerdictScales {
  presets: VerdictScale[];
  custom: VerdictScale | null;
  currentId: string;
}

export const verdictScaleMethods = {
  'verdicts.scales': method(z.strictObject({})).returns<VerdictScales>(),
  'verdicts.saveCustom': method(z.strictObject({ scale: verdictScaleSchema })).returns<VerdictScale>(),
} as const;
