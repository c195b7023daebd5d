import { rewordClaim } from '../../core/anchoring/wording';
import type { Claim } from '../../core/model';
import type { EditingRepo } from '../db/editing-repo';
import { now } from '../db/ids';
import type { ServiceContext } from './workspace-services';

/**
 * Stores a claim's place and text of record after its anchors moved. When the
 * words under a verdict changed, the verdict is not carried onto them: the
 * claim goes back to Needs re-check, keeping the verdict and the words it was
 * given for, and the audit trail says so. Returns true when a re-check began.
 */
export function storeWording(s: ServiceContext, repo: EditingRepo, claim: Claim, position: number, text: string, wordsChanged: boolean, actor: string): boolean {
  repo.setClaimPositionAndText(claim.id, position, text);
  const change = rewordClaim(claim, text, now(), wordsChanged);
  if (!change.recheck) return false;
  s.claims.update(claim.id, { verdict: null, status: change.status, recheck: change.recheck });
  s.events.record({
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
