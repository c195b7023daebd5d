import { z } from 'zod';
import { id, reportFormat } from '../schemas';
import { method } from './define';

export interface ExportedReport {
  filename: string;
  mime: string;
  /** Text formats. */
  text?: string;
  /** Binary formats (PDF, DOCX), base64. */
  base64?: string;
}

export const reportMethods = {
  'reports.export': method(
    z.strictObject({
      articleId: id,
      format: reportFormat,
      language: z.enum(['en', 'fr']).optional(),
      includeUnchecked: z.boolean().default(true),
      includeDismissed: z.boolean().default(false),
    }),
  ).returns<ExportedReport>(),
} as const;
