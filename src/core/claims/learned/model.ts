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
}
