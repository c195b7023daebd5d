import type { ScoreReason } from '../../model';
import type { AnalyzedSentence } from '../signals';
import { embeddedMean } from './embedding';
import { collectFeatures, reserveWords } from './features';
import { sigmoid } from './logistic';
import { projectionTable, type ProjectionTable, type RankerModel } from './model';
import modelJson from './model.en.json';
import { explainSentence, type Explanation } from './explain';

/**
 * The learned English ranker: logistic regression over hashed words and word
 * pairs, the rule signals, past-tense cues and the sentence's mean GloVe vector
 * (as the model's `features` says; trained offline by scripts/train-claims.ts).
 * Weights are loaded into a dense array on first use.
 */
export interface Ranker {
  readonly model: RankerModel;
  /** Probability (0–1) that an English sentence is check-worthy. */
  probability(sentence: AnalyzedSentence): number;
  /** The sentence's words by how much they moved its log-odds (largest first), and its signals' weights. */
  explain(sentence: AnalyzedSentence): Explanation;
}

export function createRanker(model: RankerModel): Ranker {
  const size = 1 << model.features.hashBits;
  let dense: Float32Array | null = null;
  let projection: ProjectionTable | null = null;
  const weights = (): Float32Array => {
    if (!dense) {
      dense = new Float32Array(size);
      for (const [i, w] of model.weights) dense[i] = w;
    }
    return dense;
  };
  const projections = (): ProjectionTable | null => {
    if (!projection && model.embedding) projection = projectionTable(model.embedding);
    return projection;
  };
  // A feature counts once per sentence: a stamp per index tells, without clearing anything between sentences.
  const stamps = new Int32Array(size);
  let stamp = 0;
  // The running sums of the sentence being scored (no closure per sentence).
  let w: Float32Array = new Float32Array(0);
  let sum = 0;
  let count = 0;
  const accumulate = (i: number): void => {
    if (stamps[i] === stamp) return;
    stamps[i] = stamp;
    sum += w[i]!;
    count++;
  };

  return {
    model,
    probability(sentence) {
      // The same value as sigmoid(dot(weights, bias, features)) at training, without building the sparse vector.
      w = weights();
      if (++stamp === 0x7fffffff) {
        stamps.fill(0);
        stamp = 1;
      }
      reserveWords(sentence.tokens.length);
      sum = 0;
      count = 0;
      collectFeatures(sentence, model.features, accumulate);
      const table = projections();
      return sigmoid(model.bias + sum / Math.sqrt(count || 1) + (table ? embeddedMean(sentence, table) : 0));
    },
    explain(sentence) {
      return explainSentence(sentence, model, weights(), projections());
    },
  };
}

/** The committed English model. */
export const englishRanker = createRanker(modelJson as unknown as RankerModel);

/** Probability (0–1) that an English sentence is check-worthy, as the committed model sees it. */
export function checkWorthiness(sentence: AnalyzedSentence): number {
  return englishRanker.probability(sentence);
}

/** The model's decision threshold (chosen by cross-validation on the training data). */
export const LEARNED_THRESHOLD = englishRanker.model.threshold;

/**
 * The model's part of an English sentence's score, in log-odds: its own
 * log-odds measured from its threshold, so that a sentence the model calls
 * check-worthy gets a positive share and the app's 0.5 cut-off is the model's
 * threshold. The news signals add only what the debates it learned from lack
 * (weights.ts: `modelOffsets`), and detect.ts keeps the rules' score when
 * that is higher.
 */
export function learnedLogit(p: number): number {
  return logOdds(p) - logOdds(LEARNED_THRESHOLD);
}

/** Words shown for the model's part of a score. */
const SHOWN_WORDS = 4;

/**
 * The model's part of a score as a reason a fact-checker can read: which way
 * its words pulled (`learned-ranker` up, `learned-ranker-against` down) and
 * the words that weighed most that way. Its weight is the model's log-odds
 * from its threshold less what its rule-signal features gave (those are shown
 * with each signal).
 */
export function learnedReason(p: number, explanation: Explanation | null): ScoreReason {
  // The signals' share of the model's log-odds is shown with each signal (score.ts, ruleScore): the rest is the words'.
  let signals = 0;
  if (explanation) for (const w of explanation.signals.values()) signals += w;
  const weight = Math.round((learnedLogit(p) - signals) * 1000) / 1000;
  const up = weight >= 0;
  const words = explanation === null ? [] : topWords(explanation.words, up);
  return { code: up ? 'learned-ranker' : 'learned-ranker-against', evidence: words.length > 0 ? words.join(', ') : null, weight, words };
}

function topWords(weights: Explanation['words'], up: boolean): string[] {
  const out: string[] = [];
  for (const x of weights) {
    if (out.length === SHOWN_WORDS) break;
    // Only words that pulled the same way as the model, and enough to matter (a tenth of a unit of log-odds).
    if ((up ? x.weight : -x.weight) < 0.1) continue;
    if (!out.includes(x.word)) out.push(x.word);
  }
  return out;
}

function logOdds(p: number): number {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
}
