import type { FeatureSpec } from './features';
import type { TrainOptions } from './logistic';

/** The versioned JSON of a trained ranker (written by scripts/train-claims.ts). */
export interface RankerModel {
  format: 'factbench-claims-logistic';
  version: number;
  language: string;
  /** The training files and their SHA-256, so a model names the exact data it came from. */
  data: { file: string; sha256: string }[];
  rows: { total: number; positive: number };
  features: FeatureSpec;
  training: Omit<TrainOptions, 'dimensions'>;
  /** Probability at or above which a sentence is called check-worthy. */
  threshold: number;
  crossValidation: { folds: number; devTestF1: number; allF1: number };
  bias: number;
  /** Non-zero weights as [hashed feature index, weight]. */
  weights: [number, number][];
}
