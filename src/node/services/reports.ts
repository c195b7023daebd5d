import { CLAIM_HISTORY_ENTITIES, summarizeEvent } from '../../core/history';
import type { ReportInput } from '../../core/report/input';
import { ApiError } from '../../contract/envelope';
import type { Handlers } from '../../contract/dispatcher';
import type { HandlerInput } from '../../contract/methods';
import { currentScale, readSettings } from './settings';
import type { ServiceContext } from './workspace-services';

/** Gathers everything a report shows, in a handful of queries. */
export async function buildReportInput(s: ServiceContext, req: Omit<HandlerInput<'reports.export'>, 'format'>): Promise<ReportInput> {
  const article = await s.articles.get(req.articleId);
  if (!article) throw new ApiError('not-found', `No article with id ${req.articleId}.`);
  const settings = await readSettings(s);
  const scale = await currentScale(s);
  const language = req.language ?? (article.meta.language === 'fr' ? 'fr' : 'en');
  const sources = await s.sources.forArticle(article.id);
  const events = await s.events.forArticle(article.id);
  // Grouped once: a claim's history is then a lookup, not a scan of every event of the article.
  const historyOf = new Map<string, typeof events>();
  const claimEntities: readonly string[] = CLAIM_HISTORY_ENTITIES;
  for (const e of events) {
    if (!claimEntities.includes(e.entity)) continue;
    const list = historyOf.get(e.entityId);
    if (list) list.push(e);
    else historyOf.set(e.entityId, [e]);
  }
  const claims = (await s.claims.listByArticle(article.id))
    .filter((c) => (req.includeDismissed || c.review !== 'dismissed') && (req.includeUnchecked || c.verdict !== null))
    .map((c) => ({
      ...c,
      sources: sources.get(c.id) ?? [],
      history: (historyOf.get(c.id) ?? []).map((e) => ({ at: e.at, actor: e.actor, summary: summarizeEvent(e, scale, language) })),
    }));
  const corrections = events
    .filter((e) => e.entity === 'article' && e.action === 'update')
    .map((e) => ({ at: e.at, actor: e.actor, summary: summarizeEvent(e, scale, language) }));
  return {
    article,
    claims,
    scale,
    settings: { reviewer: settings.reviewer, organisation: settings.organisation, organisationUrl: settings.organisationUrl, methodology: settings.methodology },
    options: { language, includeUnchecked: req.includeUnchecked, includeDismissed: req.includeDismissed },
    corrections,
    generatedAt: new Date().toISOString(),
  };
}

export function reportHandlers(s: ServiceContext): Pick<Handlers, 'reports.export'> {
  return {
    async 'reports.export'(req, ctx) {
      const task = `export-${Date.now()}`;
      ctx.emit({ type: 'progress', task, label: 'Gathering the report', fraction: 0.1, done: false });
      try {
        const input = await buildReportInput(s, req);
        const base = fileStem(input.article.meta.title ?? 'article');
        if (req.format === 'pdf') {
          if (!s.deps.renderPdf) throw new ApiError('export-failed', 'PDF export needs Chromium (or the Electron app); it is not available here.');
          const html = await s.work.renderReport(input, 'html');
          if (!('text' in html)) throw new Error('HTML report rendered as bytes');
          ctx.emit({ type: 'progress', task, label: 'Printing the PDF', fraction: 0.5, done: false });
          const pdf = await s.deps.renderPdf(html.text);
          return { filename: `${base}.pdf`, mime: 'application/pdf', base64: Buffer.from(pdf).toString('base64') };
        }
        let rendered;
        try {
          rendered = await s.work.renderReport(input, req.format);
        } catch (error) {
          if (error instanceof ApiError) throw error;
          throw new ApiError('export-failed', error instanceof Error ? error.message : String(error));
        }
        const filename = `${base}.${rendered.extension}`;
        return 'text' in rendered
          ? { filename, mime: rendered.mime, text: rendered.text }
          : { filename, mime: rendered.mime, base64: Buffer.from(rendered.bytes).toString('base64') };
      } finally {
        ctx.emit({ type: 'progress', task, label: 'Export finished', fraction: 1, done: true });
      }
    },
  };
}

/** A file name a fact-checker recognises: the article title, kept to safe characters. */
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60)
    .toLowerCase();
  return `factbench-${stem || 'report'}`;
}
