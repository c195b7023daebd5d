export { renderPdf, launchChromium, CHROMIUM_ARGS, type PdfOptions } from './pdf';
