import { progressSvg, verdictChartSvg } from './chart';
import { TextBuilder } from './builder';
import { cleanText, escapeHtml } from './escape';
import { REPORT_CSS } from './html-style';
import { fill, type ReportStrings } from './i18n';
import type { ClaimView, MetaRow, ReportView, SourceView } from './view';

/** Every article or user string goes through this: invalid characters dropped, HTML escaped. */
const h = (text: string): string => escapeHtml(cleanText(text));

/** A BCP 47-looking tag or nothing: a language code from an import is user data too. */
const langAttr = (code: string | null): string => (code && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(code) ? ` lang="${code}"` : '');

function link(text: string, href: string | null, cls = ''): string {
  const c = cls ? ` class="${cls}"` : '';
  return href ? `<a${c} href="${h(href)}" rel="noopener noreferrer">${h(text)}</a>` : `<span${c}>${h(text)}</span>`;
}

function metaList(rows: readonly MetaRow[]): string {
  return `<dl class="meta">${rows.map((r) => `<dt>${h(r.label)}</dt><dd>${r.href !== undefined ? link(r.value, r.href) : h(r.value)}</dd>`).join('')}</dl>`;
}

/** The report's labels, HTML-escaped once per language rather than once per claim. */
const escapedCache = new WeakMap<object, ReportStrings>();
function escapedStrings(strings: ReportStrings): ReportStrings {
  const cached = escapedCache.get(strings);
  if (cached) return cached;
  const walk = (node: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries(node).map(([k, v]) => [k, typeof v === 'string' ? escapeHtml(v) : walk(v as Record<string, unknown>)]));
  const escaped = walk(strings) as ReportStrings;
  escapedCache.set(strings, escaped);
  return escaped;
}

/* The claims are the bulk of a report (1,000 claims ≈ 2 MB of HTML): they are appended to one string. */

function pushSource(o: TextBuilder, s: SourceView, E: ReportStrings, colon: string): void {
  const src = s.source;
  o.push('<li><div><span class="stance">', h(s.stance), '</span>');
  if (s.href) o.push('<a class="source-title" href="', h(s.href), '" rel="noopener noreferrer">', h(s.title), '</a></div>');
  else o.push('<span class="source-title">', h(s.title), '</span></div>');
  const details: string[] = [];
  if (src.publisher) details.push(h(src.publisher));
  if (src.author) details.push(`${E.source.author}${colon} ${h(src.author)}`);
  if (s.published) details.push(`${E.source.published} ${h(s.published)}`);
  if (s.accessed) details.push(`${E.source.accessed} ${h(s.accessed)}`);
  if (details.length) o.push('<div class="source-line">', details.join(' · '), '</div>');
  if (src.url) o.push('<div class="url">', h(src.url), '</div>');
  const excerpt = src.excerpt.trim();
  if (excerpt) o.push('<blockquote class="excerpt">', h(excerpt), '</blockquote>');
  const note = src.note.trim();
  if (note) o.push('<div class="source-line">', E.source.note, ' — ', h(note), '</div>');
  if (s.sha256) o.push('<div class="sha">', E.source.sha256, s.archivedOn ? ` (${h(s.archivedOn)})` : '', colon, ' ', h(s.sha256), '</div>');
  o.push('</li>');
}

function pushClaim(o: TextBuilder, v: ClaimView, view: ReportView, E: ReportStrings, articleLang: string): void {
  const c = v.claim;
  o.push('<article class="claim tone-', v.badge.tone, '" id="claim-', String(v.number), '">');
  o.push('<header><h3><span class="number">', fill(E.claims.number, { n: v.number }), '</span></h3>');
  o.push('<span class="badge tone-', v.badge.tone, '"><span class="glyph" aria-hidden="true">', v.badge.glyph, '</span>', h(v.badge.label), '</span></header>');
  o.push('<blockquote class="context"', articleLang, '>');
  if (v.context) o.push(h(v.context.before), '<mark>', h(v.context.marked), '</mark>', h(v.context.after), '</blockquote>');
  else o.push('<mark>', h(c.text), '</mark></blockquote>');
  if (v.contextNote) o.push('<p class="note">', h(v.contextNote), '</p>');
  o.push('<dl class="facts"><dt>', E.claims.summary, '</dt><dd>', h(v.summary), '</dd>');
  o.push('<dt>', E.claims.speaker, '</dt><dd>', h(v.speaker), '</dd><dt>', E.claims.type, '</dt><dd>', h(v.type), '</dd>');
  o.push('<dt>', E.claims.status, '</dt><dd>', h(v.status), '</dd><dt>', E.claims.occurrences, '</dt><dd>', String(v.occurrences), '</dd></dl>');
  o.push('<h4>', E.claims.rationale, '</h4>');
  const rationale = c.rationale.trim();
  o.push(rationale ? '<p class="text">' : '<p class="note">', rationale ? h(rationale) : E.claims.noRationale, '</p>');
  for (const r of v.reused) o.push('<p class="note reused">↺ ', h(r), '</p>');
  o.push('<h4>', E.claims.sources, '</h4>');
  if (v.sources.length) {
    o.push('<ol class="sources">');
    for (const s of v.sources) pushSource(o, s, E, view.colon);
    o.push('</ol>');
  } else o.push('<p class="note">', E.claims.noSources, '</p>');
  o.push('<h4>', E.claims.history, '</h4>');
  if (v.history.length) {
    o.push('<ul class="history">');
    for (const e of v.history) o.push('<li><time>', h(e.date), '</time>', h(e.actor), ' — ', h(e.summary), '</li>');
    if (v.olderHistory > 0) o.push('<li>', h(view.t('claims.historyMore', { count: v.olderHistory })), '</li>');
    o.push('</ul>');
  } else o.push('<p class="note">', E.claims.noHistory, '</p>');
  o.push('</article>');
}

function claimsHtml(view: ReportView): string {
  const E = escapedStrings(view.s);
  if (!view.claims.length) return `<p class="note">${E.summary.noClaims}</p>`;
  const articleLang = langAttr(view.input.article.meta.language);
  const o = new TextBuilder();
  for (const v of view.claims) pushClaim(o, v, view, E, articleLang);
  return o.s;
}

function summary(view: ReportView): string {
  const L = view.s;
  const p = view.progress;
  return [
    `<section class="summary" aria-labelledby="summary-h"><h2 id="summary-h">${h(L.summary.heading)}</h2>`,
    `<div class="progress-line"><span class="figure">${p.checked}/${p.total}</span>${progressSvg(p.percent)}<span>${h(fill(L.summary.progress, { checked: p.checked, total: p.total, percent: p.percent }))}</span></div>`,
    verdictChartSvg(view.counts, L.summary.chartTitle, view.colon),
    view.exclusions.map((e) => `<p class="note">${h(e)}</p>`).join(''),
    '</section>',
  ].join('');
}

function methodology(view: ReportView): string {
  const L = view.s;
  const paragraphs = view.methodology.split(/\n\s*\n/).map((p) => `<p class="text">${h(p.trim())}</p>`).join('');
  const rows = view.scale.map((s) => `<tr><td><span class="glyph" aria-hidden="true">${s.glyph}</span> ${h(s.label)}</td><td>${h(s.rating)}</td></tr>`).join('');
  return [
    `<section class="methodology" aria-labelledby="method-h"><h2 id="method-h">${h(L.methodology.heading)}</h2>${paragraphs}`,
    `<table><caption class="note" style="text-align:left;caption-side:top;padding-bottom:6px">${h(fill(L.methodology.scaleCaption, { name: view.scaleName }))}</caption>`,
    `<thead><tr><th>${h(L.summary.verdict)}</th><th>${h(L.methodology.rating)}</th></tr></thead><tbody>${rows}</tbody></table></section>`,
  ].join('');
}

function corrections(view: ReportView): string {
  const L = view.s;
  const body = view.corrections.length
    ? `<table><thead><tr><th>${h(L.corrections.date)}</th><th>${h(L.corrections.by)}</th><th>${h(L.corrections.change)}</th></tr></thead><tbody>${view.corrections
        .map((c) => `<tr><td>${h(c.date)}</td><td>${h(c.actor)}</td><td class="text">${h(c.summary)}</td></tr>`)
        .join('')}</tbody></table>`
    : `<p class="note">${h(L.corrections.none)}</p>`;
  return `<section class="corrections" aria-labelledby="corr-h"><h2 id="corr-h">${h(L.corrections.heading)}</h2>${body}</section>`;
}

function signoff(view: ReportView): string {
  const L = view.s;
  const field = (label: string, value: string) => `<div class="field">${h(label)}<div class="line">${h(value)}</div></div>`;
  return [
    `<section aria-labelledby="sign-h"><h2 id="sign-h">${h(L.signoff.heading)}</h2><div class="signoff">`,
    field(L.signoff.reviewedBy, view.input.settings.reviewer),
    field(L.signoff.date, ''),
    field(L.signoff.signature, ''),
    field(L.signoff.approvedBy, ''),
    field(L.signoff.date, ''),
    field(L.signoff.signature, ''),
    '</div></section>',
  ].join('');
}

/** The report as one self-contained HTML file: inline CSS and SVG, no script, nothing fetched. */
export function renderHtml(view: ReportView): string {
  const L = view.s;
  const org = view.input.settings.organisation;
  // The CSP makes the no-request promise hold even if an escape were ever missed.
  const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
  const claims = claimsHtml(view);
  // Appended rather than joined: the result stays a rope until it is written (as JSON.stringify's does).
  const o = new TextBuilder();
  o.push(
    `<!DOCTYPE html><html lang="${view.language}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${csp}"><meta name="referrer" content="no-referrer">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Factbench">`,
    `<title>${h(L.reportTitle)} — ${h(view.title)}</title><style>${REPORT_CSS}</style></head><body><div class="page">`,
    `<div class="masthead"><div class="org">${h(org || L.reportTitle)}</div><div class="doc"><strong>${h(L.reportTitle)}</strong>${h(view.generated)}</div></div>`,
    `<div class="title-block"><p class="for">${h(L.reportFor)}</p>`,
    view.kicker ? `<p class="kicker"${langAttr(view.input.article.meta.language)}>${h(view.kicker)}</p>` : '',
    `<h1${langAttr(view.input.article.meta.language)}>${h(view.title)}</h1></div>`,
    `<div class="meta-grid"><section aria-labelledby="meta-a"><h2 id="meta-a">${h(L.meta.heading)}</h2>${metaList(view.articleMeta)}</section>`,
    `<section aria-labelledby="meta-r"><h2 id="meta-r">${h(L.meta.review)}</h2>${metaList(view.reviewMeta)}</section></div>`,
    summary(view),
    `<section class="claims" aria-labelledby="claims-h"><h2 id="claims-h">${h(L.claims.heading)} (${view.claims.length})</h2>${claims}</section>`,
    methodology(view),
    corrections(view),
    signoff(view),
    `<footer><span>${h(fill(L.footer, { date: view.generated }))}</span><span>${h(view.input.article.id)}</span></footer>`,
    '</div></body></html>',
  );
  return o.s;
}
