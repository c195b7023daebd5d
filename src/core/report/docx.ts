import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { cleanText } from './escape';
import { fill } from './i18n';
import type { ClaimView, MetaRow, ReportView, SourceView } from './view';

/**
 * The report as a Word document (the docx library writes the XML and escapes
 * text; we drop characters XML cannot hold). Headings follow Word's built-in
 * Heading 1–4 styles, so the navigation pane and mammoth both see the outline.
 * Bytes come from Packer.pack(…, 'uint8array'): no Node Buffer in the core.
 */

const SERIF = 'Georgia';
const SANS = 'Arial';
const MUTED = '5B5B57';

/** Text runs for a string that may hold line breaks (Word needs explicit breaks). */
function runs(text: string, style: { bold?: boolean; italics?: boolean; color?: string; font?: string; size?: number; highlight?: 'yellow' } = {}): TextRun[] {
  return cleanText(text)
    .split(/\r\n|\r|\n/)
    .map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), ...style }));
}

function label(text: string): TextRun {
  return new TextRun({ text: cleanText(text).toUpperCase(), font: SANS, size: 16, color: MUTED, bold: true, characterSpacing: 20 });
}

function link(text: string, href: string | null): ParagraphChild[] {
  if (!href) return runs(text);
  return [new ExternalHyperlink({ link: href, children: [new TextRun({ text: cleanText(text), style: 'Hyperlink' })] })];
}

function para(children: ParagraphChild[], spacingAfter = 120): Paragraph {
  return new Paragraph({ children, spacing: { after: spacingAfter } });
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  return new Paragraph({ heading: level, children: runs(text), keepNext: true });
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: 'D6D3CC' };
const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function cell(children: ParagraphChild[], opts: { header?: boolean; width?: number } = {}): TableCell {
  return new TableCell({
    children: [new Paragraph({ children })],
    ...(opts.width ? { width: { size: opts.width, type: WidthType.PERCENTAGE } } : {}),
    ...(opts.header ? { shading: { type: ShadingType.CLEAR, fill: 'F1F1EE', color: 'auto' } } : {}),
    borders: { top: noBorder, left: noBorder, right: noBorder, bottom: thin },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

function table(header: string[] | null, rows: ParagraphChild[][][], widths: number[]): Table {
  const head = header ? [new TableRow({ tableHeader: true, children: header.map((h, i) => cell([new TextRun({ text: cleanText(h), bold: true, font: SANS, size: 18 })], { header: true, width: widths[i] ?? 0 })) })] : [];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [...head, ...rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, { width: widths[i] ?? 0 })) }))],
  });
}

function metaTable(rows: readonly MetaRow[]): Table {
  return table(null, rows.map((r) => [[new TextRun({ text: cleanText(r.label), font: SANS, size: 18, color: MUTED })], r.href !== undefined ? link(r.value, r.href) : runs(r.value)]), [28, 72]);
}

function source(s: SourceView, i: number, view: ReportView): Paragraph[] {
  const L = view.s;
  const details = [
    s.source.publisher,
    s.source.author && `${L.source.author}${view.colon} ${s.source.author}`,
    s.published && `${L.source.published} ${s.published}`,
    s.accessed && `${L.source.accessed} ${s.accessed}`,
  ].filter((x): x is string => Boolean(x));
  const out = [
    new Paragraph({
      keepNext: true,
      spacing: { after: 40 },
      indent: { left: 360, hanging: 360 },
      children: [new TextRun({ text: `${i + 1}.\t` }), new TextRun({ text: `${cleanText(s.stance).toUpperCase()}  `, bold: true, font: SANS, size: 16 }), ...link(s.title, s.href)],
    }),
  ];
  const sub = (children: ParagraphChild[]) => new Paragraph({ indent: { left: 360 }, spacing: { after: 40 }, children });
  if (details.length) out.push(sub(runs(details.join(' · '), { font: SANS, size: 18, color: MUTED })));
  if (s.source.url) out.push(sub(runs(s.source.url, { font: 'Courier New', size: 16 })));
  const excerpt = s.source.excerpt.trim();
  if (excerpt) out.push(sub(runs(view.language === 'fr' ? `«\u00a0${excerpt}\u00a0»` : `“${excerpt}”`, { italics: true })));
  if (s.source.note.trim()) out.push(sub(runs(`${L.source.note} — ${s.source.note.trim()}`, { font: SANS, size: 18, color: MUTED })));
  if (s.sha256) out.push(sub(runs(`${L.source.sha256}${s.archivedOn ? ` (${s.archivedOn})` : ''}${view.colon} ${s.sha256}`, { font: 'Courier New', size: 15, color: MUTED })));
  return out;
}

function claim(v: ClaimView, view: ReportView): (Paragraph | Table)[] {
  const L = view.s;
  const c = v.claim;
  const ctx = v.context
    ? [...runs(v.context.before), ...runs(v.context.marked, { bold: true, highlight: 'yellow' }), ...runs(v.context.after)]
    : runs(c.text, { bold: true, highlight: 'yellow' });
  const out: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_3,
      keepNext: true,
      children: [...runs(`${fill(L.claims.number, { n: v.number })} — `), new TextRun({ text: `${v.badge.glyph} `, font: 'DejaVu Sans' }), ...runs(v.badge.label.toUpperCase())],
    }),
    new Paragraph({
      children: ctx,
      keepNext: true,
      spacing: { after: 120 },
      shading: { type: ShadingType.CLEAR, fill: 'FAF9F6', color: 'auto' },
      border: { left: { style: BorderStyle.SINGLE, size: 18, color: '9CA3AF', space: 8 } },
    }),
  ];
  if (v.contextNote) out.push(para(runs(v.contextNote, { italics: true, color: MUTED })));
  out.push(
    para([label(L.claims.summary), new TextRun({ text: ' ' }), ...runs(v.summary)]),
    para([
      label(L.claims.speaker), new TextRun({ text: ' ' }), ...runs(v.speaker), new TextRun({ text: '    ' }),
      label(L.claims.type), new TextRun({ text: ' ' }), ...runs(v.type), new TextRun({ text: '    ' }),
      label(L.claims.status), new TextRun({ text: ' ' }), ...runs(v.status), new TextRun({ text: '    ' }),
      label(L.claims.occurrences), new TextRun({ text: ` ${v.occurrences}` }),
    ]),
    heading(L.claims.rationale, HeadingLevel.HEADING_4),
    para(c.rationale.trim() ? runs(c.rationale.trim()) : runs(L.claims.noRationale, { italics: true, color: MUTED })),
    ...v.reused.map((r) => para(runs(`↺ ${r}`, { italics: true, color: MUTED }))),
    heading(L.claims.sources, HeadingLevel.HEADING_4),
  );
  if (v.sources.length) v.sources.forEach((s, i) => out.push(...source(s, i, view)));
  else out.push(para(runs(L.claims.noSources, { italics: true, color: MUTED })));
  out.push(heading(L.claims.history, HeadingLevel.HEADING_4));
  if (v.history.length) {
    for (const e of v.history) out.push(new Paragraph({ spacing: { after: 20 }, children: runs(`${e.date} — ${e.actor}${view.colon} ${e.summary}`, { font: SANS, size: 17, color: MUTED }) }));
    if (v.olderHistory > 0) out.push(para(runs(view.t('claims.historyMore', { count: v.olderHistory }), { font: SANS, size: 17, color: MUTED })));
  } else out.push(para(runs(L.claims.noHistory, { italics: true, color: MUTED })));
  out.push(new Paragraph({ children: [], spacing: { after: 240 } }));
  return out;
}

function documentChildren(view: ReportView): (Paragraph | Table)[] {
  const L = view.s;
  const p = view.progress;
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      children: [new TextRun({ text: cleanText(view.input.settings.organisation).toUpperCase(), bold: true, font: SANS, size: 18, characterSpacing: 30 }), new TextRun({ text: `\t${cleanText(L.reportTitle)}`, font: SANS, size: 18 })],
      tabStops: [{ type: 'right', position: 9000 }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '1D1D1B', space: 4 } },
      spacing: { after: 360 },
    }),
    para(runs(L.reportFor, { font: SANS, size: 18, color: MUTED }), 40),
  ];
  if (view.kicker) children.push(para(runs(view.kicker.toUpperCase(), { font: SANS, size: 18, bold: true, color: '8A2B1D' }), 40));
  children.push(
    heading(view.title, HeadingLevel.HEADING_1),
    heading(L.meta.heading, HeadingLevel.HEADING_2),
    metaTable(view.articleMeta),
    heading(L.meta.review, HeadingLevel.HEADING_2),
    metaTable(view.reviewMeta),
    heading(L.summary.heading, HeadingLevel.HEADING_2),
    para([new TextRun({ text: `${p.checked}/${p.total}  `, bold: true, size: 32 }), ...runs(fill(L.summary.progress, { checked: p.checked, total: p.total, percent: p.percent }))]),
    table(
      [L.summary.verdict, L.summary.claims],
      view.counts.map((r) => [[new TextRun({ text: `${r.glyph} `, font: 'DejaVu Sans' }), ...runs(r.label)], [new TextRun({ text: String(r.count), bold: true })]]),
      [80, 20],
    ),
    ...view.exclusions.map((e) => para(runs(e, { italics: true, color: MUTED }))),
    heading(`${L.claims.heading} (${view.claims.length})`, HeadingLevel.HEADING_2),
  );
  if (view.claims.length) for (const c of view.claims) children.push(...claim(c, view));
  else children.push(para(runs(L.summary.noClaims, { italics: true })));
  children.push(
    heading(L.methodology.heading, HeadingLevel.HEADING_2),
    ...view.methodology.split(/\n\s*\n/).map((m) => para(runs(m.trim()))),
    para(runs(fill(L.methodology.scaleCaption, { name: view.scaleName }), { italics: true, color: MUTED })),
    table([L.summary.verdict, L.methodology.rating], view.scale.map((s) => [[new TextRun({ text: `${s.glyph} `, font: 'DejaVu Sans' }), ...runs(s.label)], runs(s.rating)]), [70, 30]),
    heading(L.corrections.heading, HeadingLevel.HEADING_2),
    view.corrections.length
      ? table([L.corrections.date, L.corrections.by, L.corrections.change], view.corrections.map((c) => [runs(c.date), runs(c.actor), runs(c.summary)]), [25, 20, 55])
      : para(runs(L.corrections.none, { italics: true, color: MUTED })),
    heading(L.signoff.heading, HeadingLevel.HEADING_2),
    table(
      [L.signoff.reviewedBy, L.signoff.date, L.signoff.signature],
      [[runs(view.input.settings.reviewer), [], []], [[label(L.signoff.approvedBy)], [], []]],
      [40, 30, 30],
    ),
    new Paragraph({ spacing: { before: 480 }, children: runs(fill(L.footer, { date: view.generated }), { font: SANS, size: 16, color: MUTED }) }),
  );
  return children;
}

export async function renderDocx(view: ReportView): Promise<Uint8Array> {
  const doc = new Document({
    creator: cleanText(view.input.settings.reviewer || 'Factbench'),
    title: cleanText(`${view.s.reportTitle} — ${view.title}`),
    description: 'Factbench review report',
    styles: {
      default: {
        document: { run: { font: SERIF, size: 21 }, paragraph: { spacing: { line: 288 } } },
        heading1: { run: { font: SERIF, size: 40, bold: true, color: '1D1D1B' }, paragraph: { spacing: { after: 240 } } },
        heading2: { run: { font: SANS, size: 20, bold: true, color: '1D1D1B', allCaps: true, characterSpacing: 30 }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading3: { run: { font: SANS, size: 22, bold: true, color: '1D1D1B' }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading4: { run: { font: SANS, size: 16, bold: true, color: MUTED, allCaps: true, characterSpacing: 20 }, paragraph: { spacing: { before: 160, after: 60 } } },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 1000, bottom: 1000, left: 1080, right: 1080 } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], font: SANS, size: 16, color: MUTED })] })],
          }),
        },
        children: documentChildren(view),
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
