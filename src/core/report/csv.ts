import { TextBuilder } from './builder';
import { cleanText } from './escape';
import type { ClaimView, ReportView, SourceView } from './view';

/**
 * CSV: ONE ROW PER CLAIM–SOURCE PAIR. A claim with three sources gives three
 * rows that repeat the claim's columns; a claim without a source gives one row
 * whose source columns are empty. We chose this over "sources joined in one
 * cell" because a spreadsheet or a pipeline can then filter and count by
 * source, stance or publisher, and because no joining separator can be
 * confused with text inside a title or an excerpt: every field round-trips
 * exactly. `claim_number` and `source_number` say where a row belongs.
 *
 * RFC 4180: fields separated by commas, records by CRLF, a field quoted when
 * it holds a comma, a quote, CR or LF (quotes doubled). UTF-8 with a BOM so
 * Excel reads the accents. Every row has the width of the header.
 *
 * Formula injection: a cell that starts with `=`, `+`, `-`, `@`, a tab or a CR
 * is prefixed with an apostrophe, which spreadsheets show as text (OWASP's
 * advice). A reader who needs the raw text drops one leading apostrophe from
 * such cells; the JSON export holds every string unmodified.
 */

export const CSV_COLUMNS = [
  'article_id',
  'claim_number',
  'claim_id',
  'claim_text',
  'claim_summary',
  'context',
  'speaker',
  'type',
  'status',
  'review',
  'verdict_id',
  'verdict',
  'rating',
  'rationale',
  'occurrences',
  'source_number',
  'source_title',
  'source_publisher',
  'source_author',
  'source_url',
  'source_published',
  'source_accessed',
  'source_stance',
  'source_excerpt',
  'source_note',
  'source_archive_sha256',
] as const;

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: formula-neutralised, then quoted when needed. */
export function csvField(value: string): string {
  let v = cleanText(value);
  if (FORMULA_START.test(v)) v = `'${v}`;
  return NEEDS_QUOTES.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The claim's columns (the first 15), shared by all its rows. */
function claimFields(v: ClaimView, view: ReportView): string[] {
  const c = v.claim;
  const context = v.context ? v.context.before + v.context.marked + v.context.after : '';
  return [
    view.input.article.id,
    String(v.number),
    c.id,
    c.text,
    v.summary,
    context,
    c.speaker ?? '',
    c.type,
    c.status,
    c.review,
    c.verdict ?? '',
    v.badge.label,
    v.verdict && v.verdict.rating !== null ? String(v.verdict.rating) : '',
    c.rationale,
    String(v.occurrences),
  ];
}

function sourceFields(s: SourceView | null, i: number): string[] {
  if (!s) return ['', '', '', '', '', '', '', '', '', '', ''];
  const src = s.source;
  return [
    String(i + 1),
    src.title,
    src.publisher,
    src.author,
    src.url,
    src.publishedAt ?? '',
    src.accessedAt ?? '',
    src.stance,
    src.excerpt,
    src.note,
    src.snapshotSha256 ?? '',
  ];
}

/** The CSV text, BOM first, CRLF after every record. */
export function renderCsv(view: ReportView): string {
  const o = new TextBuilder();
  o.push('\uFEFF', CSV_COLUMNS.join(','), '\r\n');
  const empty = sourceFields(null, 0).join(',');
  for (const v of view.claims) {
    const claim = claimFields(v, view).map(csvField).join(',');
    if (v.sources.length === 0) o.push(claim, ',', empty, '\r\n');
    v.sources.forEach((s, i) => o.push(claim, ',', sourceFields(s, i).map(csvField).join(','), '\r\n'));
  }
  return o.s;
}
