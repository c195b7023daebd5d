import { describeRange } from '../../core/anchoring/selector';
import type { Anchor, Claim, ClaimOrigin, ClaimReviewState, ClaimStatus, ClaimType, DetectedClaim, Recheck, ScoreReason, SpeakerKind } from '../../core/model';
import { ANCHOR_STRIDE, claimField, claimSpeakerKind, claimType, packClaims, type ClaimBatch } from '../pool/claim-batch';
import { readBool, readJson, toJson } from './codec';
import { insertRows } from './dialect/bulk-insert';
import type { Db, Dialect } from './dialect/dialect';
import { newId, now } from './ids';
import type { ClaimAnchorsTable, ClaimsTable } from './schema';
import type { Selectable } from 'kysely';

type ClaimRow = Omit<Selectable<ClaimsTable>, never>;
type AnchorRow = Selectable<ClaimAnchorsTable>;

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
  summary?: string | null;
  review?: ClaimReviewState;
  tags?: string[];
  assignee?: string | null;
  /** Needs re-check (three columns), or null once confirmed or given another verdict. */
  recheck?: Recheck | null;
}

const CHANGE_COLUMNS: Record<Exclude<keyof ClaimChanges, 'recheck'>, keyof ClaimsTable> = {
  text: 'text',
  type: 'type',
  speaker: 'speaker',
  speakerEvidence: 'speaker_evidence',
  speakerKind: 'speaker_kind',
  status: 'status',
  verdict: 'verdict',
  rationale: 'rationale',
  summary: 'summary',
  review: 'review',
  tags: 'tags',
  assignee: 'assignee',
};

/** Where a new claim's anchors point: the article body and its folded lines (by index of the import). */
export interface AnchorTexts {
  body: string;
  folded: { id: string; text: string }[];
}

const DETECTED_COLUMNS = ['id', 'article_id', 'text', 'type', 'speaker', 'speaker_evidence', 'speaker_kind', 'score', 'reasons', 'position', 'created_at', 'updated_at'] as const;
const DETECTED_FIXED = { origin: 'auto', review: 'suggested', status: 'unchecked', rationale: '' };
const ANCHOR_COLUMNS = ['id', 'claim_id', 'start', 'end', 'exact', 'prefix', 'suffix', 'folded_line_id'] as const;

/** Named, never `*`: PostgreSQL's tables also hold their full-text vector, which nothing here reads. */
const CLAIM_COLUMNS = [
  'id', 'article_id', 'text', 'type', 'speaker', 'speaker_evidence', 'speaker_kind', 'score', 'reasons', 'origin', 'review', 'status',
  'verdict', 'rationale', 'summary', 'tags', 'assignee', 'related_to', 'position', 'recheck_since', 'previous_text', 'previous_verdict',
  'created_at', 'updated_at',
] as const;

export class ClaimsRepo {
  constructor(
    private readonly db: Db,
    private readonly d: Dialect,
  ) {}

  /**
   * Stores the detector's suggestions with their anchors; returns the new ids in input order.
   * Rows go in by multi-row INSERTs (dialect/bulk-insert.ts). A worker hands over a
   * ClaimBatch (the detector's claims packed for the trip between threads: pool/claim-batch.ts);
   * the text fields are read from it as slices, without rebuilding claim objects.
   */
  async insertDetected(articleId: string, detected: DetectedClaim[] | ClaimBatch, texts: AnchorTexts): Promise<string[]> {
    const batch = Array.isArray(detected) ? packClaims(detected) : detected;
    const at = now();
    const ids: string[] = new Array<string>(batch.count);
    const claims: unknown[][] = new Array<unknown[]>(batch.count);
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
      claims[i] = [id, articleId, claimField(batch, i, 'text'), claimType(batch, i), claimField(batch, i, 'speaker'), claimField(batch, i, 'speakerEvidence'), claimSpeakerKind(batch, i), score, claimField(batch, i, 'reasons'), position, at, at];
    }
    await insertRows(this.db, this.d, 'claims', DETECTED_COLUMNS, claims, DETECTED_FIXED);
    const anchorRows: unknown[][] = [];
    for (let k = 0; k < anchors.length; k += ANCHOR_STRIDE) {
      const folded = anchors[k + 3]!;
      const line = folded < 0 ? null : texts.folded[folded];
      const sel = describeRange(line ? line.text : texts.body, anchors[k + 1]!, anchors[k + 2]!);
      anchorRows.push([newId(), ids[anchors[k]!], sel.start, sel.end, sel.exact, sel.prefix, sel.suffix, line?.id ?? null]);
    }
    await insertRows(this.db, this.d, 'claim_anchors', ANCHOR_COLUMNS, anchorRows, { orphaned: false });
    for (let i = 0; i < batch.count; i++) {
      const r = batch.related[i]!;
      const target = r < 0 ? undefined : ids[r];
      if (target && target !== ids[i]) await this.db.updateTable('claims').set({ related_to: target }).where('id', '=', ids[i]!).execute();
    }
    return ids;
  }

  /** A claim the user marked by selecting text. */
  async insertManual(articleId: string, body: string, start: number, end: number): Promise<string> {
    const id = newId();
    const sel = describeRange(body, start, end);
    const at = now();
    await this.db
      .insertInto('claims')
      .values({
        id,
        article_id: articleId,
        text: sel.exact.trim(),
        type: 'other',
        speaker: null,
        speaker_evidence: null,
        speaker_kind: null,
        score: 1,
        reasons: toJson([{ code: 'marked-by-user', evidence: null, weight: 1 }]),
        origin: 'manual',
        review: 'accepted',
        status: 'unchecked',
        rationale: '',
        position: sel.start,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await this.db
      .insertInto('claim_anchors')
      .values({ id: newId(), claim_id: id, start: sel.start, end: sel.end, exact: sel.exact, prefix: sel.prefix, suffix: sel.suffix, orphaned: 0, folded_line_id: null })
      .execute();
    return id;
  }

  /** Whether the article already knows `speaker` as a person or an organisation (another claim of theirs says so). */
  async speakerKindIn(articleId: string, speaker: string): Promise<SpeakerKind | null> {
    const row = await this.db
      .selectFrom('claims')
      .select('speaker_kind')
      .where('article_id', '=', this.d.id(articleId))
      .where('speaker', '=', speaker)
      .where('speaker_kind', 'is not', null)
      .orderBy('updated_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return (row?.speaker_kind as SpeakerKind | null | undefined) ?? null;
  }

  /** A claim of an article on the desk: the claims of a deleted article are hidden with it until it is restored or purged. */
  async get(id: string): Promise<Claim | null> {
    const row = await this.db
      .selectFrom('claims')
      .select(CLAIM_COLUMNS)
      .where('id', '=', this.d.id(id))
      .where((eb) => eb.exists(eb.selectFrom('articles').select('articles.id').whereRef('articles.id', '=', 'claims.article_id').where('articles.deleted_at', 'is', null)))
      .executeTakeFirst();
    if (!row) return null;
    const anchors = await this.db.selectFrom('claim_anchors').selectAll().where('claim_id', '=', row.id).orderBy((eb) => eb.parens(eb.ref('folded_line_id'), 'is not', null)).orderBy('start').execute();
    return toClaim(row, anchors);
  }

  async listByArticle(articleId: string): Promise<Claim[]> {
    const id = this.d.id(articleId);
    const anchorRows = await this.db
      .selectFrom('claim_anchors as a')
      .innerJoin('claims as c', 'c.id', 'a.claim_id')
      .selectAll('a')
      .where('c.article_id', '=', id)
      .orderBy((eb) => eb.parens(eb.ref('a.folded_line_id'), 'is not', null))
      .orderBy('a.start')
      .execute();
    const anchors = new Map<string, AnchorRow[]>();
    for (const a of anchorRows) {
      const list = anchors.get(a.claim_id);
      if (list) list.push(a);
      else anchors.set(a.claim_id, [a]);
    }
    const rows = await this.db.selectFrom('claims').select(CLAIM_COLUMNS).where('article_id', '=', id).orderBy('position').orderBy('created_at').orderBy('id').execute();
    return rows.map((r) => toClaim(r, anchors.get(r.id) ?? []));
  }

  /** Deletes a claim with its anchors and citations (ON DELETE CASCADE); the caller records it in the audit trail. */
  async remove(id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('claims').where('id', '=', this.d.id(id)).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async update(id: string, changes: ClaimChanges): Promise<void> {
    const set: Record<string, unknown> = {};
    for (const [key, column] of Object.entries(CHANGE_COLUMNS) as [keyof ClaimChanges, string][]) {
      const v = changes[key];
      if (v === undefined) continue;
      set[column] = key === 'tags' ? toJson(v) : v;
    }
    if (changes.recheck !== undefined) {
      set.recheck_since = changes.recheck?.since ?? null;
      set.previous_text = changes.recheck?.previousText ?? null;
      set.previous_verdict = changes.recheck?.previousVerdict ?? null;
    }
    if (Object.keys(set).length === 0) return;
    await this.db
      .updateTable('claims')
      .set({ ...set, updated_at: now() })
      .where('id', '=', this.d.id(id))
      .execute();
  }

  /** Which verdicts claims carry, and how many of each (a scale in use must keep them). */
  async verdictsInUse(): Promise<{ verdict: string; n: number }[]> {
    const rows = await this.db
      .selectFrom('claims')
      .select((eb) => ['verdict', eb.fn.countAll<number>().as('n')])
      .where('verdict', 'is not', null)
      .groupBy('verdict')
      .orderBy('verdict')
      .execute();
    return rows.map((r) => ({ verdict: r.verdict!, n: Number(r.n) }));
  }
}

function toClaim(r: ClaimRow, anchors: AnchorRow[]): Claim {
  return {
    id: r.id,
    articleId: r.article_id,
    text: r.text,
    type: r.type as ClaimType,
    speaker: r.speaker,
    speakerEvidence: r.speaker_evidence,
    speakerKind: (r.speaker_kind as SpeakerKind | null) ?? null,
    score: r.score,
    reasons: readJson<ScoreReason[]>(r.reasons, []),
    origin: r.origin as ClaimOrigin,
    review: r.review as ClaimReviewState,
    status: r.status as ClaimStatus,
    verdict: r.verdict,
    rationale: r.rationale,
    summary: r.summary ?? null,
    tags: readJson<string[]>(r.tags, []),
    assignee: r.assignee,
    relatedTo: r.related_to,
    anchors: anchors.map(toAnchor),
    recheck: r.recheck_since === null ? null : { previousText: r.previous_text ?? '', previousVerdict: r.previous_verdict, since: r.recheck_since },
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toAnchor(a: AnchorRow): Anchor {
  return { id: a.id, start: a.start, end: a.end, exact: a.exact, prefix: a.prefix, suffix: a.suffix, orphaned: readBool(a.orphaned), foldedLineId: a.folded_line_id };
}
