import type { Article, Claim, ClaimSource, IsoDate } from '../model';
import type { VerdictScale } from '../verdicts';

export const REPORT_FORMATS = ['html', 'pdf', 'md', 'docx', 'csv', 'json', 'claimreview'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** One entry of a claim's history, summarised from the audit events. */
export interface HistoryEntry {
  at: IsoDate;
  actor: string;
  /** Human-readable change ("Verdict: Unchecked → Verified"). */
  summary: string;
}

export interface ReportClaim extends Claim {
  sources: ClaimSource[];
  history: HistoryEntry[];
}

export interface ReportSettings {
  reviewer: string;
  organisation: string;
  organisationUrl: string;
  /** Free text shown as the methodology note; a default is used when empty. */
  methodology: string;
}

export interface ReportOptions {
  language: 'en' | 'fr';
  includeUnchecked: boolean;
  includeDismissed: boolean;
}

/** Everything a report renderer needs; renderers are pure functions of it. */
export interface ReportInput {
  article: Article;
  claims: ReportClaim[];
  scale: VerdictScale;
  settings: ReportSettings;
  options: ReportOptions;
  /** Corrections log of the article (newest last). */
  corrections: HistoryEntry[];
  generatedAt: IsoDate;
}

/** A rendered report: text formats as a string, binary ones (DOCX) as bytes. */
export type RenderedReport =
  | { format: ReportFormat; mime: string; extension: string; text: string }
  | { format: ReportFormat; mime: string; extension: string; bytes: Uint8Array };
