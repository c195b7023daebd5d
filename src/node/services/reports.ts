import { CLAIM_HISTORY_ENTITIES, describeEvent } from '../../core/history';
import { msg } from '../../core/i18n';
import { ClaimReviewIncomplete, missingForClaimReview } from '../../core/report/claimreview';
import type { ReportInput } from '../../core/report/input';
import { slugify } from '../../core/report/review-url';
import { ApiError, progressEvent } from '../../contract/envelope';
import { reusedChecks } from './past-checks';
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
  const reused = await reusedChecks(s, article.id, scale);
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
      history: (historyOf.get(c.id) ?? []).map((e) => ({ at: e.at, actor: e.actor, changes: describeEvent(e, scale) })),
      reused: reused.get(c.id) ?? [],
    }));
  const corrections = events
    .filter((e) => e.entity === 'article' && e.action === 'update')
    .map((e) => ({ at: e.at, actor: e.actor, changes: describeEvent(e, scale) }));
  // Given on the export (the command line's --organisation, --organisation-url, --review-url), they win over Settings for it.
  const organisation = req.organisation?.trim() || settings.organisation;
  const organisationUrl = req.organisationUrl?.trim() || settings.organisationUrl;
  return {
    article,
    claims,
    scale,
    settings: { reviewer: settings.reviewer, organisation, organisationUrl, reviewUrl: settings.reviewUrl, methodology: settings.methodology },
    options: { language, includeUnchecked: req.includeUnchecked, includeDismissed: req.includeDismissed, publicationUrl: req.reviewUrl?.trim() || null },
    corrections,
    generatedAt: new Date().toISOString(),
  };
}

export function reportHandlers(s: ServiceContext): Pick<Handlers, 'reports.export'> {
  return {
    async 'reports.export'(req, ctx) {
      const task = `export-${Date.now()}`;
      ctx.emit(progressEvent(task, 'gather', 0.1));
      try {
        const input = await buildReportInput(s, req);
        const base = fileStem(input.article.meta.title ?? 'article');
        if (req.format === 'pdf') {
          if (!s.deps.renderPdf) throw new ApiError('export-failed', msg('errors.reports.pdfUnavailable'));
          const html = await s.work.renderReport(input, 'html');
          if (!('text' in html)) throw new Error('HTML report rendered as bytes');
          ctx.emit(progressEvent(task, 'print', 0.5));
          const pdf = await s.deps.renderPdf(html.text);
          return { filename: `${base}.pdf`, mime: 'application/pdf', base64: Buffer.from(pdf).toString('base64') };
        }
        // Checked here, before the work leaves this thread: what is missing comes back as data the desk and the command line word.
        if (req.format === 'claimreview') {
          const missing = missingForClaimReview(input);
          if (missing.length) throw claimReviewNeeds(missing);
        }
        let rendered;
        try {
          rendered = await s.work.renderReport(input, req.format);
        } catch (error) {
          if (error instanceof ApiError) throw error;
          if (error instanceof ClaimReviewIncomplete) throw claimReviewNeeds(error.missing);
          throw new ApiError('export-failed', msg('errors.reports.failed'), { detail: error instanceof Error ? error.message : String(error) });
        }
        const filename = `${base}.${rendered.extension}`;
        return 'text' in rendered
          ? { filename, mime: rendered.mime, text: rendered.text }
          : { filename, mime: rendered.mime, base64: Buffer.from(rendered.bytes).toString('base64') };
      } finally {
        ctx.emit(progressEvent(task, 'exported', 1, true));
      }
    },
  };
}

/** ClaimReview cannot be written yet: which settings are missing, as data (`details.missing`) and in words. */
export function claimReviewNeeds(missing: readonly string[]): ApiError {
  const names = missing.map((m) => msg(`settingName.${m as 'organisation' | 'organisationUrl' | 'reviewUrl'}`));
  return new ApiError('settings-required', msg('errors.claimReview.missing', { what: { list: names } }), { missing });
}

/** A file name a fact-checker recognises: the article title, kept to safe characters. */
export function fileStem(title: string): string {
  return `factbench-${slugify(title) || 'report'}`;
}
