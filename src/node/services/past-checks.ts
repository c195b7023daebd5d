import { parseClaimReview } from '../../core/claimreview';
import { matchPastChecks } from '../../core/claims/match';
import { findVerdict, verdictForClass, type VerdictScale } from '../../core/verdicts';
import type { ReusedCheck } from '../../core/report/input';
import type { Stance } from '../../core/model';
import { msg } from '../../core/i18n';
import { ApiError } from '../../contract/envelope';
import type { Handlers } from '../../contract/dispatcher';
import type { PastCheckSuggestion } from '../../contract/methods/past-checks';
import type { Repos } from '../db/port';
import { requireClaim } from './claims';
import { currentScale } from './settings';
import type { ServiceContext } from './workspace-services';

type PastCheckMethods = 'pastChecks.import' | 'pastChecks.forClaim' | 'pastChecks.link' | 'pastChecks.dismiss';

/** How many full-text candidates to rank per kind: matching decides among a few dozen, never the whole workspace. */
const CANDIDATES = 40;

const STANCE_OF_CLASS: Record<string, Stance> = { false: 'refutes', misleading: 'refutes', true: 'supports' };

export function pastCheckHandlers(s: ServiceContext): Pick<Handlers, PastCheckMethods> {
  async function suggestions(claimId: string, includeDismissed: boolean): Promise<PastCheckSuggestion[]> {
    const claim = await requireClaim(s, claimId);
    const scale = await currentScale(s);
    const { past, claims } = await s.pastChecks.candidates(claim.text, claim.articleId, CANDIDATES);
    if (past.length === 0 && claims.length === 0) return [];
    const decided = new Map((await s.pastChecks.decisionsFor(claimId)).map((d) => [`${d.target_kind}:${d.target_id}`, d.state]));
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
      return s.tx(ctx, async (t) => {
        const imported = await t.pastChecks.add(checks);
        await t.events.record({ actor: ctx.actor, entity: 'past_checks', entityId: 'workspace', articleId: null, action: 'create', before: null, after: { imported } });
        return { imported, duplicates: checks.length - imported };
      });
    },

    'pastChecks.forClaim': ({ claimId, includeDismissed }) => suggestions(claimId, includeDismissed),

    'pastChecks.link'({ claimId, kind, targetId }, ctx) {
      return s.tx(ctx, async (t) => {
        const claim = await requireClaim(t, claimId);
        const scale = await currentScale(t);
        let verdict: string | null;
        // What was reused is kept as the link itself (claim_matches) and worded when shown, in the reader's
        // language (`reusedChecks`); nothing is written into the rationale.
        if (kind === 'claim') {
          const other = await requireClaim(t, targetId);
          if (other.verdict === null) throw new ApiError('conflict', msg('errors.claims.reuseNoVerdict'));
          verdict = other.verdict;
          for (const src of await t.sources.forClaim(other.id)) {
            if (!(await t.library.isLinked(claimId, src.id))) await t.sources.link(claimId, src.id, { stance: src.stance, excerpt: src.excerpt, note: src.note });
          }
        } else {
          const past = await t.pastChecks.get(targetId);
          if (!past) throw new ApiError('not-found', `No past check with id ${targetId}.`);
          verdict = verdictForClass(scale, past.verdict_class)?.id ?? null;
          if (past.review_url && /^https?:\/\//i.test(past.review_url)) {
            await t.sources.addToClaim(
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
        await t.claims.update(claimId, changes);
        await t.pastChecks.record(claimId, kind, targetId, 'linked');
        await t.events.record({ actor: ctx.actor, entity: 'claim', entityId: claimId, articleId: claim.articleId, action: 'update', before: { verdict: claim.verdict, status: claim.status, review: claim.review }, after: { ...changes, linkedTo: `${kind}:${targetId}` } });
        t.emit({ type: 'changed', entity: 'claim', id: claimId, articleId: claim.articleId });
        return (await t.claims.get(claimId))!;
      });
    },

    'pastChecks.dismiss'({ claimId, kind, targetId }, ctx) {
      return s.tx(ctx, async (t) => {
        const claim = await requireClaim(t, claimId);
        const target = kind === 'claim' ? await t.claims.get(targetId) : await t.pastChecks.get(targetId);
        if (!target) throw new ApiError('not-found', `No ${kind === 'claim' ? 'claim' : 'past check'} with id ${targetId}.`);
        await t.pastChecks.record(claimId, kind, targetId, 'dismissed');
        await t.events.record({ actor: ctx.actor, entity: 'claim', entityId: claimId, articleId: claim.articleId, action: 'dismiss-match', before: null, after: { target: `${kind}:${targetId}` } });
        return { dismissed: true as const };
      });
    },
  };
}

/** The past checks each claim of an article reuses, for the reports ("Checked before by AFP Fact Check: False"), by claim id. */
export async function reusedChecks(r: Repos, articleId: string, scale: VerdictScale): Promise<Map<string, ReusedCheck[]>> {
  const { links, past, claims } = await r.pastChecks.reusedByArticle(articleId);
  const pastById = new Map(past.map((p) => [p.id, p]));
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const out = new Map<string, ReusedCheck[]>();
  for (const l of links) {
    let check: ReusedCheck | null = null;
    if (l.target_kind === 'claim') {
      const other = claimById.get(l.target_id);
      if (other) check = { kind: 'claim', where: other.article_title, reviewer: null, verdict: findVerdict(scale, other.verdict)?.label ?? other.verdict, url: null };
    } else {
      const p = pastById.get(l.target_id);
      if (p) check = { kind: 'claimreview', where: p.review_title, reviewer: p.reviewer, verdict: p.verdict, url: p.review_url };
    }
    if (!check) continue;
    const list = out.get(l.claim_id);
    if (list) list.push(check);
    else out.set(l.claim_id, [check]);
  }
  return out;
}
