import type { ScoreReason } from '../model';
import { signalEvidence, type Signal } from './signals';
import type { RuleWeights } from './weights';

/** A score in log-odds with the reasons that make it up. */
export interface RuleScore {
  logit: number;
  reasons: ScoreReason[];
}

/** The rules' log-odds alone, without building reasons (every sentence needs it; only suggestions need the reasons). */
export function ruleLogit(sentence: { signals: readonly Signal[] }, attributed: boolean, weights: RuleWeights): number {
  let logit = weights.bias;
  for (const s of sentence.signals) {
    logit += weights.signals[s.code];
    if (s.code === 'named-entity') logit += weights.extraEntity * Math.min(weights.maxExtraEntities, s.count - 1);
  }
  return attributed ? logit + weights.attributed : logit;
}

/**
 * The news offsets on top of a learned model's log-odds (weights.modelOffsets),
 * with the speaker bonus: the rest of an English sentence's score.
 */
export function modelOffsetLogit(sentence: { signals: readonly Signal[] }, attributed: boolean, weights: RuleWeights): number {
  let logit = 0;
  for (const s of sentence.signals) logit += weights.modelOffsets[s.code];
  return attributed ? logit + weights.attributed : logit;
}

/**
 * The rules' score and its reasons; with `model` (a learned model's weight for
 * each signal of the sentence), each signal's part of that model's score plus
 * its news offset (modelOffsetLogit), and no bias.
 */
export function ruleScore(
  sentence: { signals: readonly Signal[] },
  text: string,
  speaker: string | null,
  weights: RuleWeights,
  repeated: boolean,
  model: ReadonlyMap<string, number> | null = null,
): RuleScore {
  const reasons: ScoreReason[] = [];
  const offsets = model !== null;
  let logit = offsets ? 0 : weights.bias;
  for (const s of sentence.signals) {
    let w = offsets ? weights.modelOffsets[s.code] + (model.get(s.code) ?? 0) : weights.signals[s.code];
    if (s.code === 'named-entity' && !offsets) w += weights.extraEntity * Math.min(weights.maxExtraEntities, s.count - 1);
    if (w === 0) continue;
    logit += w;
    reasons.push({ code: s.code, evidence: signalEvidence(text, s), weight: round(w) });
  }
  if (speaker !== null) {
    logit += weights.attributed;
    reasons.push({ code: 'speaker', evidence: speaker, weight: round(weights.attributed) });
  }
  if (repeated) {
    logit += weights.repeated;
    reasons.push({ code: 'repeated', evidence: null, weight: round(weights.repeated) });
  }
  return { logit, reasons };
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Largest contributions first, so the UI can show the top reasons. */
export function sortReasons(reasons: ScoreReason[]): ScoreReason[] {
  return reasons.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
}
