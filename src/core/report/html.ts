import { progressSvg, verdictChartSvg } from './chart';
import { cleanText, escapeHtml } from './escape';
import { REPORT_CSS } from './html-style';
import type { ClaimView, HistoryView, MetaRow, ReportView, SourceView } from './view';

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

function badge(v: ClaimView): string {
  return `<span class="badge tone-${v.badge.tone}"><span class="glyph" aria-hidden="true">${v.badge.glyph}</span>${h(v.badge.label)}</span>`;
}

function source(s: SourceView, view: ReportView): string {
  const t = view.t;
  const bits: string[] = [];
  if (s.source.publisher) bits.push(h(s.source.publisher));
  if (s.source.author) bits.push(`${h(t('source.author'))}${view.language === 'fr' ? '\u00a0:' : ':'} ${h(s.source.author)}`);
  if (s.published) bits.push(`${h(t('source.published'))} ${h(s.published)}`);
  if (s.accessed) bits.push(`${h(t('source.accessed'))} ${h(s.accessed)}`);
  const parts = [
    `<li><div><span class="stance">${h(s.stance)}</span>${link(s.title, s.href, 'source-title')}</div>`,
    bits.length ? `<div class="source-line">${bits.join(' · ')}</div>` : '',
    s.source.url ? `<div class="url">${h(s.source.url)}</div>` : '',
    s.source.excerpt.trim() ? `<blockquote class="excerpt">${h(s.source.excerpt.trim())}</blockquote>` : '',
    s.source.note.trim() ? `<div class="source-line">${h(t('source.note'))} — ${h(s.source.note.trim())}</div>` : '',
    s.sha256 ? `<div class="sha">${h(t('source.sha256'))}${s.archivedOn ? ` (${h(s.archivedOn)})` : ''}: ${h(s.sha256)}</div>` : '',
    '</li>',
  ];
  return parts.join('');
}

function history(entries: readonly HistoryView[]): string {
  return entries.map((e) => `<li><time>${h(e.date)}</time>${h(e.actor)} — ${h(e.summary)}</li>`).join('');
}

function claim(v: ClaimView, view: ReportView): string {
  const t = view.t;
  const c = v.claim;
  const articleLang = langAttr(view.input.article.meta.language);
  const context = v.context
    ? `<blockquote class="context"${articleLang}>${h(v.context.before)}<mark>${h(v.context.marked)}</mark>${h(v.context.after)}</blockquote>`
    : `<blockquote class="context"${articleLang}><mark>${h(c.text)}</mark></blockquote>`;
  const out = [
    `<article class="claim tone-${v.badge.tone}" id="claim-${v.number}">`,
    `<header><h3><span class="number">${h(t('claims.number', { n: v.number }))}</span></h3>${badge(v)}</header>`,
    context,
    v.contextNote ? `<p class="note">${h(v.contextNote)}</p>` : '',
    `<dl class="facts"><dt>${h(t('claims.speaker'))}</dt><dd>${h(v.speaker)}</dd><dt>${h(t('claims.type'))}</dt><dd>${h(v.type)}</dd>`,
    `<dt>${h(t('claims.status'))}</dt><dd>${h(v.status)}</dd><dt>${h(t('claims.occurrences'))}</dt><dd>${v.occurrences}</dd></dl>`,
    `<h4>${h(t('claims.rationale'))}</h4>`,
    c.rationale.trim() ? `<p class="text">${h(c.rationale.trim())}</p>` : `<p class="note">${h(t('claims.noRationale'))}</p>`,
    `<h4>${h(t('claims.sources'))}</h4>`,
    v.sources.length ? `<ol class="sources">${v.sources.map((s) => source(s, view)).join('')}</ol>` : `<p class="note">${h(t('claims.noSources'))}</p>`,
    `<h4>${h(t('claims.history'))}</h4>`,
    v.history.length ? `<ul class="history">${history(v.history)}${v.olderHistory > 0 ? `<li>${h(t('claims.historyMore', { count: v.olderHistory }))}</li>` : ''}</ul>` : `<p class="note">${h(t('claims.noHistory'))}</p>`,
    '</article>',
  ];
  return out.join('');
}

function summary(view: ReportView): string {
  const t = view.t;
  const p = view.progress;
  return [
    `<section class="summary" aria-labelledby="summary-h"><h2 id="summary-h">${h(t('summary.heading'))}</h2>`,
    `<div class="progress-line"><span class="figure">${p.checked}/${p.total}</span>${progressSvg(p.percent)}<span>${h(t('summary.progress', { checked: p.checked, total: p.total, percent: p.percent }))}</span></div>`,
    verdictChartSvg(view.counts, t('summary.chartTitle')),
    view.exclusions.map((e) => `<p class="note">${h(e)}</p>`).join(''),
    '</section>',
  ].join('');
}

function methodology(view: ReportView): string {
  const t = view.t;
  const paragraphs = view.methodology.split(/\n\s*\n/).map((p) => `<p class="text">${h(p.trim())}</p>`).join('');
  const rows = view.scale.map((s) => `<tr><td><span class="glyph" aria-hidden="true">${s.glyph}</span> ${h(s.label)}</td><td>${h(s.rating)}</td></tr>`).join('');
  return [
    `<section class="methodology" aria-labelledby="method-h"><h2 id="method-h">${h(t('methodology.heading'))}</h2>${paragraphs}`,
    `<table><caption class="note" style="text-align:left;caption-side:top;padding-bottom:6px">${h(t('methodology.scaleCaption', { name: view.input.scale.name }))}</caption>`,
    `<thead><tr><th>${h(t('summary.verdict'))}</th><th>${h(t('methodology.rating'))}</th></tr></thead><tbody>${rows}</tbody></table></section>`,
  ].join('');
}

function corrections(view: ReportView): string {
  const t = view.t;
  const body = view.corrections.length
    ? `<table><thead><tr><th>${h(t('corrections.date'))}</th><th>${h(t('corrections.by'))}</th><th>${h(t('corrections.change'))}</th></tr></thead><tbody>${view.corrections
        .map((c) => `<tr><td>${h(c.date)}</td><td>${h(c.actor)}</td><td class="text">${h(c.summary)}</td></tr>`)
        .join('')}</tbody></table>`
    : `<p class="note">${h(t('corrections.none'))}</p>`;
  return `<section class="corrections" aria-labelledby="corr-h"><h2 id="corr-h">${h(t('corrections.heading'))}</h2>${body}</section>`;
}

function signoff(view: ReportView): string {
  const t = view.t;
  const field = (label: string, value: string) => `<div class="field">${h(label)}<div class="line">${h(value)}</div></div>`;
  return [
    `<section aria-labelledby="sign-h"><h2 id="sign-h">${h(t('signoff.heading'))}</h2><div class="signoff">`,
    field(t('signoff.reviewedBy'), view.input.settings.reviewer),
    field(t('signoff.date'), ''),
    field(t('signoff.signature'), ''),
    field(t('signoff.approvedBy'), ''),
    field(t('signoff.date'), ''),
    field(t('signoff.signature'), ''),
    '</div></section>',
  ].join('');
}

/** The report as one self-contained HTML file: inline CSS and SVG, no script, nothing fetched. */
export function renderHtml(view: ReportView): string {
  const t = view.t;
  const org = view.input.settings.organisation;
  // The CSP makes the no-request promise hold even if an escape were ever missed.
  const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
  const claims = view.claims.length ? view.claims.map((c) => claim(c, view)).join('') : `<p class="note">${h(t('summary.noClaims'))}</p>`;
  return [
    `<!DOCTYPE html><html lang="${view.language}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${csp}"><meta name="referrer" content="no-referrer">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Factbench">`,
    `<title>${h(t('reportTitle'))} — ${h(view.title)}</title><style>${REPORT_CSS}</style></head><body><div class="page">`,
    `<div class="masthead"><div class="org">${h(org || t('reportTitle'))}</div><div class="doc"><strong>${h(t('reportTitle'))}</strong>${h(view.generated)}</div></div>`,
    `<div class="title-block"><p class="for">${h(t('reportFor'))}</p>`,
    view.kicker ? `<p class="kicker"${langAttr(view.input.article.meta.language)}>${h(view.kicker)}</p>` : '',
    `<h1${langAttr(view.input.article.meta.language)}>${h(view.title)}</h1></div>`,
    `<div class="meta-grid"><section aria-labelledby="meta-a"><h2 id="meta-a">${h(t('meta.heading'))}</h2>${metaList(view.articleMeta)}</section>`,
    `<section aria-labelledby="meta-r"><h2 id="meta-r">${h(t('meta.review'))}</h2>${metaList(view.reviewMeta)}</section></div>`,
    summary(view),
    `<section aria-labelledby="claims-h"><h2 id="claims-h">${h(t('claims.heading'))} (${view.claims.length})</h2>${claims}</section>`,
    methodology(view),
    corrections(view),
    signoff(view),
    `<footer><span>${h(t('footer', { date: view.generated }))}</span><span>${h(view.input.article.id)}</span></footer>`,
    '</div></body></html>',
  ].join('');
}
