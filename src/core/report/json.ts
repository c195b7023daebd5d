import { wordEvent } from '../history';
import type { Occurrence } from '../model';
import type { ReportView } from './view';

/**
 * The archive/pipeline format. Versioned: `schemaVersion` changes when a field
 * is removed or changes meaning (adding an optional field does not). The
 * schema is `report.schema.json` next to this file, documented in FORMATS.md.
 * Strings are stored as they are (JSON.stringify escapes them); nothing is
 * neutralised as in CSV, so a pipeline gets the exact text.
 */
export const REPORT_JSON_SCHEMA_VERSION = 1;

/** Anchors as the command line prints them: body ranges first, then `folded` (an index into `article.folded`). */
function occurrences(view: ReportView, anchors: ReportView['claims'][number]['claim']['anchors']): Occurrence[] {
  const foldedIndex = new Map(view.input.article.folded.map((f, i) => [f.id, i]));
  const body: Occurrence[] = [];
  const folded: Occurrence[] = [];
  for (const a of anchors) {
    if (a.orphaned) continue;
    if (a.foldedLineId === null) body.push({ start: a.start, end: a.end });
    else {
      const i = foldedIndex.get(a.foldedLineId);
      if (i !== undefined) folded.push({ start: a.start, end: a.end, folded: i });
    }
  }
  body.sort((x, y) => x.start - y.start);
  return [...body, ...folded];
}

export function reportJson(view: ReportView): unknown {
  const { input } = view;
  const a = input.article;
  const m = a.meta;
  return {
    schemaVersion: REPORT_JSON_SCHEMA_VERSION,
    generator: 'Factbench',
    generatedAt: input.generatedAt,
    language: view.language,
    options: { includeUnchecked: input.options.includeUnchecked, includeDismissed: input.options.includeDismissed },
    reviewer: input.settings.reviewer,
    organisation: { name: input.settings.organisation, url: input.settings.organisationUrl },
    article: {
      id: a.id,
      title: m.title,
      kicker: m.kicker,
      outlet: m.outlet,
      byline: m.byline,
      published: m.publishedAt,
      modified: m.modifiedAt,
      language: m.language,
      url: m.url,
      canonicalUrl: m.canonicalUrl,
      importedAt: a.importedAt,
      body: a.body,
      blocks: a.blocks.map((b) => (b.level === undefined ? { kind: b.kind, start: b.start, end: b.end } : { kind: b.kind, start: b.start, end: b.end, level: b.level })),
      folded: a.folded.map((f) => ({ id: f.id, text: f.text, kind: f.kind, position: f.position, order: f.order })),
    },
    scale: {
      id: input.scale.id,
      name: view.scaleName,
      worstRating: input.scale.worstRating,
      bestRating: input.scale.bestRating,
      verdicts: input.scale.verdicts.map((v) => ({ id: v.id, label: { en: v.label.en, fr: v.label.fr }, rating: v.rating, tone: v.tone })),
    },
    summary: {
      claims: view.claims.length,
      progress: view.progress,
      counts: view.counts.map((r) => ({ kind: r.kind, id: r.id, label: r.label, count: r.count })),
    },
    claims: view.claims.map((v) => {
      const c = v.claim;
      return {
        number: v.number,
        id: c.id,
        text: c.text,
        summary: v.summary,
        type: c.type,
        speaker: c.speaker,
        speakerEvidence: c.speakerEvidence,
        speakerKind: c.speakerKind,
        score: c.score,
        origin: c.origin,
        review: c.review,
        status: c.status,
        verdict: c.verdict,
        verdictLabel: c.verdict === null ? null : v.badge.label,
        rating: v.verdict?.rating ?? null,
        rationale: c.rationale,
        tags: [...c.tags],
        createdAt: c.createdAt,
        updatedAt: c.updatedAt,
        ...(c.recheck ? { recheck: { previousText: c.recheck.previousText, previousVerdict: c.recheck.previousVerdict, since: c.recheck.since } } : {}),
        anchors: occurrences(view, c.anchors),
        context: v.context ? { before: v.context.before, marked: v.context.marked, after: v.context.after } : null,
        sources: c.sources.map((s) => ({
          id: s.id,
          url: s.url,
          title: s.title,
          publisher: s.publisher,
          author: s.author,
          publishedAt: s.publishedAt,
          accessedAt: s.accessedAt,
          kind: s.kind,
          contact: s.contact,
          archiveUrl: s.archiveUrl,
          fileName: s.fileName,
          snapshotSha256: s.snapshotSha256,
          snapshotAt: s.snapshotAt,
          stance: s.stance,
          excerpt: s.excerpt,
          note: s.note,
        })),
        history: c.history.map((h) => ({ at: h.at, actor: h.actor, summary: wordEvent(h.changes, view.language) })),
      };
    }),
    methodology: view.methodology,
    corrections: input.corrections.map((c) => ({ at: c.at, actor: c.actor, summary: c.text })),
  };
}

export function renderJson(view: ReportView): string {
  return JSON.stringify(reportJson(view), null, 2);
}
