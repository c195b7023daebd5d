import { z } from 'zod';
import { httpUrl, id, reportFormat, reviewUrlPattern, shortText } from '../schemas';
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
      /** For this export only, over Settings (the command line's --organisation, --organisation-url, --review-url). */
      organisation: shortText.optional(),
      organisationUrl: httpUrl.optional(),
      reviewUrl: reviewUrlPattern.optional(),
    }),
  ).returns<ExportedReport>(),
} as const;
