import { autoSummary } from '../../core/claim-summary';
import type { CleanedArticle, DetectedClaim } from '../../core/model';

/**
 * The `factbench claims --json` document (DESIGN.md): what newsroom pipelines
 * read. Body anchors are `{start,end}` into `body`; an occurrence inside a
 * folded line also carries `folded`, the index into `folded`, and its offsets
 * index that line's text. Unknown fields are null. Its JSON Schema is
 * claims.schema.json beside this file (a test validates every output).
 */
export function claimsDocument(source: string, article: CleanedArticle, claims: DetectedClaim[]) {
  return {
    source,
    language: article.meta.language,
    title: article.meta.title,
    kicker: article.meta.kicker,
    outlet: article.meta.outlet,
    byline: article.meta.byline,
    published: article.meta.publishedAt,
    modified: article.meta.modifiedAt,
    url: article.meta.url,
    body: article.body,
    claims: claims.map((c) => ({
      text: c.text,
      summary: autoSummary(c.text),
      type: c.type,
      speaker: c.speaker,
      speakerEvidence: c.speakerEvidence,
      speakerKind: c.speakerKind,
      score: Math.round(c.score * 1000) / 1000,
      reasons: c.reasons,
      anchors: c.anchors.map((a) => (a.folded === undefined ? { start: a.start, end: a.end } : { start: a.start, end: a.end, folded: a.folded })),
      relatedTo: c.relatedTo,
    })),
    folded: article.folded.map((f) => ({ text: f.text, kind: f.kind, position: f.position })),
    warnings: article.warnings,
  };
}
