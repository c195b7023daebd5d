import type { Claim, ClaimReviewState, ClaimStatus, Recheck } from './model';

type Coupled = { status?: ClaimStatus; review?: ClaimReviewState; recheck?: Recheck | null };

/**
 * What else a change to a claim changes, one rule for the service that stores
 * it and for the renderer that shows it before the answer comes (so the panel
 * does not jump under the user's pointer when the answer lands): giving a
 * verdict checks the claim and taking it away reopens it, unless the user set
 * a status too; working on a suggestion (a verdict or a rationale) accepts it;
 * giving a verdict to a claim that needs a re-check (confirming the old one or
 * choosing another) ends the re-check.
 *
 * `changes` are the fields that really change; the result adds the coupled ones.
 */
export function withCoupledChanges<T extends Partial<Pick<Claim, 'verdict' | 'rationale'>> & Coupled>(
  before: Pick<Claim, 'status' | 'review'> & { recheck?: Recheck | null },
  changes: T,
  statusSetByUser: boolean,
): T {
  const out: T = { ...changes };
  if (out.verdict !== undefined && !statusSetByUser) {
    const status: ClaimStatus = out.verdict === null ? 'in-progress' : 'checked';
    if (status !== before.status) out.status = status;
  }
  if (before.review === 'suggested' && out.review === undefined && (out.verdict !== undefined || out.rationale !== undefined)) {
    out.review = 'accepted';
  }
  if (before.recheck && out.recheck === undefined && out.verdict !== undefined && out.verdict !== null) out.recheck = null;
  return out;
}
