import { BADGE_COLOURS, type BadgeTone } from './badges';

const toneRules = (Object.keys(BADGE_COLOURS) as BadgeTone[])
  .map((tone) => {
    const c = BADGE_COLOURS[tone];
    return `.tone-${tone}{--ink:${c.ink};--paper:${c.paper};--bar:${c.bar}}`;
  })
  .join('\n');

/**
 * The report's only stylesheet, inlined into the HTML. System fonts only (no
 * download); the screen shows a sheet of paper on a desk, print gives A4 pages
 * that keep each claim's header with its text.
 */
export const REPORT_CSS = `
:root{--serif:Georgia,Cambria,"Liberation Serif","DejaVu Serif",serif;--sans:"Helvetica Neue",Arial,"Liberation Sans","DejaVu Sans",sans-serif;--mono:"DejaVu Sans Mono","Liberation Mono",monospace;--rule:#d6d3cc;--muted:#5b5b57;--text:#1d1d1b;--accent:#1f3a5f}
${toneRules}
*{box-sizing:border-box}
html{background:#e8e6e1}
body{margin:0;color:var(--text);font:15px/1.55 var(--serif);-webkit-print-color-adjust:exact;print-color-adjust:exact}
.page{max-width:860px;margin:32px auto;background:#fff;padding:56px 68px 48px;box-shadow:0 1px 3px rgba(0,0,0,.12),0 8px 28px rgba(0,0,0,.08)}
a{color:var(--accent);text-decoration:underline;text-decoration-thickness:1px;text-underline-offset:2px;overflow-wrap:anywhere}
.url{font-family:var(--mono);font-size:12px;overflow-wrap:anywhere;word-break:break-all}
.masthead{display:flex;justify-content:space-between;align-items:flex-end;gap:24px;border-bottom:2px solid var(--text);padding-bottom:10px;font-family:var(--sans)}
.masthead .org{font-size:13px;font-weight:700;letter-spacing:.12em;text-transform:uppercase}
.masthead .doc{font-size:12px;color:var(--muted);text-align:right;line-height:1.4}
.masthead .doc strong{display:block;color:var(--text);font-size:14px;letter-spacing:.04em}
.title-block{margin:28px 0 20px}
.kicker{font:700 12px/1.3 var(--sans);letter-spacing:.1em;text-transform:uppercase;color:#8a2b1d;margin:0 0 6px}
.for{font:12px/1.3 var(--sans);color:var(--muted);margin:0 0 4px}
h1{font:700 28px/1.2 var(--serif);margin:0;letter-spacing:-.01em}
h2{font:700 12px/1.3 var(--sans);letter-spacing:.14em;text-transform:uppercase;margin:36px 0 14px;padding-bottom:6px;border-bottom:1px solid var(--rule);break-after:avoid}
h3{font:700 15px/1.3 var(--sans);margin:0}
h4{font:700 11px/1.3 var(--sans);letter-spacing:.1em;text-transform:uppercase;color:var(--muted);margin:16px 0 6px;break-after:avoid}
.meta-grid{display:grid;grid-template-columns:1fr 1fr;gap:0 40px}
.meta-grid h2{margin-top:8px}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:4px 14px;margin:0;font-size:14px}
dl.meta dt{font:12px/1.9 var(--sans);color:var(--muted)}
dl.meta dd{margin:0;overflow-wrap:anywhere}
.summary{display:grid;grid-template-columns:1fr;gap:14px}
.progress-line{display:flex;align-items:center;gap:14px;font:14px var(--sans)}
.progress-line .figure{font:700 26px/1 var(--serif)}
.chart{max-width:100%;height:auto}
.chart text{font-family:var(--sans);font-size:13px;fill:var(--text)}
.chart .chart-glyph{font-size:15px;font-family:"DejaVu Sans",var(--sans)}
.chart .chart-count{font-weight:700}
.note{font:italic 13px/1.5 var(--serif);color:var(--muted);margin:0}
table{border-collapse:collapse;width:100%;font:13px/1.45 var(--sans)}
th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid var(--rule)}
th{font-weight:700;font-size:11px;letter-spacing:.08em;text-transform:uppercase;color:var(--muted);border-bottom:1.5px solid var(--text)}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-flex;align-items:center;gap:6px;padding:2px 10px 2px 8px;border:1.5px solid var(--ink);border-radius:3px;background:var(--paper);color:var(--ink);font:700 12px/1.6 var(--sans);letter-spacing:.04em;text-transform:uppercase;white-space:nowrap}
.glyph{font-family:"DejaVu Sans",var(--sans);font-size:14px;line-height:1}
.claim{border-left:4px solid var(--bar);padding:2px 0 4px 18px;margin:0 0 30px}
.claim header{display:flex;justify-content:space-between;align-items:center;gap:12px;margin-bottom:8px;break-after:avoid}
.claim .number{font:700 12px var(--sans);letter-spacing:.12em;text-transform:uppercase;color:var(--muted)}
blockquote.context{margin:0 0 10px;padding:10px 14px;background:#faf9f6;border:1px solid #ebe8e1;font-size:15.5px;line-height:1.6;white-space:pre-line;break-inside:avoid}
mark{background:#fff0a8;color:inherit;padding:1px 0;font-weight:700;text-decoration:underline;text-decoration-thickness:1px;text-underline-offset:3px}
dl.facts{display:grid;grid-template-columns:repeat(4,auto);justify-content:start;gap:2px 24px;margin:8px 0 0;font:13px/1.4 var(--sans)}
dl.facts dt{font-size:10.5px;letter-spacing:.1em;text-transform:uppercase;color:var(--muted);grid-row:1}
dl.facts dd{margin:0;grid-row:2}
.text{white-space:pre-line;margin:0}
ol.sources{margin:0;padding-left:22px}
ol.sources li{margin:0 0 12px;padding-left:4px;break-inside:avoid}
.source-title{font-weight:700}
.source-line{font:12.5px/1.5 var(--sans);color:var(--muted)}
.stance{display:inline-block;font:700 10.5px/1.5 var(--sans);letter-spacing:.08em;text-transform:uppercase;border:1px solid currentColor;border-radius:2px;padding:0 5px;margin-right:6px;color:var(--text)}
.record{margin:0 0 10px;font-size:15px}
.recheck{margin:0 0 10px;padding:8px 12px;border:1px solid #f6ad55;border-left:4px solid #dd6b20;background:#fffaf0;break-inside:avoid}
.recheck p{margin:0 0 6px;font-size:14px;color:#6b2c00}
.recheck blockquote{margin:0;padding:0 0 0 10px;border-left:2px solid #f6ad55;font-style:italic;white-space:pre-line}
.kind{font-size:12px;font-weight:600;color:var(--muted);margin-left:6px}
blockquote.excerpt{margin:6px 0 4px;padding:2px 0 2px 12px;border-left:2px solid var(--rule);font-style:italic;white-space:pre-line;font-size:14px}
.sha{font:11px/1.5 var(--mono);color:var(--muted);word-break:break-all}
ul.history{list-style:none;margin:0;padding:0;font:12px/1.55 var(--sans);color:var(--muted)}
ul.history time{color:var(--text);margin-right:6px}
.methodology p{margin:0 0 12px}
.signoff{display:grid;grid-template-columns:1.4fr 1fr 1fr;gap:24px 28px;margin-top:8px;break-inside:avoid}
.signoff .field{font:11px/1.4 var(--sans);letter-spacing:.08em;text-transform:uppercase;color:var(--muted)}
.signoff .line{border-bottom:1px solid var(--text);min-height:34px;padding:12px 0 4px;font:15px var(--serif);letter-spacing:0;text-transform:none;color:var(--text)}
footer{margin-top:40px;padding-top:10px;border-top:1px solid var(--rule);font:11px/1.5 var(--sans);color:var(--muted);display:flex;justify-content:space-between;gap:12px}
@page{size:A4;margin:16mm 15mm 18mm}
@media print{
html{background:#fff}
body{font-size:10.5pt}
.page{max-width:none;margin:0;padding:0;box-shadow:none}
h1{font-size:21pt}
.claim{break-inside:auto}
/* The first page is the cover: what was reviewed, by whom, and the summary; the claims start on the next. */
section.claims{break-before:page}
.claim header,blockquote.context{break-inside:avoid}
a{color:inherit}
/* Wide letter-spacing survives on paper but splits words when the PDF text is copied or extracted. */
h2,h4,.claim .number,.masthead .org,.kicker,dl.facts dt,th,.badge,.stance,.signoff .field{letter-spacing:.02em}
.signoff,.corrections{break-inside:avoid}
}
`;
