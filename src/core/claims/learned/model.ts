import type { FeatureSpec } from './features';
import type { TrainOptions } from './logistic';

/** Cross-validated figures of a model (F1 of the check-worthy class at the model's threshold; AP = average precision). */
export interface CrossValidation {
  folds: number;
  /** How the threshold was chosen. */
  thresholdRule: string;
  /** Random folds: CheckThat! rows (dev + dev-test), the dev-test rows alone, and every row with ClaimBuster. */
  random: { checkThatF1: number; checkThatAP: number; devTestF1: number; allF1: number };
  /** Whole debates held out together (blocks of 1,500 sentence ids): CheckThat! rows. */
  debates: { checkThatF1: number; checkThatAP: number };
  /** Trained on the debates older than dev-test, threshold from their own folds, scored on dev-test. */
  forward: { devTestF1: number; devTestAP: number };
  /**
   * Trained on the debates before sentence id 28,000, threshold from their own
   * folds, scored on the newer ones (dev-test excluded): a second, larger
   * "next election". Absent in models trained before it existed.
   */
  future?: { f1: number; ap: number };
}

/** The versioned JSON of a trained ranker (written by scripts/train-claims.ts). */
export interface RankerModel {
  format: 'factbench-claims-logistic';
  /** Version of the file format (the reader in ranker.ts); `revision` numbers the trained models. */
  version: number;
  revision?: number;
  language: string;
  /** The training files and their SHA-256, so a model names the exact data it came from. */
  data: { file: string; sha256: string }[];
  rows: { total: number; positive: number };
  features: FeatureSpec;
  training: Omit<TrainOptions, 'dimensions'>;
  /** Probability at or above which a sentence is called check-worthy. */
  threshold: number;
  crossValidation: CrossValidation;
  bias: number;
  /** Non-zero weights as [hashed feature index, weight]. */
  weights: [number, number][];
  /** Sentences and the probability training gave them with the weights as written here (a loading check for the tests). */
  probes?: { text: string; probability: number }[];
  /** The embedding part (features.embedding), as one number per word; absent without it. */
  embedding?: WordProjection;
}

/**
 * The embedding weights folded into the words: `projections` holds, for each
 * word of the table's `vocabulary` most frequent, `scale × weights · vector`.
 * A sentence adds the mean of its words' numbers to its log-odds.
 */
export interface WordProjection {
  /** The package the vectors came from. */
  source: string;
  dimensions: number;
  vocabulary: number;
  scale: number;
  /** The words, in the table's frequency order, separated by spaces (GloVe's words have none). */
  words: string;
  /** Each word's projection (4 decimals): a word whose projection rounds to 0 still counts in the mean. */
  projections: number[];
}

/** A word → projection lookup. */
export interface ProjectionTable {
  get(word: string): number | undefined;
  has(word: string): boolean;
}

/**
 * The word → projection table of a model, built once, on first use. Open
 * addressing over offsets into the model's own word string, rather than a Map
 * of 50,000 strings: a few typed arrays outside the JavaScript heap, which
 * matters in a worker thread with a small heap limit.
 */
export function projectionTable(p: WordProjection): ProjectionTable {
  const text = p.words;
  const n = p.projections.length;
  const values = Float64Array.from(p.projections);
  // Word i is text[starts[i], starts[i + 1] - 1).
  const starts = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) starts[++k] = i + 1;
  if (k + 1 !== n) throw new Error(`model: ${k + 1} words for ${n} projections`);
  starts[n] = text.length + 1;
  const mask = (1 << Math.ceil(Math.log2(n * 2 + 1))) - 1;
  const slots = new Int32Array(mask + 1).fill(-1);
  const hashOf = (s: string, from: number, to: number): number => {
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  for (let i = 0; i < n; i++) {
    let h = hashOf(text, starts[i]!, starts[i + 1]! - 1) & mask;
    while (slots[h] !== -1) h = (h + 1) & mask;
    slots[h] = i;
  }
  const find = (word: string): number => {
    let h = hashOf(word, 0, word.length) & mask;
    for (let i = slots[h]!; i !== -1; i = slots[h]!) {
      const from = starts[i]!;
      if (starts[i + 1]! - 1 - from === word.length) {
        let same = true;
        for (let c = 0; c < word.length && same; c++) same = text.charCodeAt(from + c) === word.charCodeAt(c);
        if (same) return i;
      }
      h = (h + 1) & mask;
    }
    return -1;
  };
  return {
    get: (word) => {
      const i = find(word);
      return i < 0 ? undefined : values[i];
    },
    has: (word) => find(word) >= 0,
  };
}
