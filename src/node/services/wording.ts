import { rewordClaim } from '../../core/anchoring/wording';
import type { Claim } from '../../core/model';
import { now } from '../db/ids';
import type { Repos } from '../db/port';

/**
 * Stores a claim's place and text of record after its anchors moved. When the
 * words under a verdict changed, the verdict is not carried onto them: the
 * claim goes back to Needs re-check, keeping the verdict and the words it was
 * given for, and the audit trail says so. Returns true when a re-check began.
 * `t` is the repositories of the caller's transaction.
 */
export async function storeWording(t: Repos, claim: Claim, position: number, text: string, wordsChanged: boolean, actor: string): Promise<boolean> {
  await t.editing.setClaimPositionAndText(claim.id, position, text);
  const change = rewordClaim(claim, text, now(), wordsChanged);
  if (!change.recheck) return false;
  await t.claims.update(claim.id, { verdict: null, status: change.status, recheck: change.recheck });
  await t.events.record({
    actor,
    entity: 'claim',
    entityId: claim.id,
    articleId: claim.articleId,
    action: 'update',
    before: { text: claim.text, verdict: claim.verdict, status: claim.status },
    after: { text, verdict: null, status: change.status, recheck: change.recheck },
  });
  return true;
}
