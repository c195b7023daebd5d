import type { PastCheck } from '../../core/claimreview';
import type { Db, Dialect } from './dialect/dialect';
import { newId, now } from './ids';
import { toJson } from './codec';

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

/** An article's reuse links, with the past checks and the claims they point at. */
export interface ReusedByArticle {
  links: { claim_id: string; target_kind: MatchDecision['target_kind']; target_id: string }[];
  past: StoredPastCheck[];
  claims: { id: string; verdict: string | null; article_title: string }[];
}

const PAST_COLUMNS = ['id', 'claim', 'claimant', 'verdict', 'verdict_class', 'review_url', 'review_title', 'reviewer'] as const;

export class PastChecksRepo {
  constructor(
    private readonly db: Db,
    private readonly d: Dialect,
  ) {}

  /** Stores parsed ClaimReview; the same review of the same claim is kept once (ON CONFLICT DO NOTHING, the same on both engines). Returns how many were new. */
  async add(checks: PastCheck[]): Promise<number> {
    let added = 0;
    for (const c of checks) {
      const r = await this.db
        .insertInto('past_checks')
        .values({
          id: newId(),
          claim: c.claim,
          claimant: c.claimant,
          claim_date: c.claimDate,
          verdict: c.verdict,
          verdict_class: c.verdictClass,
          rating_value: c.rating?.value ?? null,
          rating_best: c.rating?.best ?? null,
          rating_worst: c.rating?.worst ?? null,
          review_url: c.reviewUrl,
          review_title: c.reviewTitle,
          reviewer: c.reviewer,
          review_date: c.reviewDate,
          language: c.language,
          appearances: toJson(c.appearances),
          imported_at: now(),
        })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      added += Number(r.numInsertedOrUpdatedRows ?? 0n);
    }
    return added;
  }

  async get(id: string): Promise<StoredPastCheck | null> {
    const row = await this.db.selectFrom('past_checks').select(PAST_COLUMNS).where('id', '=', this.d.id(id)).executeTakeFirst();
    return row ? (row as StoredPastCheck) : null;
  }

  async candidates(text: string, articleId: string, limit: number): Promise<{ past: StoredPastCheck[]; claims: CheckedWorkspaceClaim[] }> {
    const pastIds = await this.d.search.pastCheckIds(this.db, text, limit);
    const claimIds = await this.d.search.checkedClaimIds(this.db, text, articleId, limit);
    const past = pastIds.length ? await this.db.selectFrom('past_checks').select(PAST_COLUMNS).where('id', 'in', pastIds).execute() : [];
    const claims = claimIds.length
      ? await this.db
          .selectFrom('claims as c')
          .innerJoin('articles as a', 'a.id', 'c.article_id')
          .select(['c.id', 'c.text', 'c.verdict', 'c.rationale', 'c.article_id', 'a.title as article_title'])
          .where('c.id', 'in', claimIds)
          .execute()
      : [];
    return { past: inOrder(pastIds, past as StoredPastCheck[]), claims: inOrder(claimIds, claims as CheckedWorkspaceClaim[]) };
  }

  async record(claimId: string, kind: MatchDecision['target_kind'], targetId: string, state: MatchDecision['state']): Promise<void> {
    await this.db
      .insertInto('claim_matches')
      .values({ claim_id: claimId, target_kind: kind, target_id: targetId, state, decided_at: now() })
      .onConflict((oc) => oc.columns(['claim_id', 'target_kind', 'target_id']).doUpdateSet({ state: (eb) => eb.ref('excluded.state'), decided_at: (eb) => eb.ref('excluded.decided_at') }))
      .execute();
  }

  async decisionsFor(claimId: string): Promise<MatchDecision[]> {
    return (await this.db.selectFrom('claim_matches').select(['target_kind', 'target_id', 'state']).where('claim_id', '=', this.d.id(claimId)).execute()) as MatchDecision[];
  }

  /**
   * What the claims of an article reuse (their 'linked' decisions) and what each link points at, for the
   * reports: three queries whatever the number of claims.
   */
  async reusedByArticle(articleId: string): Promise<ReusedByArticle> {
    const links = (await this.db
      .selectFrom('claim_matches as m')
      .innerJoin('claims as c', 'c.id', 'm.claim_id')
      .select(['m.claim_id', 'm.target_kind', 'm.target_id'])
      .where('c.article_id', '=', this.d.id(articleId))
      .where('m.state', '=', 'linked')
      .orderBy('m.decided_at')
      .execute()) as ReusedByArticle['links'];
    const ids = (kind: MatchDecision['target_kind']) => [...new Set(links.filter((l) => l.target_kind === kind).map((l) => l.target_id))];
    const pastIds = ids('claimreview');
    const claimIds = ids('claim');
    const past = pastIds.length ? ((await this.db.selectFrom('past_checks').select(PAST_COLUMNS).where('id', 'in', pastIds).execute()) as StoredPastCheck[]) : [];
    const claims = claimIds.length
      ? await this.db.selectFrom('claims as c').innerJoin('articles as a', 'a.id', 'c.article_id').select(['c.id', 'c.verdict', 'a.title as article_title']).where('c.id', 'in', claimIds).execute()
      : [];
    return { links, past, claims };
  }
}

/** Rows in the order of their ids (the search's ranking). */
function inOrder<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is T => r !== undefined);
}
