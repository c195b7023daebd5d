import type Database from 'better-sqlite3';
import { describeRange } from '../../core/anchoring/selector';
import type { Anchor, Claim, ClaimOrigin, ClaimReviewState, ClaimStatus, ClaimType, DetectedClaim, ScoreReason, SpeakerKind } from '../../core/model';
import { ANCHOR_STRIDE, claimField, claimSpeakerKind, claimType, packClaims, type ClaimBatch } from '../pool/claim-batch';
import { newId, now } from './ids';
import { parseJson } from './json';

interface ClaimRow {
  id: string;
  article_id: string;
  text: string;
  type: ClaimType;
  speaker: string | null;
  speaker_evidence: string | null;
  speaker_kind: SpeakerKind | null;
  score: number;
  reasons: string;
  origin: ClaimOrigin;
  review: ClaimReviewState;
  status: ClaimStatus;
  verdict: string | null;
  rationale: string;
  tags: string;
  assignee: string | null;
  related_to: string | null;
  created_at: string;
  updated_at: string;
}

interface AnchorRow {
  id: string;
  claim_id: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  orphaned: number;
  folded_line_id: string | null;
}

/** The fields a user edits; each maps 1:1 to a column. */
export interface ClaimChanges {
  text?: string;
  type?: ClaimType;
  speaker?: string | null;
  /** Set with the speaker: a speaker chosen by hand loses the detector's evidence and takes the kind it is known by. */
  speakerEvidence?: string | null;
  speakerKind?: SpeakerKind | null;
  status?: ClaimStatus;
  verdict?: string | null;
  rationale?: string;
  review?: ClaimReviewState;
  tags?: string[];
  assignee?: string | null;
}

const CHANGE_COLUMNS: Record<keyof ClaimChanges, string> = {
  text: 'text',
  type: 'type',
  speaker: 'speaker',
  speakerEvidence: 'speaker_evidence',
  speakerKind: 'speaker_kind',
  status: 'status',
  verdict: 'verdict',
  rationale: 'rationale',
  review: 'review',
  tags: 'tags',
  assignee: 'assignee',
};

/** Where a new claim's anchors point: the article body and its folded lines (by index of the import). */
export interface AnchorTexts {
  body: string;
  folded: { id: string; text: string }[];
}

/** Rows per multi-row INSERT: 12 parameters a claim, 8 an anchor, well under SQLite's 32,766. */
const ROWS_PER_INSERT = 500;
const CLAIM_INSERT = `INSERT INTO claims(id, article_id, text, type, speaker, speaker_evidence, speaker_kind, score, reasons, origin, review, status, rationale, position, created_at, updated_at)`;
const CLAIM_VALUES = `(?, ?, ?, ?, ?, ?, ?, ?, ?, 'auto', 'suggested', 'unchecked', '', ?, ?, ?)`;
const ANCHOR_INSERT = `INSERT INTO claim_anchors(id, claim_id, start, "end", exact, prefix, suffix, orphaned, folded_line_id)`;
const ANCHOR_VALUES = `(?, ?, ?, ?, ?, ?, ?, 0, ?)`;
/** Claims in one insert from which the full-text index is filled in one statement rather than by the trigger. */
const BULK_INDEX_FROM = 5_000;

export class ClaimsRepo {
  private readonly multiRowCache = new Map<string, Database.Statement>();
  private readonly insertClaim;
  private readonly insertAnchor;
  private readonly setRelated;
  private readonly getRow;
  private readonly rowsOf;
  private readonly anchorsOfClaim;
  private readonly anchorsOfArticle;
  private readonly kindOfSpeaker;

  constructor(private readonly db: Database.Database) {
    this.insertClaim = db.prepare(
      `INSERT INTO claims(id, article_id, text, type, speaker, speaker_evidence, speaker_kind, score, reasons, origin, review, status, rationale, position, created_at, updated_at)
       VALUES (@id, @articleId, @text, @type, @speaker, @speakerEvidence, @speakerKind, @score, @reasons, @origin, @review, 'unchecked', '', @position, @at, @at)`,
    );
    this.insertAnchor = db.prepare(
      `INSERT INTO claim_anchors(id, claim_id, start, "end", exact, prefix, suffix, orphaned, folded_line_id) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)`,
    );
    this.setRelated = db.prepare(`UPDATE claims SET related_to = ? WHERE id = ?`);
    this.getRow = db.prepare<[string], ClaimRow>(`SELECT * FROM claims WHERE id = ?`);
    this.kindOfSpeaker = db.prepare<[string, string], { kind: SpeakerKind }>(
      `SELECT speaker_kind AS kind FROM claims WHERE article_id = ? AND speaker = ? AND speaker_kind IS NOT NULL ORDER BY updated_at DESC LIMIT 1`,
    );
    this.rowsOf = db.prepare<[string], ClaimRow>(`SELECT * FROM claims WHERE article_id = ? ORDER BY position, created_at, id`);
    this.anchorsOfClaim = db.prepare<[string], AnchorRow>(`SELECT * FROM claim_anchors WHERE claim_id = ? ORDER BY folded_line_id IS NOT NULL, start`);
    this.anchorsOfArticle = db.prepare<[string], AnchorRow>(
      `SELECT a.* FROM claim_anchors a JOIN claims c ON c.id = a.claim_id WHERE c.article_id = ? ORDER BY a.folded_line_id IS NOT NULL, a.start`,
    );
  }

  /**
   * Stores the detector's suggestions with their anchors; returns the new ids in input order.
   * Rows go in by chunks of multi-row INSERTs: one statement per chunk instead of one per row,
   * so the full-text trigger feeds FTS5 a chunk at a time (a statement per row made it write a
   * segment per claim: three quarters of a 20 MB article's storage time). A big import (a
   * worker hands over a ClaimBatch) also skips the trigger: see `withBulkSearchIndex`.
   */
  insertDetected(articleId: string, detected: DetectedClaim[] | ClaimBatch, texts: AnchorTexts): string[] {
    const batch = Array.isArray(detected) ? packClaims(detected) : detected;
    return this.withBulkSearchIndex(articleId, batch.count, () => this.insertBatch(articleId, batch, texts));
  }

  private insertBatch(articleId: string, batch: ClaimBatch, texts: AnchorTexts): string[] {
    const at = now();
    const ids: string[] = new Array<string>(batch.count);
    const args: unknown[] = [];
    let rows = 0;
    const flush = (head: string, values: string) => {
      if (rows > 0) this.multiRow(head, values, rows).run(args);
      args.length = 0;
      rows = 0;
    };
    const { anchors } = batch;
    let a = 0;
    for (let i = 0; i < batch.count; i++) {
      const id = newId();
      ids[i] = id;
      // The claim's place in the article: where its first anchor in the body starts.
      let position = -1;
      for (; a < anchors.length && anchors[a] === i; a += ANCHOR_STRIDE) {
        if (anchors[a + 3] === -1 && position < 0) position = anchors[a + 1]!;
      }
      if (position < 0) position = texts.body.length;
      const score = Math.min(1, Math.max(0, batch.scores[i]!));
      args.push(id, articleId, claimField(batch, i, 'text'), claimType(batch, i), claimField(batch, i, 'speaker'), claimField(batch, i, 'speakerEvidence'), claimSpeakerKind(batch, i), score, claimField(batch, i, 'reasons'), position, at, at);
      if (++rows === ROWS_PER_INSERT) flush(CLAIM_INSERT, CLAIM_VALUES);
    }
    flush(CLAIM_INSERT, CLAIM_VALUES);
    for (let k = 0; k < anchors.length; k += ANCHOR_STRIDE) {
      const folded = anchors[k + 3]!;
      const line = folded < 0 ? null : texts.folded[folded];
      const sel = describeRange(line ? line.text : texts.body, anchors[k + 1]!, anchors[k + 2]!);
      args.push(newId(), ids[anchors[k]!], sel.start, sel.end, sel.exact, sel.prefix, sel.suffix, line?.id ?? null);
      if (++rows === ROWS_PER_INSERT) flush(ANCHOR_INSERT, ANCHOR_VALUES);
    }
    flush(ANCHOR_INSERT, ANCHOR_VALUES);
    for (let i = 0; i < batch.count; i++) {
      const r = batch.related[i]!;
      const target = r < 0 ? undefined : ids[r];
      if (target && target !== ids[i]) this.setRelated.run(target, ids[i]);
    }
    return ids;
  }

  /**
   * Runs a big insert of claims with the full-text index filled once at the end, by one
   * INSERT … SELECT, instead of by the per-row trigger (for 180,000 claims: ~0.7 s instead of
   * ~2.3 s). The trigger is dropped and re-created from its own stored SQL inside the caller's
   * transaction, so the schema is the same afterwards and a failure rolls both back; other
   * connections never see it missing. Outside a transaction, or for a small insert, the trigger does it.
   */
  private withBulkSearchIndex<T>(articleId: string, count: number, insert: () => T): T {
    if (count < BULK_INDEX_FROM || !this.db.inTransaction) return insert();
    const trigger = this.db.prepare<[], string>(`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'claims_fts_insert'`).pluck().get();
    if (!trigger) return insert();
    const before = this.db.prepare<[], number>(`SELECT coalesce(max(rowid), 0) FROM claims`).pluck().get() ?? 0;
    this.db.exec('DROP TRIGGER claims_fts_insert');
    const result = insert();
    this.db
      .prepare(`INSERT INTO claims_fts(rowid, text, rationale, speaker) SELECT rowid, text, rationale, coalesce(speaker, '') FROM claims WHERE rowid > ? AND article_id = ?`)
      .run(before, articleId);
    this.db.exec(trigger);
    return result;
  }

  /** A prepared INSERT of `rows` rows, cached by size (a full chunk, and the last one of each import). */
  private multiRow(head: string, values: string, rows: number): Database.Statement {
    const key = `${head}#${rows}`;
    let stmt = this.multiRowCache.get(key);
    if (!stmt) {
      stmt = this.db.prepare(`${head} VALUES ${Array.from({ length: rows }, () => values).join(', ')}`);
      // Only full chunks are worth keeping: a last chunk's size rarely comes back.
      if (rows === ROWS_PER_INSERT) this.multiRowCache.set(key, stmt);
    }
    return stmt;
  }

  /** A claim the user marked by selecting text. */
  insertManual(articleId: string, body: string, start: number, end: number): string {
    const id = newId();
    const sel = describeRange(body, start, end);
    this.insertClaim.run({
      id,
      articleId,
      text: sel.exact.trim(),
      type: 'other',
      speaker: null,
      speakerEvidence: null,
      speakerKind: null,
      score: 1,
      reasons: JSON.stringify([{ code: 'marked-by-user', evidence: null, weight: 1 }]),
      origin: 'manual',
      review: 'accepted',
      position: sel.start,
      at: now(),
    });
    this.insertAnchor.run(newId(), id, sel.start, sel.end, sel.exact, sel.prefix, sel.suffix, null);
    return id;
  }

  /** Whether the article already knows `speaker` as a person or an organisation (another claim of theirs says so). */
  speakerKindIn(articleId: string, speaker: string): SpeakerKind | null {
    return this.kindOfSpeaker.get(articleId, speaker)?.kind ?? null;
  }

  get(id: string): Claim | null {
    const row = this.getRow.get(id);
    return row ? toClaim(row, this.anchorsOfClaim.all(id)) : null;
  }

  listByArticle(articleId: string): Claim[] {
    const anchors = new Map<string, AnchorRow[]>();
    for (const a of this.anchorsOfArticle.all(articleId)) {
      const list = anchors.get(a.claim_id);
      if (list) list.push(a);
      else anchors.set(a.claim_id, [a]);
    }
    return this.rowsOf.all(articleId).map((r) => toClaim(r, anchors.get(r.id) ?? []));
  }

  update(id: string, changes: ClaimChanges): void {
    const sets: string[] = [];
    const values: Record<string, unknown> = { id, at: now() };
    for (const [key, column] of Object.entries(CHANGE_COLUMNS) as [keyof ClaimChanges, string][]) {
      const v = changes[key];
      if (v === undefined) continue;
      sets.push(`${column} = @${key}`);
      values[key] = key === 'tags' ? JSON.stringify(v) : v;
    }
    if (sets.length === 0) return;
    this.db.prepare(`UPDATE claims SET ${sets.join(', ')}, updated_at = @at WHERE id = @id`).run(values);
  }
}

function toClaim(r: ClaimRow, anchors: AnchorRow[]): Claim {
  return {
    id: r.id,
    articleId: r.article_id,
    text: r.text,
    type: r.type,
    speaker: r.speaker,
    speakerEvidence: r.speaker_evidence,
    speakerKind: r.speaker_kind ?? null,
    score: r.score,
    reasons: parseJson<ScoreReason[]>(r.reasons, []),
    origin: r.origin,
    review: r.review,
    status: r.status,
    verdict: r.verdict,
    rationale: r.rationale,
    tags: parseJson<string[]>(r.tags, []),
    assignee: r.assignee,
    relatedTo: r.related_to,
    anchors: anchors.map(toAnchor),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toAnchor(a: AnchorRow): Anchor {
  return { id: a.id, start: a.start, end: a.end, exact: a.exact, prefix: a.prefix, suffix: a.suffix, orphaned: a.orphaned === 1, foldedLineId: a.folded_line_id };
}
