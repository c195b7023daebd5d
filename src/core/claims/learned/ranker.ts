import type { ScoreReason } from '../../model';
import type { AnalyzedSentence } from '../signals';

/** The learned English ranker's contribution to a sentence's score (log-odds), with its reason. */
export function learnedScore(_sentence: AnalyzedSentence): { logit: number; reasons: ScoreReason[] } | null {
  return null;
}
