import type Database from 'better-sqlite3';
import type { QuoteSelector } from '../../core/anchoring/selector';
import type { Block, Claim, FoldedLine } from '../../core/model';
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
  private readonly setText;
  private readonly setOriginal;
  private readonly lineIds;
  private readonly insertLine;
  private readonly updateLine;
  private readonly deleteLine;
  private readonly placeAnchor;
  private readonly anchorOwner;
  private readonly moveAnchor;
  private readonly insertAnchor;
  private readonly deleteAnchor;
  private readonly setPositionText;
  private readonly deleteClaim;
  private readonly insertClaim;

  constructor(private readonly db: Database.Database) {
    this.setText = db.prepare(`UPDATE articles SET body = ?, blocks = ?, updated_at = ? WHERE id = ?`);
    this.setOriginal = db.prepare(`UPDATE articles SET original = ? WHERE id = ?`);
    this.lineIds = db.prepare<[string], { id: string }>(`SELECT id FROM article_lines WHERE article_id = ?`);
    this.insertLine = db.prepare(`INSERT INTO article_lines(id, article_id, kind, text, position, ord, inline) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    this.updateLine = db.prepare(`UPDATE article_lines SET kind = ?, text = ?, position = ?, ord = ?, inline = ? WHERE id = ? AND article_id = ?`);
    this.deleteLine = db.prepare(`DELETE FROM article_lines WHERE id = ? AND article_id = ?`);
    this.placeAnchor = db.prepare(`UPDATE claim_anchors SET start = ?, "end" = ?, exact = ?, prefix = ?, suffix = ?, orphaned = ?, folded_line_id = ? WHERE id = ?`);
    this.anchorOwner = db.prepare<[string], { claimId: string; articleId: string }>(
      `SELECT a.claim_id AS claimId, c.article_id AS articleId FROM claim_anchors a JOIN claims c ON c.id = a.claim_id WHERE a.id = ?`,
    );
    this.moveAnchor = db.prepare(`UPDATE claim_anchors SET claim_id = ? WHERE id = ?`);
    this.insertAnchor = db.prepare(`INSERT INTO claim_anchors(id, claim_id, start, "end", exact, prefix, suffix, orphaned, folded_line_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.deleteAnchor = db.prepare(`DELETE FROM claim_anchors WHERE id = ?`);
    this.setPositionText = db.prepare(`UPDATE claims SET position = ?, text = ?, updated_at = ? WHERE id = ?`);
    this.deleteClaim = db.prepare(`DELETE FROM claims WHERE id = ?`);
    this.insertClaim = db.prepare(
      `INSERT INTO claims(id, article_id, text, type, speaker, speaker_evidence, speaker_kind, score, reasons, origin, review, status, verdict, rationale, tags, assignee, position, created_at, updated_at)
       VALUES (@id, @articleId, @text, @type, @speaker, @speakerEvidence, @speakerKind, @score, @reasons, @origin, @review, @status, @verdict, @rationale, @tags, @assignee, @position, @at, @at)`,
    );
  }

  setArticleText(articleId: string, body: string, blocks: Block[]): string {
    const at = now();
    this.setText.run(body, JSON.stringify(blocks), at, articleId);
    return at;
  }

  setArticleOriginal(articleId: string, original: string): void {
    this.setOriginal.run(original, articleId);
  }

  lineIdsOf(articleId: string): Set<string> {
    return new Set(this.lineIds.all(articleId).map((r) => r.id));
  }

  /**
   * Makes the article's folded lines exactly `lines`: new ones inserted,
   * existing ones updated. Lines no longer folded are removed by
   * `removeLines`, after the anchors that pointed into them have moved.
   */
  upsertLines(articleId: string, lines: StoredLine[], existing: Set<string>): void {
    for (const l of lines) {
      const inline = l.inline ? 1 : 0;
      if (existing.has(l.id)) this.updateLine.run(l.kind, l.text, l.position, l.order, inline, l.id, articleId);
      else this.insertLine.run(l.id, articleId, l.kind, l.text, l.position, l.order, inline);
    }
  }

  removeLines(articleId: string, ids: Iterable<string>): void {
    for (const id of ids) this.deleteLine.run(id, articleId);
  }

  place(a: AnchorPlacement): void {
    this.placeAnchor.run(a.start, a.end, a.exact, a.prefix, a.suffix, a.orphaned ? 1 : 0, a.foldedLineId, a.id);
  }

  ownerOfAnchor(anchorId: string): { claimId: string; articleId: string } | null {
    return this.anchorOwner.get(anchorId) ?? null;
  }

  moveAnchorTo(anchorId: string, claimId: string): void {
    this.moveAnchor.run(claimId, anchorId);
  }

  addAnchor(claimId: string, a: Omit<AnchorPlacement, 'id'>): string {
    const id = newId();
    this.insertAnchor.run(id, claimId, a.start, a.end, a.exact, a.prefix, a.suffix, a.orphaned ? 1 : 0, a.foldedLineId);
    return id;
  }

  /** Only for an anchor another anchor of the same claim now covers (merge). */
  removeAnchor(anchorId: string): void {
    this.deleteAnchor.run(anchorId);
  }

  setClaimPositionAndText(claimId: string, position: number, text: string): void {
    this.setPositionText.run(position, text, now(), claimId);
  }

  /**
   * Points every row that references claim `from` at claim `into` — sources,
   * attachments, related claims, whatever a later migration adds — found
   * through SQLite's own foreign-key list, so a merge loses nothing. A row
   * that would duplicate one `into` already has (the same source twice) stays
   * behind and goes with `from`.
   */
  repointReferences(from: string, into: string): void {
    const tables = this.db.prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'`).all();
    for (const { name } of tables) {
      const fks = this.db.prepare<[], { table: string; from: string; to: string }>(`SELECT "table", "from", "to" FROM pragma_foreign_key_list('${name.replace(/'/g, "''")}')`).all();
      for (const fk of fks) {
        if (fk.table !== 'claims' || fk.to !== 'id') continue;
        const column = `"${fk.from.replace(/"/g, '""')}"`;
        const table = `"${name.replace(/"/g, '""')}"`;
        if (name === 'claims') {
          // A claim related to `from` is now related to `into` (never to itself).
          this.db.prepare(`UPDATE claims SET ${column} = CASE WHEN id = ? THEN NULL ELSE ? END WHERE ${column} = ?`).run(into, into, from);
        } else {
          this.db.prepare(`UPDATE OR IGNORE ${table} SET ${column} = ? WHERE ${column} = ?`).run(into, from);
        }
      }
    }
  }

  removeClaim(claimId: string): void {
    this.deleteClaim.run(claimId);
  }

  /** A new claim made from part of another (split): same article, type, speaker and reasons; a verdict of its own. */
  insertClaimLike(source: Claim, text: string, position: number): string {
    const id = newId();
    this.insertClaim.run({
      id,
      articleId: source.articleId,
      text,
      type: source.type,
      speaker: source.speaker,
      speakerEvidence: source.speakerEvidence,
      speakerKind: source.speakerKind,
      score: source.score,
      reasons: JSON.stringify([...source.reasons, { code: 'split-by-user', evidence: null, weight: 0 }]),
      origin: 'manual',
      review: 'accepted',
      status: 'unchecked',
      verdict: null,
      rationale: '',
      tags: JSON.stringify(source.tags),
      assignee: source.assignee,
      position,
      at: now(),
    });
    return id;
  }
}
