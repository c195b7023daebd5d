import type { RenderedReport, ReportFormat, ReportInput } from './input';

export type { ReportFormat, ReportInput, RenderedReport } from './input';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Renders a review report. PDF is not rendered here (it is printed from the
 * HTML by Chromium or Electron on the Node side).
 * PLACEHOLDER: minimal HTML and JSON; the report work replaces it, keeping this signature.
 */
export async function renderReport(input: ReportInput, format: Exclude<ReportFormat, 'pdf'>): Promise<RenderedReport> {
  if (format === 'json') {
    return { format, mime: 'application/json', extension: 'json', text: JSON.stringify({ schemaVersion: 1, article: input.article, claims: input.claims }, null, 2) };
  }
  if (format !== 'html') throw new Error(`The ${format} report is not available yet.`);
  const rows = input.claims
    .map((c) => `<section><h2>${escapeHtml(c.text)}</h2><p>${escapeHtml(c.verdict ?? 'Unchecked')}</p><p>${escapeHtml(c.rationale)}</p><ul>${c.sources.map((s) => `<li>${escapeHtml(s.title)} — ${escapeHtml(s.url)}</li>`).join('')}</ul></section>`)
    .join('');
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(input.article.meta.title ?? '')}</title></head><body><h1>${escapeHtml(input.article.meta.title ?? '')}</h1>${rows}</body></html>`;
  return { format, mime: 'text/html', extension: 'html', text: html };
}
