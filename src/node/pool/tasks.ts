import { detectClaims } from '../../core/claims';
import type { CleanedArticle } from '../../core/model';
import { renderReport, type RenderedReport, type ReportFormat, type ReportInput } from '../../core/report';
import { importArticle, type ImportInput, type ImportProgress } from '../import';
import { packClaims, type ClaimBatch } from './claim-batch';

/** What an import hands to storage: the cleaned article and the claims found in it. */
export interface ImportedArticle {
  article: CleanedArticle;
  /** The claims found, laid out for storage. */
  claims: ClaimBatch;
  /** A file's bytes as given, kept as the article's snapshot (null for text and web addresses). */
  bytes: Uint8Array | null;
}

export type TextReportFormat = Exclude<ReportFormat, 'pdf'>;

/**
 * The heavy part of `articles.import`: decoding, HTML extraction, cleaning, language
 * detection and claim detection. Pure of storage, so it runs in a worker thread as it
 * runs in process. Bad input throws `ImportError`.
 */
export async function importAndDetect(input: ImportInput, progress: ImportProgress): Promise<ImportedArticle> {
  const article = await importArticle(input, progress);
  progress('claims', 0.9);
  const detected = detectClaims(article, { language: article.meta.language });
  return { article, claims: packClaims(detected), bytes: input.kind === 'file' ? input.bytes : null };
}

/** Renders a report (every format but PDF, which is the HTML printed by the runtime's printer). */
export function renderReportWork(input: ReportInput, format: TextReportFormat): Promise<RenderedReport> {
  return renderReport(input, format);
}
