import type { ColumnType, Generated, Selectable } from 'kysely';

/**
 * The workspace tables as the query builder (Kysely) sees them, for both
 * engines. Values are typed as they come back from either driver; the
 * conversion layer (codec.ts) turns them into the API's values:
 * - booleans are 0/1 on SQLite and true/false on PostgreSQL (written as 0/1 on both);
 * - JSON columns are text on SQLite and jsonb (already parsed) on PostgreSQL (written as JSON text on both);
 * - app timestamps are ISO 8601 text on SQLite and timestamptz on PostgreSQL, read back as the same ISO strings;
 * - ids are UUIDv7: text on SQLite, uuid on PostgreSQL, strings on both sides of the API.
 */
type Bool = ColumnType<boolean | number, number, number>;
type Json = ColumnType<unknown, string | undefined, string>;
type Blob = ColumnType<Buffer | null, Buffer | null, Buffer | null>;
/** count(*) and friends: a number on SQLite, a bigint parsed to a number on PostgreSQL (see postgres/types.ts). */
export type Count = number | string | bigint;

export interface ArticlesTable {
  id: string;
  title: string;
  kicker: string | null;
  url: string | null;
  canonical_url: string | null;
  outlet: string | null;
  byline: string | null;
  published_at: string | null;
  modified_at: string | null;
  language: string | null;
  body: string;
  blocks: Json;
  original: string;
  snapshot: Blob;
  warnings: Json;
  imported_at: string;
  updated_at: string;
  /** Set when the article was deleted from the desk: hidden, kept a day for undo (0130-desk-honest.sql). */
  deleted_at: string | null;
}

export interface ArticleLinesTable {
  id: string;
  article_id: string;
  kind: string;
  text: string;
  position: number;
  ord: number;
  inline: Bool;
}

export interface ClaimsTable {
  id: string;
  article_id: string;
  text: string;
  type: string;
  speaker: string | null;
  speaker_evidence: string | null;
  /** 'person' | 'organisation' (0140-speaker-kind.sql). */
  speaker_kind: string | null;
  score: number;
  reasons: Json;
  origin: string;
  review: string;
  status: string;
  verdict: string | null;
  rationale: string;
  /** The short summary a fact-checker edited (ClaimReview's claimReviewed); null: made from the text. */
  summary: string | null;
  tags: Json;
  assignee: string | null;
  related_to: string | null;
  position: number;
  /** Needs re-check: when the words under a verdict changed, and the words and verdict then (0130-desk-honest.sql). */
  recheck_since: string | null;
  previous_text: string | null;
  previous_verdict: string | null;
  created_at: string;
  updated_at: string;
}

export interface ClaimAnchorsTable {
  id: string;
  claim_id: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  orphaned: Bool;
  folded_line_id: string | null;
}

/** A source's columns as the desk reads them (the snapshot's bytes and bookkeeping left out). */
export type SourceCardRow = Selectable<Pick<SourcesTable, 'id' | 'url' | 'title' | 'publisher' | 'author' | 'published_at' | 'accessed_at' | 'kind' | 'contact' | 'archive_url' | 'file_name' | 'snapshot_sha256' | 'snapshot_at'>>;

export interface SourcesTable {
  id: string;
  url: string;
  title: string;
  publisher: string;
  author: string;
  published_at: string | null;
  accessed_at: string | null;
  kind: string;
  /** Sources that are not web pages (0130-desk-honest.sql): a contact, a public archive link, the name of a file kept as the snapshot. */
  contact: ColumnType<string, string | undefined, string>;
  archive_url: string | null;
  file_name: string | null;
  snapshot: Blob;
  snapshot_sha256: string | null;
  snapshot_at: string | null;
  snapshot_mime: string | null;
  snapshot_url: string | null;
  created_at: string;
  updated_at: string;
}

export interface ClaimSourcesTable {
  claim_id: string;
  source_id: string;
  stance: string;
  excerpt: string;
  note: string;
  ord: number;
  created_at: string;
}

export interface EventsTable {
  /** The order the events' transactions committed in (migrations/0110-event-sequence.sql): the event stream's Last-Event-ID. */
  seq: Generated<number>;
  id: string;
  at: string;
  actor: string;
  entity: string;
  entity_id: string;
  article_id: string | null;
  action: string;
  before: ColumnType<unknown, string | null, never>;
  after: ColumnType<unknown, string | null, never>;
}

export interface SettingsTable {
  key: string;
  value: Json;
}

export interface AttachmentsTable {
  id: string;
  claim_id: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  data: ColumnType<Buffer, Buffer, Buffer>;
  note: string;
  created_at: string;
}

export interface PastChecksTable {
  id: string;
  claim: string;
  claimant: string | null;
  claim_date: string | null;
  verdict: string | null;
  verdict_class: string | null;
  rating_value: number | null;
  rating_best: number | null;
  rating_worst: number | null;
  review_url: string | null;
  review_title: string | null;
  reviewer: string | null;
  review_date: string | null;
  language: string | null;
  appearances: Json;
  imported_at: string;
}

export interface ClaimMatchesTable {
  claim_id: string;
  target_kind: string;
  target_id: string;
  state: string;
  decided_at: string;
}

/** An article's corrections log (0130-desk-honest.sql). */
export interface ArticleCorrectionsTable {
  id: string;
  article_id: string;
  corrected_at: string;
  text: string;
  author: string;
  created_at: string;
  updated_at: string;
}

export interface DB {
  articles: ArticlesTable;
  article_lines: ArticleLinesTable;
  claims: ClaimsTable;
  claim_anchors: ClaimAnchorsTable;
  sources: SourcesTable;
  claim_sources: ClaimSourcesTable;
  events: EventsTable;
  settings: SettingsTable;
  attachments: AttachmentsTable;
  past_checks: PastChecksTable;
  claim_matches: ClaimMatchesTable;
  article_corrections: ArticleCorrectionsTable;
}
