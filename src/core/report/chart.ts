import { BADGE_COLOURS } from './badges';
import { escapeHtml } from './escape';
import type { CountRow } from './view';

const WIDTH = 640;
const ROW = 26;
const LABEL_W = 190;
const COUNT_W = 48;
const BAR_W = WIDTH - LABEL_W - COUNT_W - 8;

/**
 * Horizontal bars of claims per verdict, as inline SVG (no script, no font
 * download). Each bar carries its glyph, label and count as text, so the chart
 * reads in greyscale; the <title> gives screen readers the same figures.
 */
export function verdictChartSvg(rows: readonly CountRow[], title: string, colon = ':'): string {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const height = rows.length * ROW + 8;
  const summary = rows.map((r) => `${r.label}${colon} ${r.count}`).join(', ');
  const bars = rows
    .map((r, i) => {
      const y = 4 + i * ROW;
      const w = r.count === 0 ? 0 : Math.max(3, Math.round((r.count / max) * BAR_W));
      const colour = BADGE_COLOURS[r.tone];
      return (
        `<g transform="translate(0,${y})">` +
        `<text x="0" y="17" class="chart-glyph" fill="${colour.ink}">${escapeHtml(r.glyph)}</text>` +
        `<text x="22" y="17" class="chart-label">${escapeHtml(r.label)}</text>` +
        `<rect x="${LABEL_W}" y="4" width="${BAR_W}" height="16" fill="#f1f1ee"/>` +
        (w > 0 ? `<rect x="${LABEL_W}" y="4" width="${w}" height="16" fill="${colour.bar}"/>` : '') +
        `<text x="${WIDTH - 4}" y="17" text-anchor="end" class="chart-count">${r.count}</text>` +
        `</g>`
      );
    })
    .join('');
  return (
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="chart-title">` +
    `<title id="chart-title">${escapeHtml(`${title} — ${summary}`)}</title>${bars}</svg>`
  );
}

/** A thin progress bar with its figure written beside it (the text says it all; the bar is a glance). */
export function progressSvg(percent: number): string {
  const p = Math.max(0, Math.min(100, percent));
  return (
    `<svg class="progress" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 10" width="200" height="10" aria-hidden="true">` +
    `<rect x="0" y="0" width="200" height="10" rx="5" fill="#e7e5df"/>` +
    (p > 0 ? `<rect x="0" y="0" width="${p * 2}" height="10" rx="5" fill="#2c5282"/>` : '') +
    `</svg>`
  );
}
