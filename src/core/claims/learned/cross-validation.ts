import { positiveF1 } from './datasets';
import { dot, mulberry32, sigmoid, trainLogistic, type Example, type TrainOptions } from './logistic';

/**
 * Cross-validation for the English ranker (training only: nothing here runs in
 * the app). Every choice of features, regularisation and threshold is made on
 * out-of-fold predictions of the training data; the CheckThat! test file is
 * never an input.
 *
 * Three ways to hold data out, because a random split flatters the model: the
 * sentences of one debate share topics and names, and the test debates are
 * new ones.
 * - random folds;
 * - debate folds: sentence ids are positions in the chronological ClaimBuster
 *   corpus, so a block of 1,500 ids is one debate or two, and a whole block goes
 *   to one fold;
 * - forward: train on everything older than the dev-test debates, predict them.
 */

/** A training row as cross-validation sees it. */
export interface Row {
  example: Example;
  /** Position in the chronological debate corpus (ClaimBuster and CheckThat! share the ids). */
  position: number;
  source: 'checkthat-train' | 'checkthat-dev' | 'checkthat-dev-test' | 'claimbuster';
}

export const FOLDS = 5;
const DEBATE_BLOCK = 1500;

export function randomFolds(rows: readonly Row[], seed: number): number[] {
  const random = mulberry32(seed);
  return rows.map(() => Math.floor(random() * FOLDS));
}

export function debateFolds(rows: readonly Row[], seed: number): number[] {
  const random = mulberry32(seed);
  const blockFold = new Map<number, number>();
  return rows.map((r) => {
    const block = Math.floor(r.position / DEBATE_BLOCK);
    let f = blockFold.get(block);
    if (f === undefined) {
      f = Math.floor(random() * FOLDS);
      blockFold.set(block, f);
    }
    return f;
  });
}

/** Probability of each row from a model trained without its fold. */
export function outOfFold(rows: readonly Row[], fold: readonly number[], options: TrainOptions): number[] {
  const out = new Array<number>(rows.length).fill(0);
  for (let f = 0; f < FOLDS; f++) {
    const model = trainLogistic(
      rows.filter((_, i) => fold[i] !== f).map((r) => r.example),
      options,
    );
    rows.forEach((r, i) => {
      if (fold[i] === f) out[i] = sigmoid(dot(model.weights, model.bias, r.example.x));
    });
  }
  return out;
}

/** Forward validation: trained on the rows older than the dev-test debates, the probabilities of the dev-test rows. */
export function forward(rows: readonly Row[], options: TrainOptions): { y: number[]; p: number[] } {
  return forwardSplit(rows, (r) => !isDevTest(r), isDevTest, options);
}

/**
 * The rows a forward split predicts: `future` = the newest debates of the
 * training files (sentence ids from FUTURE_FROM on, dev-test excluded), trained
 * on everything older. A second "next election" besides dev-test, ten times
 * larger, so that a choice does not rest on 318 sentences.
 */
export const FUTURE_FROM = 28000;

/** Trained on the rows `older` keeps, the probabilities of the rows `newer` keeps. */
export function forwardSplit(rows: readonly Row[], older: (r: Row) => boolean, newer: (r: Row) => boolean, options: TrainOptions): { y: number[]; p: number[] } {
  const model = trainLogistic(
    rows.filter(older).map((r) => r.example),
    options,
  );
  const held = rows.filter(newer);
  return { y: held.map((r) => r.example.y), p: held.map((r) => sigmoid(dot(model.weights, model.bias, r.example.x))) };
}

export const isFuture = (r: Row): boolean => r.source !== 'checkthat-dev-test' && r.position >= FUTURE_FROM;
export const isBeforeFuture = (r: Row): boolean => r.source !== 'checkthat-dev-test' && r.position < FUTURE_FROM;

/** Average precision of the positive class: the ranking quality, whatever the threshold. */
export function averagePrecision(y: readonly number[], p: readonly number[]): number {
  const order = p.map((_, i) => i).sort((a, b) => p[b]! - p[a]!);
  let tp = 0;
  let sum = 0;
  order.forEach((i, k) => {
    if (y[i] === 1) {
      tp++;
      sum += tp / (k + 1);
    }
  });
  return tp === 0 ? 0 : sum / tp;
}

export function f1At(y: readonly number[], p: readonly number[], threshold: number): number {
  return positiveF1(
    y,
    p.map((v) => (v >= threshold ? 1 : 0)),
  ).f1;
}

const GRID = Array.from({ length: 81 }, (_, i) => Math.round((0.1 + i * 0.01) * 100) / 100);

/**
 * The threshold of the best smoothed F1: F1 at each grid point averaged over
 * its neighbours (±0.05), so that a flat optimum wins over a lucky spike.
 */
export function smoothedBestThreshold(y: readonly number[], p: readonly number[]): number {
  const f1 = GRID.map((t) => f1At(y, p, t));
  let best = 0.5;
  let bestScore = -1;
  f1.forEach((_, i) => {
    const window = f1.slice(Math.max(0, i - 5), i + 6);
    const score = window.reduce((a, b) => a + b, 0) / window.length;
    if (score > bestScore) {
      bestScore = score;
      best = GRID[i]!;
    }
  });
  return best;
}

/** The rows of a source (or of CheckThat!, both files) as label and probability lists. */
export function select(rows: readonly Row[], p: readonly number[], keep: (r: Row) => boolean): { y: number[]; p: number[] } {
  const y: number[] = [];
  const q: number[] = [];
  rows.forEach((r, i) => {
    if (keep(r)) {
      y.push(r.example.y);
      q.push(p[i]!);
    }
  });
  return { y, p: q };
}

export const isCheckThat = (r: Row): boolean => r.source !== 'claimbuster';
export const isDevTest = (r: Row): boolean => r.source === 'checkthat-dev-test';
