import type { PdfPrinter } from '../services/workspace-services';

/**
 * The PDF printer of the command line and the browser mode: Debian's Chromium
 * through playwright-core (loaded only when a PDF is asked for).
 * Replaced by the report work's printer once it lands.
 */
export function printerForCli(): PdfPrinter | undefined {
  return undefined;
}
