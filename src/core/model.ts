/**
 * The domain model shared by every layer. Plain JSON values only (no Date, Map,
 * Buffer) so the same objects travel over IPC, HTTP and into SQLite unchanged.
 *
 * Offsets are UTF-16 code-unit indices into an article's cleaned `body`
 * (JavaScript string indices), half-open: [start, end).
 */

/** ISO 639-1 code ("fr", "en", …). */
export type LanguageCode = string;

/** ISO 8601 date or date-time without seconds when the source has none ("2023-09-13T09:27"). */
export type IsoDate = string;

export interface ArticleMeta {
  title: string | null;
  /** A short label above the headline ("Poutine - Kim Jong Un"). */
  kicker: string | null;
  outlet: string | null;
  byline: string | null;
  publishedAt: IsoDate | null;
  /** Never taken for the published date. */
  modifiedAt: IsoDate | null;
  language: LanguageCode | null;
  url: string | null;
  canonicalUrl: string | null;
}

export const BLOCK_KINDS = ['heading', 'paragraph', 'quote', 'list-item', 'caption'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** A structural unit of the cleaned body. Blocks are separated by "\n\n" in `body`. */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** Heading level 1–6 for headings. */
  level?: number;
  /** Set when the block is a folded line the user restored; folding it again gives it back this kind. */
  restoredFrom?: FoldKind;
}

/** Why a line of the import was folded out of the body. */
export const FOLD_KINDS = [
  'duplicate', // a paragraph repeated (exact or near) — the first occurrence stays
  'caption', // a photo caption that repeats body text or stands alone
  'photo-credit', // "imago images / Kyodo News", "IMAGO/UPI Photo", "Image: Keystone"
  'credit', // agency signature: "ATS", "(ats/nxp)", "AFP"
  'rights-tag', // "PUBLICATIONxINxGERxSUIxAUTxHUNxONLY …"
  'dateline', // "13.9.2023 - 09:27" (also read into metadata)
  'subheading', // a crosshead between paragraphs in flat text
  'share', // share and UI labels: "Envoyer par e-mail", "Share"
  'related', // related links, "most read", teasers
  'gallery', // gallery counters and image lists
  'script', // script or style text scraped as visible text
  'boilerplate', // paywall prompts, newsletter invitations, cookie notices
  'headline', // title/kicker lines read into metadata
] as const;
export type FoldKind = (typeof FOLD_KINDS)[number];

/** A piece of the import that is not in the body. Nothing is ever thrown away. */
export interface FoldedLine {
  text: string;
  kind: FoldKind;
  /** Offset in `body` where the line stood (the start of the block that followed it, or body.length). */
  position: number;
  /** Order among the folded lines at the same position (0, 1, …) to restore them in order. */
  order: number;
  /**
   * Set when the text was cut from inside a block rather than being a line of its own:
   * "(ats/nxp)" or a rights tag at the end of a paragraph (`position` is then the block's end),
   * a kicker glued to the lead (`position` is the block's start). Restore it with a space, not as a block.
   */
  inline?: boolean;
}

/** What an importer produces before anything is stored. */
export interface CleanedArticle {
  meta: ArticleMeta;
  /** Cleaned text: blocks joined by "\n\n". Every offset in the app indexes into this. */
  body: string;
  blocks: Block[];
  folded: FoldedLine[];
  /** The decoded import, verbatim (for HTML: the raw page). */
  original: string;
  /** Non-fatal problems the user should know about (invalid bytes replaced, language guessed…). */
  warnings: string[];
}

export const CLAIM_TYPES = ['quote', 'statistic', 'event', 'prediction', 'attribution', 'other'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

/** One human-readable reason that raised (or lowered) a check-worthiness score. */
export interface ScoreReason {
  /** Stable code ("direct-quote", "reported-speech", "number", …). */
  code: string;
  /** The words of the claim that triggered it, when there are some. */
  evidence: string | null;
  /** Contribution to the score (signed). */
  weight: number;
  /** For the learned model's reasons: the words of the claim that weighed most its way, largest first. */
  words?: string[];
}

export interface TextRange {
  start: number;
  end: number;
}

/**
 * Where a claim occurs. Without `folded`, offsets index into the body; with it,
 * they index into the text of `folded[folded]` — a repeated caption folded out
 * of the body still carries the claim (one claim, several anchors).
 */
export interface Occurrence extends TextRange {
  folded?: number;
}

export const SPEAKER_KINDS = ['person', 'organisation'] as const;
/** A speaker is a person or an organisation (a government, an agency, a company, a court, a study's institution). */
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

/** What the claim detector suggests. */
export interface DetectedClaim {
  text: string;
  type: ClaimType;
  /** Canonical speaker name ("Kim Jong Un"), or null when the claim is the outlet's own. */
  speaker: string | null;
  /** The words that attribute the claim ("a dit M. Kim"). */
  speakerEvidence: string | null;
  /** Whether the speaker is a person or an organisation (ClaimReview's author type); null without a speaker. */
  speakerKind: SpeakerKind | null;
  /** Check-worthiness, 0–1. */
  score: number;
  reasons: ScoreReason[];
  /** Every place the claim occurs (repeated captions give several); body anchors first. */
  anchors: Occurrence[];
  /** Index into the same result list of a longer/shorter form of the same statement. */
  relatedTo: number | null;
}

export const CLAIM_STATUSES = ['unchecked', 'in-progress', 'checked'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_ORIGINS = ['auto', 'manual'] as const;
export type ClaimOrigin = (typeof CLAIM_ORIGINS)[number];

export const CLAIM_REVIEW_STATES = ['suggested', 'accepted', 'dismissed'] as const;
export type ClaimReviewState = (typeof CLAIM_REVIEW_STATES)[number];

export const STANCES = ['supports', 'refutes', 'context'] as const;
export type Stance = (typeof STANCES)[number];

/** A position + quote selector (W3C Web Annotation style). */
export interface Anchor {
  id: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  /** Set when re-anchoring could not find the quote any more. */
  orphaned: boolean;
  /** Set when the anchor lies in a folded line (offsets then index into that line's text). */
  foldedLineId: string | null;
}

/**
 * A claim whose words changed after it was given a verdict: the verdict is no
 * longer in force (it is kept here, with the words it was given for) until
 * someone confirms it or gives another.
 */
export interface Recheck {
  /** The words the verdict was given for. */
  previousText: string;
  /** The verdict given for them (a verdict id of the scale). */
  previousVerdict: string | null;
  since: IsoDate;
}

export interface Claim {
  id: string;
  articleId: string;
  text: string;
  type: ClaimType;
  speaker: string | null;
  speakerEvidence: string | null;
  /** Person or organisation, as the detector found it or the user set it; null when unknown. */
  speakerKind: SpeakerKind | null;
  score: number;
  reasons: ScoreReason[];
  origin: ClaimOrigin;
  review: ClaimReviewState;
  status: ClaimStatus;
  /** A verdict id of the workspace's verdict scale, or null while unchecked. */
  verdict: string | null;
  rationale: string;
  /**
   * The short summary a fact-checker wrote (≤ 75 characters, published as
   * ClaimReview's `claimReviewed`), or null: then `claimSummary()` makes it from the text.
   */
  summary: string | null;
  tags: string[];
  assignee: string | null;
  relatedTo: string | null;
  anchors: Anchor[];
  /** Set while the claim needs a re-check (its words changed under a verdict). */
  recheck: Recheck | null;
  createdAt: IsoDate;
  updatedAt: IsoDate;
}

/** What a source is: a web page, or something a newsroom cites that has no address. */
export const SOURCE_KINDS = ['web', 'interview', 'email', 'document', 'dataset', 'statement'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source {
  id: string;
  /** The page's address; '' for a source without one (an interview, a document). */
  url: string;
  title: string;
  publisher: string;
  author: string;
  publishedAt: IsoDate | null;
  accessedAt: IsoDate | null;
  /** One of SOURCE_KINDS (older workspaces may hold other words). */
  kind: string;
  /** Who was interviewed, wrote or gave the statement, and how to reach them (may be ''). */
  contact: string;
  /** SHA-256 (hex) of the archived snapshot (or of the file, for a document), when there is one. */
  snapshotSha256: string | null;
  snapshotAt: IsoDate | null;
  /** A public archive of the page (Wayback Machine, archive.today). */
  archiveUrl: string | null;
  /** The file's name, for a source kept as a file. */
  fileName: string | null;
}

/** A source as cited by one claim. */
export interface ClaimSource extends Source {
  stance: Stance;
  excerpt: string;
  note: string;
}

export interface ArticleSummary {
  id: string;
  title: string;
  outlet: string | null;
  language: string | null;
  publishedAt: IsoDate | null;
  importedAt: IsoDate;
  claims: number;
  checked: number;
}

export interface Article {
  id: string;
  meta: ArticleMeta;
  body: string;
  blocks: Block[];
  folded: (FoldedLine & { id: string })[];
  importedAt: IsoDate;
  warnings: string[];
}

/** One entry of an article's corrections log (the report's Corrections section). */
export interface Correction {
  id: string;
  articleId: string;
  /** When the correction was made (a date, or a date and time). */
  correctedAt: IsoDate;
  text: string;
  author: string;
  createdAt: IsoDate;
  updatedAt: IsoDate;
}
