import { chromium, type Browser } from 'playwright-core';

/** Chromium flags for a quiet, offline, throw-away print (Debian's Chromium, no sandbox in containers). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export interface PdfOptions {
  /** Reuse a running Chromium (tests, batch exports); otherwise one is launched and closed. */
  browser?: Browser;
  /** Told about every request the page tried to make; each one was blocked. */
  onBlockedRequest?: (url: string) => void;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS],
    headless: true,
  });
}

// Page numbers in the bottom margin; the template is ours alone (no article text), so nothing to escape.
const FOOTER = `<div style="width:100%;font:8px Arial,'Liberation Sans',sans-serif;color:#5b5b57;text-align:right;padding:0 15mm"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`;

/**
 * Prints the HTML report to PDF with Chromium, the way the command line and
 * the browser mode do it (Electron uses its own printToPDF on the same HTML).
 * The page runs offline: scripts disabled, every request aborted (the report
 * is self-contained, so a request means a bug or an injection), the context
 * marked offline. A4 as the report's @page says, backgrounds printed (badges
 * and bars), tagged and with an outline from the headings.
 */
export async function renderPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const browser = options.browser ?? (await launchChromium());
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true, serviceWorkers: 'block' });
    try {
      await context.route('**/*', (route) => {
        options.onBlockedRequest?.(route.request().url());
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({
        format: 'A4',
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: FOOTER,
        tagged: true,
        outline: true,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      await context.close();
    }
  } finally {
    if (!options.browser) await browser.close();
  }
}
