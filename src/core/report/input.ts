import type { LocalizedText, Message } from '../i18n';
import type { Article, Claim, ClaimSource, IsoDate } from '../model';
import type { VerdictScale } from '../verdicts';

export const REPORT_FORMATS = ['html', 'pdf', 'md', 'docx', 'csv', 'json', 'claimreview'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_LANGUAGES = ['en', 'fr'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** One entry of a claim's history, from the audit events. */
export interface HistoryEntry {
  at: IsoDate;
  /** Who made the change: a user name as recorded, or the system's own ("local", "cli"; see `actorName`). */
  actor: string;
  /** What changed, as catalogue messages worded when shown ("Verdict: Unchecked → Verified"); see core/history.ts. */
  changes: Message[];
}

/** A past check a claim reuses (its verdict and sources), said in the report as "Checked before by …". */
export interface ReusedCheck {
  kind: 'claim' | 'claimreview';
  /** The other article's title, for a claim of the workspace. */
  where: string | null;
  /** The fact-checking organisation, for imported ClaimReview. */
  reviewer: string | null;
  /** The verdict: a label of the workspace's scale (both languages) or the words the other fact-checker published. */
  verdict: LocalizedText | string | null;
  url: string | null;
}

export interface ReportClaim extends Claim {
  sources: ClaimSource[];
  history: HistoryEntry[];
  /** Past checks this claim reuses. */
  reused?: ReusedCheck[];
}

export interface ReportSettings {
  reviewer: string;
  organisation: string;
  organisationUrl: string;
  /** Where fact-checks are published, as a pattern (`{article}`, `{slug}`, `{claim}`; see review-url.ts). */
  reviewUrl?: string;
  /** Free text shown as the methodology note; a default is used when empty. */
  methodology: string;
}

export interface ReportOptions {
  language: ReportLanguage;
  /** Claims without a verdict (unchecked or still in progress). */
  includeUnchecked: boolean;
  /** Claims the fact-checker dismissed as not worth checking. */
  includeDismissed: boolean;
  /**
   * The page where the fact-check is (or will be) published, for this export
   * only (it overrides `settings.reviewUrl`; same placeholders). Only http(s)
   * URLs are ever emitted.
   */
  publicationUrl?: string | null;
}

/** The schema.org type of a speaker, for ClaimReview's `itemReviewed.author`. */
export type SpeakerKind = 'Person' | 'Organization';

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
  /**
   * What each speaker is, by canonical name, when the workspace knows it
   * ("Washington" → Organization). Speakers not listed are classified by
   * `speakerKind()` (institutions, capitals and acronyms → Organization).
   */
  speakerKinds?: Record<string, SpeakerKind>;
}

/** A rendered report: text formats as a string, binary ones (DOCX) as bytes. */
export type RenderedReport =
  | { format: ReportFormat; mime: string; extension: string; text: string }
  | { format: ReportFormat; mime: string; extension: string; bytes: Uint8Array };
