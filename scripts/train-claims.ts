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
 * Every choice is made by cross-validation on those rows (learned/cross-validation.ts):
 * random folds, whole debates held out, and forward (older debates predict the
 * dev-test ones). `npm run train:claims -- --compare` prints the candidate
 * feature sets side by side under all three; the committed one is
 * DEFAULT_FEATURES.
 *
 * Threshold: the best smoothed F1 of the random-fold out-of-fold predictions
 * of all rows. Among the rules tried (CheckThat! rows only, the mean of the
 * dev-test and CheckThat! curves, the training prevalence), it gave the best
 * mean F1 when each CheckThat! era in turn was held out and the rule applied to
 * the remaining eras; the differences were small.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexiconFor } from '../src/core/claims/lexicon';
import { compileLexicon } from '../src/core/claims/lexicon/compile';
import {
  averagePrecision,
  debateFolds,
  f1At,
  FOLDS,
  forward,
  isCheckThat,
  isDevTest,
  outOfFold,
  randomFolds,
  select,
  smoothedBestThreshold,
  type Row,
} from '../src/core/claims/learned/cross-validation';
import { dedupeByText, parseCheckThatTsv, parseClaimBuster } from '../src/core/claims/learned/datasets';
import { DEFAULT_FEATURES, learnedFeatures, type FeatureSpec } from '../src/core/claims/learned/features';
import { trainLogistic, type Example, type TrainOptions } from '../src/core/claims/learned/logistic';
import type { CrossValidation, RankerModel } from '../src/core/claims/learned/model';
import { analyzeSentence, SIGNAL_CODES, type AnalyzedSentence } from '../src/core/claims/signals';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.resolve(ROOT, '../shared/datasets/checkworthiness');
const OUT = path.join(ROOT, 'src/core/claims/learned/model.en.json');
const CALIBRATION = path.join(ROOT, 'src/core/claims/learned/signal-weights.json');

const SPEC: FeatureSpec = DEFAULT_FEATURES;
/** Revision of the trained model (the file format is `version`). */
const REVISION = 2;
/** The feature sets `--compare` puts side by side: revision 1 (bigrams and stems), and the steps to the committed one. */
const CANDIDATES: Record<string, FeatureSpec> = {
  'revision 1: unigrams, bigrams, stems': { hashBits: 18, unigrams: true, bigrams: true, signals: true, stems: true, shapes: false },
  'unigrams': { hashBits: 18, unigrams: true, bigrams: false, signals: true, stems: false, shapes: false },
  'unigrams, past tense (committed)': SPEC,
};
const OPTIONS: Omit<TrainOptions, 'dimensions'> = { epochs: 10, learningRate: 0.3, l2: 1e-4, seed: 20240917, positiveWeight: 2 };
/** Weights smaller than this are dropped from the file: they change no decision and triple its size. */
const PRUNE = 0.002;

const FILES = ['CT24_checkworthy_english_dev.tsv', 'CT24_checkworthy_english_dev-test.tsv', 'claimbuster_disjoint_2000.json'];

interface Sentence {
  analyzed: AnalyzedSentence;
  label: number;
  position: number;
  source: Row['source'];
}

function main(): void {
  const read = (f: string): string => fs.readFileSync(path.join(DATA, f), 'utf8');
  const dev = parseCheckThatTsv(read(FILES[0]!));
  const devTest = parseCheckThatTsv(read(FILES[1]!));
  const claimBuster = parseClaimBuster(read(FILES[2]!));
  const devTestIds = new Set(devTest.map((r) => r.id));
  const compiled = compileLexicon(lexiconFor('en'));
  const sentences: Sentence[] = dedupeByText([...dev, ...devTest, ...claimBuster]).map((r) => ({
    analyzed: analyzeSentence(r.text, compiled, 'en'),
    label: r.label,
    position: Number(r.id.replace(/^cb-/, '')),
    source: r.id.startsWith('cb-') ? 'claimbuster' : devTestIds.has(r.id) ? 'checkthat-dev-test' : 'checkthat-dev',
  }));
  const options: TrainOptions = { ...OPTIONS, dimensions: 1 << SPEC.hashBits };

  if (process.argv.includes('--compare')) {
    compare(sentences, options);
    return;
  }

  const rows = rowsFor(sentences, SPEC);
  const { threshold, figures } = crossValidate(rows, options);
  const model = trainLogistic(
    rows.map((r) => r.example),
    options,
  );
  const weights: [number, number][] = [];
  model.weights.forEach((w, i) => {
    if (Math.abs(w) >= PRUNE) weights.push([i, Math.round(w * 10000) / 10000]);
  });

  const out: RankerModel = {
    format: 'factbench-claims-logistic',
    version: 1,
    revision: REVISION,
    language: 'en',
    data: FILES.map((f) => ({ file: f, sha256: createHash('sha256').update(read(f)).digest('hex') })),
    rows: { total: rows.length, positive: rows.filter((r) => r.example.y === 1).length },
    features: SPEC,
    training: OPTIONS,
    threshold,
    crossValidation: figures,
    bias: Math.round(model.bias * 10000) / 10000,
    weights,
  };
  fs.writeFileSync(OUT, `${JSON.stringify(out)}\n`);
  writeCalibration(
    sentences.map((s) => s.analyzed.signals.map((sig) => sig.code)),
    sentences.map((s) => s.label),
  );
  console.log(`trained on ${rows.length} sentences (${out.rows.positive} check-worthy); ${weights.length} weights kept; threshold ${threshold}`);
  console.log(describe(figures));
  console.log(`wrote ${path.relative(ROOT, OUT)}`);
}

function rowsFor(sentences: readonly Sentence[], spec: FeatureSpec): Row[] {
  return sentences.map((s) => ({ example: { x: learnedFeatures(s.analyzed, spec), y: s.label }, position: s.position, source: s.source }));
}

/** The threshold and the cross-validated figures of one feature set (seed offset: several splits for --compare). */
function crossValidate(rows: readonly Row[], options: TrainOptions, split = 0): { threshold: number; figures: CrossValidation } {
  const foldSeed = options.seed + 1 + split * 7919;
  const random = outOfFold(rows, randomFolds(rows, foldSeed), options);
  const threshold = smoothedBestThreshold(
    rows.map((r) => r.example.y),
    random,
  );
  const ct = select(rows, random, isCheckThat);
  const dt = select(rows, random, isDevTest);
  const debates = select(rows, outOfFold(rows, debateFolds(rows, foldSeed), options), isCheckThat);
  // Forward: the threshold comes from the older rows' own folds, as if dev-test were the next, unseen debates.
  const older = rows.filter((r) => !isDevTest(r));
  const olderThreshold = smoothedBestThreshold(
    older.map((r) => r.example.y),
    outOfFold(older, randomFolds(older, foldSeed), options),
  );
  const next = forward(rows, options);
  const all = rows.map((r) => r.example.y);
  return {
    threshold,
    figures: {
      folds: FOLDS,
      thresholdRule: 'best smoothed F1 (±0.05) of the random-fold out-of-fold probabilities of all rows',
      random: { checkThatF1: round(f1At(ct.y, ct.p, threshold)), checkThatAP: round(averagePrecision(ct.y, ct.p)), devTestF1: round(f1At(dt.y, dt.p, threshold)), allF1: round(f1At(all, random, threshold)) },
      debates: { checkThatF1: round(f1At(debates.y, debates.p, threshold)), checkThatAP: round(averagePrecision(debates.y, debates.p)) },
      forward: { devTestF1: round(f1At(next.y, next.p, olderThreshold)), devTestAP: round(averagePrecision(next.y, next.p)) },
    },
  };
}

/** Prints each candidate feature set's cross-validated figures, averaged over five splits. */
function compare(sentences: readonly Sentence[], options: TrainOptions): void {
  const SPLITS = 5;
  for (const [name, spec] of Object.entries(CANDIDATES)) {
    const rows = rowsFor(sentences, spec);
    const runs = Array.from({ length: SPLITS }, (_, split) => crossValidate(rows, { ...options, dimensions: 1 << spec.hashBits }, split).figures);
    const mean = (get: (f: CrossValidation) => number): number => round(runs.reduce((a, f) => a + get(f), 0) / runs.length);
    const avg: CrossValidation = {
      ...runs[0]!,
      random: { checkThatF1: mean((f) => f.random.checkThatF1), checkThatAP: mean((f) => f.random.checkThatAP), devTestF1: mean((f) => f.random.devTestF1), allF1: mean((f) => f.random.allF1) },
      debates: { checkThatF1: mean((f) => f.debates.checkThatF1), checkThatAP: mean((f) => f.debates.checkThatAP) },
    };
    console.log(`${name}\n  ${describe(avg)}`);
  }
}

function describe(f: CrossValidation): string {
  return (
    `random folds: CheckThat! F1 ${f.random.checkThatF1} AP ${f.random.checkThatAP}, dev-test F1 ${f.random.devTestF1}, all rows F1 ${f.random.allF1}; ` +
    `debates held out: CheckThat! F1 ${f.debates.checkThatF1} AP ${f.debates.checkThatAP}; forward to dev-test: F1 ${f.forward.devTestF1} AP ${f.forward.devTestAP}`
  );
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

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

main();
