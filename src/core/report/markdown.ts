import { cleanText } from './escape';
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
const MD_INLINE = /[\\`*_[\]<>|~#&@]|:\/\/|\bwww\./gi;
const MD_LINE_START = /^([+\-=>]|\d+(?=[.)]))/;

function escapeLine(line: string): string {
  const escaped = line.replace(MD_INLINE, (m) => (m === '://' ? '\\://' : m.length > 1 ? `${m.slice(0, 3)}\\.` : `\\${m}`));
  return escaped.replace(MD_LINE_START, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
}

/** Inline text: escaped, on one line (a newline inside a list item or a heading would end it). */
export function mdInline(text: string): string {
  return escapeLine(cleanText(text).replace(/\s*[\r\n]+\s*/g, ' '));
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

function metaLines(rows: readonly MetaRow[]): string[] {
  return rows.map((r) => `- **${mdInline(r.label)}:** ${r.href !== undefined ? mdLink(r.value, r.href) : mdInline(r.value)}`);
}

function source(s: SourceView, i: number, view: ReportView): string[] {
  const t = view.t;
  const details = [
    s.source.publisher && mdInline(s.source.publisher),
    s.source.author && `${mdInline(t('source.author'))}: ${mdInline(s.source.author)}`,
    s.published && `${mdInline(t('source.published'))} ${mdInline(s.published)}`,
    s.accessed && `${mdInline(t('source.accessed'))} ${mdInline(s.accessed)}`,
  ].filter(Boolean);
  const lines = [`${i + 1}. **${mdInline(s.stance)}** — ${mdLink(s.title, s.href)}${details.length ? ` — ${details.join(' · ')}` : ''}`];
  // A URL that is not http(s) is shown as escaped code-free text, never as a link.
  if (s.source.url && !s.href) lines.push(`   ${mdInline(t('meta.url'))}: ${mdInline(s.source.url)}`);
  if (s.source.excerpt.trim()) lines.push('', mdBlock(s.source.excerpt, '   > '));
  if (s.source.note.trim()) lines.push('', `   ${mdInline(t('source.note'))}: ${mdInline(s.source.note)}`);
  if (s.sha256) lines.push('', `   ${mdInline(t('source.sha256'))}${s.archivedOn ? ` (${mdInline(s.archivedOn)})` : ''}: ${mdInline(s.sha256)}`);
  lines.push('');
  return lines;
}

function claim(v: ClaimView, view: ReportView): string[] {
  const t = view.t;
  const c = v.claim;
  const ctx = v.context ? `${mdInline(v.context.before)}${markClaim(v.context.marked)}${mdInline(v.context.after)}` : markClaim(c.text);
  const out = [
    `### ${mdInline(t('claims.number', { n: v.number }))} — ${v.badge.glyph} ${mdInline(v.badge.label)}`,
    '',
    `> ${ctx}`,
    '',
  ];
  if (v.contextNote) out.push(`*${mdInline(v.contextNote)}*`, '');
  out.push(
    `- **${mdInline(t('claims.speaker'))}:** ${mdInline(v.speaker)}`,
    `- **${mdInline(t('claims.type'))}:** ${mdInline(v.type)}`,
    `- **${mdInline(t('claims.status'))}:** ${mdInline(v.status)}`,
    `- **${mdInline(t('claims.occurrences'))}:** ${v.occurrences}`,
    '',
    `#### ${mdInline(t('claims.rationale'))}`,
    '',
    c.rationale.trim() ? mdBlock(c.rationale) : `*${mdInline(t('claims.noRationale'))}*`,
    '',
    `#### ${mdInline(t('claims.sources'))}`,
    '',
  );
  if (v.sources.length) v.sources.forEach((s, i) => out.push(...source(s, i, view)));
  else out.push(`*${mdInline(t('claims.noSources'))}*`, '');
  out.push(`#### ${mdInline(t('claims.history'))}`, '');
  if (v.history.length) {
    for (const e of v.history) out.push(`- ${mdInline(e.date)} — ${mdInline(e.actor)}: ${mdInline(e.summary)}`);
    if (v.olderHistory > 0) out.push(`- ${mdInline(t('claims.historyMore', { count: v.olderHistory }))}`);
  } else out.push(`*${mdInline(t('claims.noHistory'))}*`);
  out.push('');
  return out;
}

/** The report as CommonMark/GFM: headings, lists and tables, no raw HTML. */
export function renderMarkdown(view: ReportView): string {
  const t = view.t;
  const p = view.progress;
  const out: string[] = [
    `# ${mdInline(t('reportTitle'))}: ${mdInline(view.title)}`,
    '',
    ...(view.kicker ? [`*${mdInline(view.kicker)}*`, ''] : []),
    `## ${mdInline(t('meta.heading'))}`,
    '',
    ...metaLines(view.articleMeta),
    '',
    `## ${mdInline(t('meta.review'))}`,
    '',
    ...metaLines(view.reviewMeta),
    '',
    `## ${mdInline(t('summary.heading'))}`,
    '',
    `**${p.checked}/${p.total}** — ${mdInline(t('summary.progress', { checked: p.checked, total: p.total, percent: p.percent }))}`,
    '',
    `| ${mdInline(t('summary.verdict'))} | ${mdInline(t('summary.claims'))} |`,
    '| :-- | --: |',
    ...view.counts.map((r) => `| ${r.glyph} ${mdInline(r.label)} | ${r.count} |`),
    '',
    ...view.exclusions.flatMap((e) => [`*${mdInline(e)}*`, '']),
    `## ${mdInline(t('claims.heading'))} (${view.claims.length})`,
    '',
  ];
  if (view.claims.length) for (const c of view.claims) out.push(...claim(c, view));
  else out.push(`*${mdInline(t('summary.noClaims'))}*`, '');
  out.push(
    `## ${mdInline(t('methodology.heading'))}`,
    '',
    mdBlock(view.methodology),
    '',
    `*${mdInline(t('methodology.scaleCaption', { name: view.input.scale.name }))}*`,
    '',
    `| ${mdInline(t('summary.verdict'))} | ${mdInline(t('methodology.rating'))} |`,
    '| :-- | :-- |',
    ...view.scale.map((s) => `| ${s.glyph} ${mdInline(s.label)} | ${mdInline(s.rating)} |`),
    '',
    `## ${mdInline(t('corrections.heading'))}`,
    '',
  );
  if (view.corrections.length) {
    out.push(`| ${mdInline(t('corrections.date'))} | ${mdInline(t('corrections.by'))} | ${mdInline(t('corrections.change'))} |`, '| :-- | :-- | :-- |');
    for (const c of view.corrections) out.push(`| ${mdInline(c.date)} | ${mdInline(c.actor)} | ${mdInline(c.summary)} |`);
  } else out.push(`*${mdInline(t('corrections.none'))}*`);
  out.push(
    '',
    `## ${mdInline(t('signoff.heading'))}`,
    '',
    `- **${mdInline(t('signoff.reviewedBy'))}:** ${mdInline(view.input.settings.reviewer)} — ${mdInline(t('signoff.date'))}: \\_\\_\\_\\_\\_\\_\\_\\_ — ${mdInline(t('signoff.signature'))}: \\_\\_\\_\\_\\_\\_\\_\\_`,
    `- **${mdInline(t('signoff.approvedBy'))}:** \\_\\_\\_\\_\\_\\_\\_\\_ — ${mdInline(t('signoff.date'))}: \\_\\_\\_\\_\\_\\_\\_\\_ — ${mdInline(t('signoff.signature'))}: \\_\\_\\_\\_\\_\\_\\_\\_`,
    '',
    '---',
    '',
    `*${mdInline(t('footer', { date: view.generated }))}*`,
    '',
  );
  return out.join('\n');
}
