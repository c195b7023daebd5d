import type { PdfPrinter } from '../services/workspace-services';

/**
 * The PDF printer of the command line and the browser mode: Debian's Chromium
 * through playwright-core, loaded only when a PDF is asked for (it is heavy).
 */
export function chromiumPrinter(): PdfPrinter {
  return async (html) => (await import('./pdf')).renderPdf(html);
}
