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

/** The word → projection table of a model (built once, on first use). */
export function projectionTable(p: WordProjection): Map<string, number> {
  const words = p.words.split(' ');
  if (words.length !== p.projections.length) throw new Error(`model: ${words.length} words for ${p.projections.length} projections`);
  const table = new Map<string, number>();
  words.forEach((w, i) => table.set(w, p.projections[i]!));
  return table;
}
