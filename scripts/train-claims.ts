/**
 * Trains the English check-worthiness ranker and writes its weights to
 * src/core/claims/learned/model.en.json. Reproducible: a fixed seed, a fixed
 * example order, and no timestamp in the output (`npm run train:claims` twice
 * gives the same file).
 *
 * Data (../shared/datasets/checkworthiness): CheckThat! 2024 Task 1 English dev
 * and dev-test, and ClaimBuster's disjoint 2,000 (label 1 = check-worthy).
 * The CheckThat! test file is never read here.
 *
 * Threshold: 5-fold cross-validation over all training rows; the decision
 * threshold maximises the mean of two smoothed F1 curves of the out-of-fold
 * predictions: on the dev-test rows (the debates closest in time to the test
 * debates) and on all CheckThat! rows (the test's annotation guidelines).
 * Dev-test alone prefers a low threshold, all CheckThat! rows a higher one;
 * the mean picks a threshold that is good for both rather than for one.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexiconFor } from '../src/core/claims/lexicon';
import { compileLexicon } from '../src/core/claims/lexicon/compile';
import { dedupeByText, parseCheckThatTsv, parseClaimBuster, positiveF1, type LabelledSentence } from '../src/core/claims/learned/datasets';
import { DEFAULT_FEATURES, learnedFeatures, type FeatureSpec } from '../src/core/claims/learned/features';
import { dot, mulberry32, sigmoid, trainLogistic, type Example, type TrainOptions } from '../src/core/claims/learned/logistic';
import type { RankerModel } from '../src/core/claims/learned/model';
import { analyzeSentence, SIGNAL_CODES } from '../src/core/claims/signals';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.resolve(ROOT, '../shared/datasets/checkworthiness');
const OUT = path.join(ROOT, 'src/core/claims/learned/model.en.json');
const CALIBRATION = path.join(ROOT, 'src/core/claims/learned/signal-weights.json');

const SPEC: FeatureSpec = { ...DEFAULT_FEATURES, stems: true };
const OPTIONS: Omit<TrainOptions, 'dimensions'> = { epochs: 10, learningRate: 0.3, l2: 1e-4, seed: 20240917, positiveWeight: 2 };
const FOLDS = 5;
/** Weights smaller than this are dropped from the file: they change no decision and triple its size. */
const PRUNE = 0.002;

const FILES = ['CT24_checkworthy_english_dev.tsv', 'CT24_checkworthy_english_dev-test.tsv', 'claimbuster_disjoint_2000.json'];

function main(): void {
  const read = (f: string): string => fs.readFileSync(path.join(DATA, f), 'utf8');
  const dev = parseCheckThatTsv(read(FILES[0]!));
  const devTest = parseCheckThatTsv(read(FILES[1]!));
  const claimBuster = parseClaimBuster(read(FILES[2]!));
  const rows = dedupeByText([...dev, ...devTest, ...claimBuster]);
  const devTestIds = new Set(devTest.map((r) => r.id));

  const compiled = compileLexicon(lexiconFor('en'));
  const examples: Example[] = rows.map((r) => ({ x: learnedFeatures(analyzeSentence(r.text, compiled, 'en'), SPEC), y: r.label }));
  const options: TrainOptions = { ...OPTIONS, dimensions: 1 << SPEC.hashBits };

  const oof = outOfFold(examples, options);
  const pick = (keep: (r: LabelledSentence) => boolean): { y: number[]; p: number[] } => {
    const idx = rows.map((r, i) => (keep(r) ? i : -1)).filter((i) => i >= 0);
    return { y: idx.map((i) => rows[i]!.label), p: idx.map((i) => oof[i]!) };
  };
  const tuning = pick((r) => devTestIds.has(r.id));
  const checkThat = pick((r) => !r.id.startsWith('cb-'));
  const threshold = bestThreshold([tuning, checkThat]);
  const atThreshold = positiveF1(
    tuning.y,
    tuning.p.map((p) => (p >= threshold ? 1 : 0)),
  );
  const allOof = positiveF1(
    examples.map((e) => e.y),
    oof.map((p) => (p >= threshold ? 1 : 0)),
  );

  const model = trainLogistic(examples, options);
  const weights: [number, number][] = [];
  model.weights.forEach((w, i) => {
    if (Math.abs(w) >= PRUNE) weights.push([i, Math.round(w * 10000) / 10000]);
  });

  const out: RankerModel = {
    format: 'factbench-claims-logistic',
    version: 1,
    language: 'en',
    data: FILES.map((f) => ({ file: f, sha256: createHash('sha256').update(read(f)).digest('hex') })),
    rows: { total: rows.length, positive: rows.filter((r: LabelledSentence) => r.label === 1).length },
    features: SPEC,
    training: OPTIONS,
    threshold: Math.round(threshold * 1000) / 1000,
    crossValidation: { folds: FOLDS, devTestF1: round(atThreshold.f1), allF1: round(allOof.f1) },
    bias: Math.round(model.bias * 10000) / 10000,
    weights,
  };
  fs.writeFileSync(OUT, `${JSON.stringify(out)}\n`);
  writeCalibration(rows.map((r) => analyzeSentence(r.text, compiled, 'en').signals.map((s) => s.code)), rows.map((r) => r.label));
  console.log(`trained on ${rows.length} sentences (${out.rows.positive} check-worthy); ${weights.length} weights kept`);
  console.log(`threshold ${out.threshold}; out-of-fold F1 on dev-test ${round(atThreshold.f1)} (P ${round(atThreshold.precision)} R ${round(atThreshold.recall)}), on all rows ${round(allOof.f1)}`);
  console.log(`wrote ${path.relative(ROOT, OUT)}`);
}

/**
 * The rule weights' calibration: a logistic regression over the signal codes
 * alone (presence, no words), so each signal's weight in log-odds comes from
 * labelled data rather than from taste. src/core/claims/weights.ts reads it.
 */
function writeCalibration(signals: string[][], labels: number[]): void {
  const examples: Example[] = signals.map((codes, i) => {
    const indices = [...new Set(codes.map((c) => SIGNAL_CODES.indexOf(c as (typeof SIGNAL_CODES)[number])))].sort((a, b) => a - b);
    return { x: { indices, values: indices.map(() => 1) }, y: labels[i]! };
  });
  const model = trainLogistic(examples, { dimensions: SIGNAL_CODES.length, epochs: 30, learningRate: 0.1, l2: 1e-3, seed: OPTIONS.seed, positiveWeight: 1 });
  const weights: Record<string, number> = {};
  SIGNAL_CODES.forEach((code, i) => (weights[code] = Math.round(model.weights[i]! * 100) / 100));
  const support: Record<string, number> = {};
  SIGNAL_CODES.forEach((code, i) => (support[code] = examples.filter((e) => e.x.indices.includes(i)).length));
  const out = { format: 'factbench-signal-weights', version: 1, trainedOn: FILES, bias: Math.round(model.bias * 100) / 100, weights, support };
  fs.writeFileSync(CALIBRATION, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`wrote ${path.relative(ROOT, CALIBRATION)} (signal weights for the rules)`);
}

function outOfFold(examples: readonly Example[], options: TrainOptions): number[] {
  const random = mulberry32(options.seed + 1);
  const fold = examples.map(() => Math.floor(random() * FOLDS));
  const out = new Array<number>(examples.length).fill(0);
  for (let f = 0; f < FOLDS; f++) {
    const model = trainLogistic(
      examples.filter((_, i) => fold[i] !== f),
      options,
    );
    examples.forEach((e, i) => {
      if (fold[i] === f) out[i] = sigmoid(dot(model.weights, model.bias, e.x));
    });
  }
  return out;
}

const GRID = Array.from({ length: 81 }, (_, i) => Math.round((0.1 + i * 0.01) * 100) / 100);

/** F1 at each grid threshold, averaged over its neighbours (±0.05): a flat optimum, not a lucky spike. */
function smoothedF1(set: { y: number[]; p: number[] }): number[] {
  const f1 = GRID.map((t) => positiveF1(set.y, set.p.map((p) => (p >= t ? 1 : 0))).f1);
  return f1.map((_, i) => {
    const window = f1.slice(Math.max(0, i - 5), i + 6);
    return window.reduce((a, b) => a + b, 0) / window.length;
  });
}

function bestThreshold(sets: { y: number[]; p: number[] }[]): number {
  const curves = sets.map(smoothedF1);
  let best = 0.5;
  let bestScore = -1;
  GRID.forEach((t, i) => {
    const score = curves.reduce((a, c) => a + c[i]!, 0) / curves.length;
    if (score > bestScore) {
      bestScore = score;
      best = t;
    }
  });
  return best;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

main();
