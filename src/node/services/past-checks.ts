import { parseClaimReview } from '../../core/claimreview';
import { matchPastChecks } from '../../core/claims/match';
import { findVerdict, verdictForClass, type VerdictScale } from '../../core/verdicts';
import type { ReusedCheck } from '../../core/report/input';
import { toFtsAnyQuery } from '../../core/search-query';
import type { Stance } from '../../core/model';
import { msg } from '../../core/i18n';
import { ApiError } from '../../contract/envelope';
import type { Handlers } from '../../contract/dispatcher';
import type { PastCheckSuggestion } from '../../contract/methods/past-checks';
import { LibraryRepo } from '../db/library-repo';
import { PastChecksRepo } from '../db/past-checks-repo';
import { currentScale } from './settings';
import type { ServiceContext } from './workspace-services';

type PastCheckMethods = 'pastChecks.import' | 'pastChecks.forClaim' | 'pastChecks.link' | 'pastChecks.dismiss';

/** How many full-text candidates to rank per kind: matching decides among a few dozen, never the whole workspace. */
const CANDIDATES = 40;

const STANCE_OF_CLASS: Record<string, Stance> = { false: 'refutes', misleading: 'refutes', true: 'supports' };

export function pastCheckHandlers(s: ServiceContext): Pick<Handlers, PastCheckMethods> {
  const repo = new PastChecksRepo(s.workspace.db);
  const library = new LibraryRepo(s.workspace.db);
  const requireClaim = (id: string) => {
    const claim = s.claims.get(id);
    if (!claim) throw new ApiError('not-found', `No claim with id ${id}.`);
    return claim;
  };

  function suggestions(claimId: string, includeDismissed: boolean): PastCheckSuggestion[] {
    const claim = requireClaim(claimId);
    const query = toFtsAnyQuery(claim.text);
    if (!query) return [];
    const scale = currentScale(s);
    const { past, claims } = repo.candidates(query, claim.articleId, CANDIDATES);
    const decided = new Map(repo.decisionsFor(claimId).map((d) => [`${d.target_kind}:${d.target_id}`, d.state]));
    const candidates = [
      ...claims.map((c) => ({
        kind: 'claim' as const,
        id: c.id,
        text: c.text,
        articleTitle: c.article_title,
        verdict: findVerdict(scale, c.verdict)?.label.en ?? c.verdict,
        verdictLabel: findVerdict(scale, c.verdict)?.label ?? c.verdict,
        url: null,
      })),
      ...past.map((p) => ({
        kind: 'claimreview' as const,
        id: p.id,
        text: p.claim,
        articleTitle: [p.reviewer, p.review_title].filter(Boolean).join(': ') || null,
        verdict: p.verdict,
        verdictLabel: p.verdict,
        url: p.review_url,
      })),
    ];
    return matchPastChecks(claim.text, candidates, { limit: 5 })
      .map((m) => ({
        kind: m.candidate.kind,
        id: m.candidate.id,
        text: m.candidate.text,
        label: m.label,
        similarity: Math.round(m.similarity * 1000) / 1000,
        verdict: m.candidate.verdict ?? null,
        verdictLabel: m.candidate.verdictLabel ?? null,
        where: m.candidate.articleTitle ?? null,
        url: m.candidate.url,
        state: decided.get(`${m.candidate.kind}:${m.candidate.id}`) ?? null,
      }))
      .filter((m) => includeDismissed || m.state !== 'dismissed');
  }

  return {
    'pastChecks.import'({ json }, ctx) {
      let doc: unknown;
      try {
        doc = JSON.parse(json);
      } catch {
        throw new ApiError('invalid-input', msg('errors.pastChecks.notJson'));
      }
      const checks = parseClaimReview(doc);
      if (checks.length === 0) throw new ApiError('invalid-input', msg('errors.pastChecks.noReview'));
      return s.tx(() => {
        const imported = repo.add(checks);
        s.events.record({ actor: ctx.actor, entity: 'past_checks', entityId: 'workspace', articleId: null, action: 'create', before: null, after: { imported } });
        return { imported, duplicates: checks.length - imported };
      });
    },

    'pastChecks.forClaim': ({ claimId, includeDismissed }) => suggestions(claimId, includeDismissed),

    'pastChecks.link'({ claimId, kind, targetId }, ctx) {
      return s.tx(() => {
        const claim = requireClaim(claimId);
        const scale = currentScale(s);
        let verdict: string | null;
        // What was reused is kept as the link itself (claim_matches) and worded when shown, in the reader's
        // language (`reusedChecks`); nothing is written into the rationale.
        if (kind === 'claim') {
          const other = requireClaim(targetId);
          if (other.verdict === null) throw new ApiError('conflict', msg('errors.claims.reuseNoVerdict'));
          verdict = other.verdict;
          for (const src of s.sources.forClaim(other.id)) {
            if (!library.isLinked(claimId, src.id)) library.link(claimId, src.id, { stance: src.stance, excerpt: src.excerpt, note: src.note });
          }
        } else {
          const past = repo.get(targetId);
          if (!past) throw new ApiError('not-found', `No past check with id ${targetId}.`);
          verdict = verdictForClass(scale, past.verdict_class)?.id ?? null;
          if (past.review_url && /^https?:\/\//i.test(past.review_url)) {
            s.sources.addToClaim(
              claimId,
              { url: past.review_url, title: past.review_title ?? past.claim, publisher: past.reviewer ?? '', author: '', publishedAt: null },
              { stance: STANCE_OF_CLASS[past.verdict_class ?? ''] ?? 'context', excerpt: past.claim, note: '' },
            );
          }
        }
        const changes = {
          ...(verdict !== null && claim.verdict === null ? { verdict, status: 'checked' as const } : {}),
          ...(claim.review === 'suggested' ? { review: 'accepted' as const } : {}),
        };
        s.claims.update(claimId, changes);
        repo.record(claimId, kind, targetId, 'linked');
        s.events.record({ actor: ctx.actor, entity: 'claim', entityId: claimId, articleId: claim.articleId, action: 'update', before: { verdict: claim.verdict, status: claim.status, review: claim.review }, after: { ...changes, linkedTo: `${kind}:${targetId}` } });
        ctx.emit({ type: 'changed', entity: 'claim', id: claimId, articleId: claim.articleId });
        return s.claims.get(claimId)!;
      });
    },

    'pastChecks.dismiss'({ claimId, kind, targetId }, ctx) {
      return s.tx(() => {
        const claim = requireClaim(claimId);
        repo.record(claimId, kind, targetId, 'dismissed');
        s.events.record({ actor: ctx.actor, entity: 'claim', entityId: claimId, articleId: claim.articleId, action: 'dismiss-match', before: null, after: { target: `${kind}:${targetId}` } });
        return { dismissed: true as const };
      });
    },
  };
}

/** The past checks a claim reuses, for the reports ("Checked before by AFP Fact Check: False"). */
export function reusedChecks(s: ServiceContext, repo: PastChecksRepo, claimId: string, scale: VerdictScale): ReusedCheck[] {
  const out: ReusedCheck[] = [];
  for (const d of repo.decisionsFor(claimId)) {
    if (d.state !== 'linked') continue;
    if (d.target_kind === 'claim') {
      const other = s.claims.get(d.target_id);
      if (!other) continue;
      const where = s.articles.meta(other.articleId)?.title ?? null;
      out.push({ kind: 'claim', where, reviewer: null, verdict: findVerdict(scale, other.verdict)?.label ?? other.verdict, url: null });
    } else {
      const past = repo.get(d.target_id);
      if (past) out.push({ kind: 'claimreview', where: past.review_title, reviewer: past.reviewer, verdict: past.verdict, url: past.review_url });
    }
  }
  return out;
}
