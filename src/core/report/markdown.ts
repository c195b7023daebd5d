import { cleanText } from './escape';
import { LineBuilder } from './builder';
import { fill, type ReportStrings } from './i18n';
import type { ClaimView, MetaRow, ReportView, SourceView } from './view';

/**
 * Markdown escaping, so that article text can never open a link, an image, raw
 * HTML, emphasis, code, a table cell, or a block (heading, list, quote):
 * - everywhere: the characters that start inline syntax (backslash, backtick,
 *   `*`, `_`, brackets, `<`, `>`, `|`, `~`, `#`, `&` — so "&lt;" stays those four
 *   characters) and `@`, `://`, `www.` (GFM turns those into links on its own);
 * - at the start of a line: the block markers `+ - = >` and "1." / "1)".
 * Ordinary prose punctuation (quotes, parentheses, full stops) is left readable.
 */
const MD_CHARS = /[\\`*_[\]<>|~#&@]/g;
const HAS_MD_CHAR = /[\\`*_[\]<>|~#&@]/; // not global: `test` on a global regex keeps state
const MD_LINE_START = /^([+\-=>]|\d+(?=[.)]))/;

function escapeLine(line: string): string {
  let out = HAS_MD_CHAR.test(line) ? line.replace(MD_CHARS, '\\$&') : line;
  if (out.includes('://')) out = out.replace(/:\/\//g, '\\://');
  if (/www\./i.test(out)) out = out.replace(/\b(www)\./gi, '$1\\.');
  const c = out.charCodeAt(0);
  // + - = > or a digit: only then can the line start a block.
  return c === 43 || c === 45 || c === 61 || c === 62 || (c >= 48 && c <= 57) ? out.replace(MD_LINE_START, (m) => (m.length > 1 || /\d/.test(m) ? `${m}\\` : `\\${m}`)) : out;
}

const NEWLINES = /\s*[\r\n]+\s*/g;

/** Inline text: escaped, on one line (a newline inside a list item or a heading would end it). */
export function mdInline(text: string): string {
  const clean = cleanText(text);
  return escapeLine(clean.includes('\n') || clean.includes('\r') ? clean.replace(NEWLINES, ' ') : clean);
}

/** Block text: escaped, paragraphs kept, line breaks kept as hard breaks, no indentation (which would make code). */
export function mdBlock(text: string, linePrefix = ''): string {
  return cleanText(text)
    .trim()
    .split(/\r?\n\s*\r?\n|\r\s*\r/)
    .map((para) =>
      para
        .split(/\r\n|\r|\n/)
        .map((line) => linePrefix + escapeLine(line.trim()))
        .join('\\\n'),
    )
    .join(`\n${linePrefix.trimEnd()}\n`);
}

/** A link destination: only http(s) URLs come here; anything that could end the destination is percent-encoded. */
function mdUrl(href: string): string {
  return href.replace(/[\s<>()[\]"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function mdLink(text: string, href: string | null): string {
  if (!href) return mdInline(text);
  // A URL shown as itself reads best as an autolink.
  return text.trim() === href ? `<${mdUrl(href)}>` : `[${mdInline(text)}](<${mdUrl(href)}>)`;
}

/** Bold the claim; the emphasis markers hug the text (CommonMark ignores `** x**`). */
function markClaim(text: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(cleanText(text).replace(/\s*[\r\n]+\s*/g, ' '));
  const [lead, core, trail] = [m?.[1] ?? '', m?.[2] ?? '', m?.[3] ?? ''];
  return core ? `${lead}**${escapeLine(core)}**${trail}` : lead + trail;
}

/** A blank line to sign on. */
const BLANK = '\\_'.repeat(8);

function metaLines(rows: readonly MetaRow[], C: string): string[] {
  return rows.map((r) => `- **${mdInline(r.label)}${C}** ${r.href !== undefined ? mdLink(r.value, r.href) : mdInline(r.value)}`);
}

/** The report's labels, Markdown-escaped once per language rather than once per claim. */
const escapedCache = new WeakMap<object, ReportStrings>();
function escapedStrings(strings: ReportStrings): ReportStrings {
  const cached = escapedCache.get(strings);
  if (cached) return cached;
  const walk = (node: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries(node).map(([k, v]) => [k, typeof v === 'string' ? mdInline(v) : walk(v as Record<string, unknown>)]));
  const escaped = walk(strings) as ReportStrings;
  escapedCache.set(strings, escaped);
  return escaped;
}

function source(o: LineBuilder, s: SourceView, i: number, M: ReportStrings, C: string): void {
  const src = s.source;
  const details: string[] = [];
  if (src.publisher) details.push(mdInline(src.publisher));
  if (src.author) details.push(`${M.source.author}${C} ${mdInline(src.author)}`);
  if (s.published) details.push(`${M.source.published} ${mdInline(s.published)}`);
  if (s.accessed) details.push(`${M.source.accessed} ${mdInline(s.accessed)}`);
  o.push(`${i + 1}. **${mdInline(s.stance)}** — ${mdLink(s.title, s.href)}${details.length ? ` — ${details.join(' · ')}` : ''}`);
  // A URL that is not http(s) is shown as escaped text, never as a link.
  if (src.url && !s.href) o.push(`   ${M.meta.url}${C} ${mdInline(src.url)}`);
  if (src.excerpt.trim()) o.push('', mdBlock(src.excerpt, '   > '));
  if (src.note.trim()) o.push('', `   ${M.source.note}${C} ${mdInline(src.note)}`);
  if (s.sha256) o.push('', `   ${M.source.sha256}${s.archivedOn ? ` (${mdInline(s.archivedOn)})` : ''}${C} ${mdInline(s.sha256)}`);
  o.push('');
}

function claim(o: LineBuilder, v: ClaimView, view: ReportView, M: ReportStrings): void {
  const c = v.claim;
  const C = view.colon;
  const ctx = v.context ? `${mdInline(v.context.before)}${markClaim(v.context.marked)}${mdInline(v.context.after)}` : markClaim(c.text);
  o.push(`### ${fill(M.claims.number, { n: v.number })} — ${v.badge.glyph} ${mdInline(v.badge.label)}`, '', `> ${ctx}`, '');
  if (v.contextNote) o.push(`*${mdInline(v.contextNote)}*`, '');
  o.push(
    `- **${M.claims.summary}${C}** ${mdInline(v.summary)}`,
    `- **${M.claims.speaker}${C}** ${mdInline(v.speaker)}`,
    `- **${M.claims.type}${C}** ${mdInline(v.type)}`,
    `- **${M.claims.status}${C}** ${mdInline(v.status)}`,
    `- **${M.claims.occurrences}${C}** ${v.occurrences}`,
    '',
    `#### ${M.claims.rationale}`,
    '',
    c.rationale.trim() ? mdBlock(c.rationale) : `*${M.claims.noRationale}*`,
    '',
    ...v.reused.flatMap((r) => [`*↺ ${mdInline(r)}*`, '']),
    `#### ${M.claims.sources}`,
    '',
  );
  if (v.sources.length) v.sources.forEach((s, i) => source(o, s, i, M, C));
  else o.push(`*${M.claims.noSources}*`, '');
  o.push(`#### ${M.claims.history}`, '');
  if (v.history.length) {
    for (const e of v.history) o.push(`- ${mdInline(e.date)} — ${mdInline(e.actor)}${C} ${mdInline(e.summary)}`);
    if (v.olderHistory > 0) o.push(`- ${mdInline(view.t('claims.historyMore', { count: v.olderHistory }))}`);
  } else o.push(`*${M.claims.noHistory}*`);
  o.push('');
}

/** The report as CommonMark/GFM: headings, lists and tables, no raw HTML. */
export function renderMarkdown(view: ReportView): string {
  const L = view.s;
  const p = view.progress;
  const M = escapedStrings(L);
  const C = view.colon;
  const out = new LineBuilder();
  out.push(
    `# ${mdInline(L.reportTitle)}${C} ${mdInline(view.title)}`,
    '',
    ...(view.kicker ? [`*${mdInline(view.kicker)}*`, ''] : []),
    `## ${mdInline(L.meta.heading)}`,
    '',
    ...metaLines(view.articleMeta, C),
    '',
    `## ${mdInline(L.meta.review)}`,
    '',
    ...metaLines(view.reviewMeta, C),
    '',
    `## ${mdInline(L.summary.heading)}`,
    '',
    `**${p.checked}/${p.total}** — ${mdInline(fill(L.summary.progress, { checked: p.checked, total: p.total, percent: p.percent }))}`,
    '',
    `| ${mdInline(L.summary.verdict)} | ${mdInline(L.summary.claims)} |`,
    '| :-- | --: |',
    ...view.counts.map((r) => `| ${r.glyph} ${mdInline(r.label)} | ${r.count} |`),
    '',
    ...view.exclusions.flatMap((e) => [`*${mdInline(e)}*`, '']),
    `## ${mdInline(L.claims.heading)} (${view.claims.length})`,
    '',
  );
  if (view.claims.length) for (const c of view.claims) claim(out, c, view, M);
  else out.push(`*${mdInline(L.summary.noClaims)}*`, '');
  out.push(
    `## ${mdInline(L.methodology.heading)}`,
    '',
    mdBlock(view.methodology),
    '',
    `*${mdInline(fill(L.methodology.scaleCaption, { name: view.scaleName }))}*`,
    '',
    `| ${mdInline(L.summary.verdict)} | ${mdInline(L.methodology.rating)} |`,
    '| :-- | :-- |',
    ...view.scale.map((s) => `| ${s.glyph} ${mdInline(s.label)} | ${mdInline(s.rating)} |`),
    '',
    `## ${mdInline(L.corrections.heading)}`,
    '',
  );
  if (view.corrections.length) {
    out.push(`| ${mdInline(L.corrections.date)} | ${mdInline(L.corrections.by)} | ${mdInline(L.corrections.change)} |`, '| :-- | :-- | :-- |');
    for (const c of view.corrections) out.push(`| ${mdInline(c.date)} | ${mdInline(c.actor)} | ${mdInline(c.summary)} |`);
  } else out.push(`*${mdInline(L.corrections.none)}*`);
  out.push(
    '',
    `## ${mdInline(L.signoff.heading)}`,
    '',
    `- **${mdInline(L.signoff.reviewedBy)}${C}** ${mdInline(view.input.settings.reviewer)} — ${mdInline(L.signoff.date)}${C} ${BLANK} — ${mdInline(L.signoff.signature)}${C} ${BLANK}`,
    `- **${mdInline(L.signoff.approvedBy)}${C}** ${BLANK} — ${mdInline(L.signoff.date)}${C} ${BLANK} — ${mdInline(L.signoff.signature)}${C} ${BLANK}`,
    '',
    '---',
    '',
    `*${mdInline(fill(L.footer, { date: view.generated }))}*`,
    '',
  );
  return out.s;
}
