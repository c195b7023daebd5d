import type Database from 'better-sqlite3';
import type { PastCheck } from '../../core/claimreview';
import { newId, now } from './ids';

export interface StoredPastCheck {
  id: string;
  claim: string;
  claimant: string | null;
  verdict: string | null;
  verdict_class: PastCheck['verdictClass'];
  review_url: string | null;
  review_title: string | null;
  reviewer: string | null;
}

/** A verdict-bearing claim of another article, as a matching candidate. */
export interface CheckedWorkspaceClaim {
  id: string;
  text: string;
  verdict: string;
  rationale: string;
  article_id: string;
  article_title: string;
}

export interface MatchDecision {
  target_kind: 'claim' | 'claimreview';
  target_id: string;
  state: 'linked' | 'dismissed';
}

export class PastChecksRepo {
  private readonly insert;
  private readonly byId;
  private readonly ftsPast;
  private readonly ftsClaims;
  private readonly decide;
  private readonly decisions;

  constructor(db: Database.Database) {
    this.insert = db.prepare(
      `INSERT OR IGNORE INTO past_checks(id, claim, claimant, claim_date, verdict, verdict_class, rating_value, rating_best, rating_worst, review_url, review_title, reviewer, review_date, language, appearances, imported_at)
       VALUES (@id, @claim, @claimant, @claimDate, @verdict, @verdictClass, @value, @best, @worst, @reviewUrl, @reviewTitle, @reviewer, @reviewDate, @language, @appearances, @at)`,
    );
    this.byId = db.prepare<[string], StoredPastCheck>(`SELECT id, claim, claimant, verdict, verdict_class, review_url, review_title, reviewer FROM past_checks WHERE id = ?`);
    this.ftsPast = db.prepare<[string, number], StoredPastCheck>(
      `SELECT p.id, p.claim, p.claimant, p.verdict, p.verdict_class, p.review_url, p.review_title, p.reviewer
         FROM past_checks_fts JOIN past_checks p ON p.rowid = past_checks_fts.rowid WHERE past_checks_fts MATCH ? ORDER BY rank LIMIT ?`,
    );
    this.ftsClaims = db.prepare<[string, string, number], CheckedWorkspaceClaim>(
      `SELECT c.id, c.text, c.verdict, c.rationale, c.article_id, a.title AS article_title
         FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid JOIN articles a ON a.id = c.article_id
        WHERE claims_fts MATCH ? AND c.verdict IS NOT NULL AND c.article_id != ? AND a.deleted_at IS NULL ORDER BY rank LIMIT ?`,
    );
    this.decide = db.prepare(
      `INSERT INTO claim_matches(claim_id, target_kind, target_id, state, decided_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(claim_id, target_kind, target_id) DO UPDATE SET state = excluded.state, decided_at = excluded.decided_at`,
    );
    this.decisions = db.prepare<[string], MatchDecision>(`SELECT target_kind, target_id, state FROM claim_matches WHERE claim_id = ?`);
  }

  /** Stores parsed ClaimReview; the same review of the same claim is kept once. Returns how many were new. */
  add(checks: PastCheck[]): number {
    let added = 0;
    for (const c of checks) {
      const r = this.insert.run({
        id: newId(),
        claim: c.claim,
        claimant: c.claimant,
        claimDate: c.claimDate,
        verdict: c.verdict,
        verdictClass: c.verdictClass,
        value: c.rating?.value ?? null,
        best: c.rating?.best ?? null,
        worst: c.rating?.worst ?? null,
        reviewUrl: c.reviewUrl,
        reviewTitle: c.reviewTitle,
        reviewer: c.reviewer,
        reviewDate: c.reviewDate,
        language: c.language,
        appearances: JSON.stringify(c.appearances),
        at: now(),
      });
      added += r.changes;
    }
    return added;
  }

  get(id: string): StoredPastCheck | null {
    return this.byId.get(id) ?? null;
  }

  candidates(ftsQuery: string, articleId: string, limit: number): { past: StoredPastCheck[]; claims: CheckedWorkspaceClaim[] } {
    return { past: this.ftsPast.all(ftsQuery, limit), claims: this.ftsClaims.all(ftsQuery, articleId, limit) };
  }

  record(claimId: string, kind: MatchDecision['target_kind'], targetId: string, state: MatchDecision['state']): void {
    this.decide.run(claimId, kind, targetId, state, now());
  }

  decisionsFor(claimId: string): MatchDecision[] {
    return this.decisions.all(claimId);
  }
}
