import { renderClaimReview } from './claimreview';
import { renderCsv } from './csv';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import type { RenderedReport, ReportFormat, ReportInput } from './input';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import { buildView } from './view';

export type { ReportFormat, ReportInput, RenderedReport } from './input';
export { REPORT_FORMATS, REPORT_LANGUAGES } from './input';
export { REPORT_JSON_SCHEMA_VERSION } from './json';

/** File name extension and MIME type per format (PDF too: the Node side prints it). */
export const REPORT_FILE_TYPES: Record<ReportFormat, { extension: string; mime: string }> = {
  html: { extension: 'html', mime: 'text/html;charset=utf-8' },
  pdf: { extension: 'pdf', mime: 'application/pdf' },
  md: { extension: 'md', mime: 'text/markdown;charset=utf-8' },
  docx: { extension: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  csv: { extension: 'csv', mime: 'text/csv;charset=utf-8' },
  json: { extension: 'json', mime: 'application/json' },
  claimreview: { extension: 'jsonld', mime: 'application/ld+json' },
};

/**
 * Renders a review report. PDF is not rendered here: print the HTML with
 * `renderPdf` (src/node/report) or Electron's printToPDF.
 */
export async function renderReport(input: ReportInput, format: Exclude<ReportFormat, 'pdf'>): Promise<RenderedReport> {
  const view = buildView(input);
  const { extension, mime } = REPORT_FILE_TYPES[format];
  switch (format) {
    case 'html':
      return { format, mime, extension, text: renderHtml(view) };
    case 'md':
      return { format, mime, extension, text: renderMarkdown(view) };
    case 'csv':
      return { format, mime, extension, text: renderCsv(view) };
    case 'json':
      return { format, mime, extension, text: renderJson(view) };
    case 'claimreview':
      return { format, mime, extension, text: renderClaimReview(view) };
    case 'docx':
      return { format, mime, extension, bytes: await renderDocx(view) };
    default: {
      const never: never = format;
      throw new Error(`Unknown report format: ${String(never)}`);
    }
  }
}
