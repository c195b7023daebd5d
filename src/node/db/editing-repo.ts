import { sql } from 'kysely';
import type { QuoteSelector } from '../../core/anchoring/selector';
import type { Block, Claim, FoldedLine, Recheck, SpeakerKind } from '../../core/model';
import { toBool, toJson } from './codec';
import type { Db, Dialect } from './dialect/dialect';
import { newId, now } from './ids';

export interface StoredLine extends FoldedLine {
  id: string;
}

export interface AnchorPlacement extends QuoteSelector {
  id: string;
  orphaned: boolean;
  foldedLineId: string | null;
}

/**
 * The statements behind editing an article's text: the body and its blocks,
 * the folded lines, anchor placements, and the claim surgery of merge and
 * split. Every method runs inside the caller's transaction.
 */
export class EditingRepo {
  constructor(
    private readonly db: Db,
    private readonly d: Dialect,
  ) {}

  async setArticleText(articleId: string, body: string, blocks: Block[]): Promise<string> {
    const at = now();
    await this.db.updateTable('articles').set({ body, blocks: toJson(blocks), updated_at: at }).where('id', '=', this.d.id(articleId)).execute();
    return at;
  }

  async setArticleOriginal(articleId: string, original: string): Promise<void> {
    await this.db.updateTable('articles').set({ original }).where('id', '=', this.d.id(articleId)).execute();
  }

  async lineIdsOf(articleId: string): Promise<Set<string>> {
    const rows = await this.db.selectFrom('article_lines').select('id').where('article_id', '=', this.d.id(articleId)).execute();
    return new Set(rows.map((r) => r.id));
  }

  /** The article a folded line belongs to, if any. */
  async articleOfLine(lineId: string): Promise<string | null> {
    const row = await this.db.selectFrom('article_lines').select('article_id').where('id', '=', this.d.id(lineId)).executeTakeFirst();
    return row?.article_id ?? null;
  }

  /**
   * Makes the article's folded lines exactly `lines`: new ones inserted,
   * existing ones updated. Lines no longer folded are removed by
   * `removeLines`, after the anchors that pointed into them have moved.
   */
  async upsertLines(articleId: string, lines: StoredLine[], existing: Set<string>): Promise<void> {
    for (const l of lines) {
      const inline = toBool(l.inline === true);
      if (existing.has(l.id)) {
        await this.db.updateTable('article_lines').set({ kind: l.kind, text: l.text, position: l.position, ord: l.order, inline }).where('id', '=', l.id).where('article_id', '=', articleId).execute();
      } else {
        await this.db.insertInto('article_lines').values({ id: l.id, article_id: articleId, kind: l.kind, text: l.text, position: l.position, ord: l.order, inline }).execute();
      }
    }
  }

  async removeLines(articleId: string, ids: Iterable<string>): Promise<void> {
    for (const id of ids) await this.db.deleteFrom('article_lines').where('id', '=', id).where('article_id', '=', articleId).execute();
  }

  async place(a: AnchorPlacement): Promise<void> {
    await this.db
      .updateTable('claim_anchors')
      .set({ start: a.start, end: a.end, exact: a.exact, prefix: a.prefix, suffix: a.suffix, orphaned: toBool(a.orphaned), folded_line_id: a.foldedLineId })
      .where('id', '=', a.id)
      .execute();
  }

  async ownerOfAnchor(anchorId: string): Promise<{ claimId: string; articleId: string } | null> {
    const row = await this.db
      .selectFrom('claim_anchors as a')
      .innerJoin('claims as c', 'c.id', 'a.claim_id')
      .select(['a.claim_id as claimId', 'c.article_id as articleId'])
      .where('a.id', '=', this.d.id(anchorId))
      .executeTakeFirst();
    return row ?? null;
  }

  async addAnchor(claimId: string, a: Omit<AnchorPlacement, 'id'>): Promise<string> {
    const id = newId();
    await this.db
      .insertInto('claim_anchors')
      .values({ id, claim_id: claimId, start: a.start, end: a.end, exact: a.exact, prefix: a.prefix, suffix: a.suffix, orphaned: toBool(a.orphaned), folded_line_id: a.foldedLineId })
      .execute();
    return id;
  }

  /** Only for an anchor another anchor of the same claim now covers (merge). */
  async removeAnchor(anchorId: string): Promise<void> {
    await this.db.deleteFrom('claim_anchors').where('id', '=', anchorId).execute();
  }

  async setClaimPositionAndText(claimId: string, position: number, text: string): Promise<void> {
    await this.db.updateTable('claims').set({ position, text, updated_at: now() }).where('id', '=', claimId).execute();
  }

  /**
   * Points every row that references claim `from` at claim `into` — sources,
   * attachments, related claims, whatever a later migration adds — found
   * through the engine's own catalog (dialect/catalog.ts), so a merge loses
   * nothing. A row that would duplicate one `into` already has (the same
   * source twice: a unique key holding the column) stays behind and goes
   * with `from`.
   */
  async repointReferences(from: string, into: string): Promise<void> {
    const schema = await this.d.catalog.describe(this.db);
    for (const [table, info] of Object.entries(schema)) {
      for (const fk of info.foreignKeys) {
        if (fk.refTable !== 'claims' || fk.refColumn !== 'id') continue;
        const t = sql.table(table);
        const c = sql.ref(fk.column);
        if (table === 'claims') {
          // A claim related to `from` is now related to `into` (never to itself).
          await sql`UPDATE ${t} SET ${c} = ${into} WHERE ${c} = ${from} AND id <> ${into}`.execute(this.db);
          await sql`UPDATE ${t} SET ${c} = NULL WHERE ${c} = ${from}`.execute(this.db);
          continue;
        }
        const keys = [info.primaryKey, ...info.indexes.filter((i) => i.unique).map((i) => i.columns)].filter((k) => k.includes(fk.column) && !k.includes('<expr>'));
        const clashes = keys.map((key) => {
          const same = key.filter((k) => k !== fk.column).map((k) => sql`o.${sql.ref(k)} = ${t}.${sql.ref(k)}`);
          return sql`EXISTS (SELECT 1 FROM ${t} AS o WHERE o.${c} = ${into}${same.length ? sql` AND ${sql.join(same, sql` AND `)}` : sql``})`;
        });
        const guard = clashes.length ? sql` AND NOT (${sql.join(clashes, sql` OR `)})` : sql``;
        await sql`UPDATE ${t} SET ${c} = ${into} WHERE ${c} = ${from}${guard}`.execute(this.db);
      }
    }
  }

  async removeClaim(claimId: string): Promise<void> {
    await this.db.deleteFrom('claims').where('id', '=', claimId).execute();
  }

  /** A new claim made from part of another (split): same article, type and reasons; its own speaker, and a verdict of its own (or the whole's, to re-check). */
  async insertClaimLike(source: Claim, text: string, position: number, own: { speaker: string | null; speakerEvidence: string | null; speakerKind: SpeakerKind | null; recheck: Recheck | null }): Promise<string> {
    const id = newId();
    const at = now();
    await this.db
      .insertInto('claims')
      .values({
        id,
        article_id: source.articleId,
        text,
        type: source.type,
        speaker: own.speaker,
        speaker_evidence: own.speakerEvidence,
        speaker_kind: own.speakerKind,
        score: source.score,
        reasons: toJson([...source.reasons, { code: 'split-by-user', evidence: null, weight: 0 }]),
        origin: 'manual',
        review: 'accepted',
        status: own.recheck ? 'in-progress' : 'unchecked',
        verdict: null,
        rationale: '',
        tags: toJson(source.tags),
        assignee: source.assignee,
        position,
        recheck_since: own.recheck?.since ?? null,
        previous_text: own.recheck?.previousText ?? null,
        previous_verdict: own.recheck?.previousVerdict ?? null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    return id;
  }
}
