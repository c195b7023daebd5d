import type { ScoreReason } from '../../model';
import type { AnalyzedSentence } from '../signals';
import { collectFeatures, reserveWords } from './features';
import { sigmoid } from './logistic';
import type { RankerModel } from './model';
import modelJson from './model.en.json';

/**
 * The learned English ranker (logistic regression over hashed words, the rule
 * signals and past-tense cues, as model.en.json's `features` says; trained
 * offline by scripts/train-claims.ts on CheckThat! and ClaimBuster). Weights are
 * loaded into a dense array on first use.
 */

const model = modelJson as unknown as RankerModel;
let dense: Float32Array | null = null;

function weights(): Float32Array {
  if (!dense) {
    dense = new Float32Array(1 << model.features.hashBits);
    for (const [i, w] of model.weights) dense[i] = w;
  }
  return dense;
}

/** Probability (0–1) that an English sentence is check-worthy, as the debate-trained model sees it. */
export function checkWorthiness(sentence: AnalyzedSentence): number {
  // The same value as sigmoid(dot(weights, bias, learnedFeatures(sentence))), without building the sparse vector:
  // a feature counts once, which a stamp per index tells without clearing anything between sentences.
  const w = weights();
  stamp++;
  if (stamp === 0x7fffffff) {
    stamps.fill(0);
    stamp = 1;
  }
  reserveWords(sentence.tokens.length);
  acc.weights = w;
  acc.sum = 0;
  acc.count = 0;
  collectFeatures(sentence, model.features, accumulate);
  return sigmoid(model.bias + acc.sum / Math.sqrt(acc.count || 1));
}

/** The running dot product of the sentence being scored (module state: no closure per sentence). */
const acc: { weights: Float32Array<ArrayBufferLike>; sum: number; count: number } = { weights: new Float32Array(0), sum: 0, count: 0 };

function accumulate(i: number): void {
  if (stamps[i] === stamp) return;
  stamps[i] = stamp;
  acc.sum += acc.weights[i]!;
  acc.count++;
}

const stamps = new Int32Array(1 << model.features.hashBits);
let stamp = 0;

/** The model's decision threshold (chosen by cross-validation on the training data). */
export const LEARNED_THRESHOLD = model.threshold;

/**
 * How strongly the learned model moves an English news sentence's rule score,
 * in log-odds per log-odds. Half: the model was trained on debate transcripts,
 * so it confirms or tempers the news rules rather than replacing them.
 */
const BLEND = 0.5;

/** The contribution of a model probability to the score, in log-odds. */
export function learnedLogit(p: number): number {
  return BLEND * (logOdds(p) - logOdds(model.threshold));
}

export function learnedReason(p: number): ScoreReason {
  return { code: 'learned-ranker', evidence: `model probability ${p.toFixed(2)}`, weight: Math.round(learnedLogit(p) * 1000) / 1000 };
}

function logOdds(p: number): number {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
}
