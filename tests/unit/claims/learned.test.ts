import { describe, expect, it } from 'vitest';
import { englishCheckWorthiness, LEARNED_THRESHOLD } from '../../../src/core/claims';
import { lexiconFor } from '../../../src/core/claims/lexicon';
import { compileLexicon } from '../../../src/core/claims/lexicon/compile';
import { parseCheckThatTsv, positiveF1 } from '../../../src/core/claims/learned/datasets';
import { learnedFeatures } from '../../../src/core/claims/learned/features';
import { dot, sigmoid, trainLogistic } from '../../../src/core/claims/learned/logistic';
import modelJson from '../../../src/core/claims/learned/model.en.json';
import { projectionTable, type RankerModel } from '../../../src/core/claims/learned/model';
import { analyzeSentence } from '../../../src/core/claims/signals';

const en = compileLexicon(lexiconFor('en'));
const model = modelJson as unknown as RankerModel;
const p = (text: string): number => englishCheckWorthiness(analyzeSentence(text, en, 'en'));

describe('logistic regression', () => {
  it('learns a separable toy problem, the same way for the same seed', () => {
    const data = Array.from({ length: 200 }, (_, i) => ({ x: { indices: [i % 2, 2 + (i % 3)], values: [1, 1] }, y: i % 2 }));
    const options = { dimensions: 8, epochs: 20, learningRate: 0.5, l2: 0, seed: 7, positiveWeight: 1 };
    const a = trainLogistic(data, options);
    const b = trainLogistic(data, options);
    expect([...a.weights]).toEqual([...b.weights]);
    const predicted = data.map((e) => (sigmoid(dot(a.weights, a.bias, e.x)) >= 0.5 ? 1 : 0));
    expect(positiveF1(data.map((e) => e.y), predicted).f1).toBe(1);
  });
});

describe('the committed English ranker', () => {
  it('is versioned JSON that names its training data and its threshold', () => {
    expect(model.format).toBe('factbench-claims-logistic');
    expect(model.version).toBe(2);
    expect(model.data.map((d) => d.file).join()).not.toMatch(/test_gold/);
    expect(LEARNED_THRESHOLD).toBe(model.threshold);
  });

  it('ranks factual, checkable sentences above chatter', () => {
    expect(p("We're consuming 50 percent of the world's cocaine.")).toBeGreaterThan(LEARNED_THRESHOLD);
    expect(p('Unemployment has doubled since 2008 and the deficit is at a record high.')).toBeGreaterThan(LEARNED_THRESHOLD);
    expect(p('Thank you very much, it is great to be here tonight.')).toBeLessThan(LEARNED_THRESHOLD);
    expect(p('Let me help the governor.')).toBeLessThan(LEARNED_THRESHOLD);
  });

  it('computes the same probability as the sparse features dotted with the weights, plus the mean of the words’ projections', () => {
    const s = analyzeSentence("The US has recorded 467,000 cases and about 16,700 deaths, and it isn't over.", en, 'en');
    const dense = new Float64Array(1 << model.features.hashBits);
    for (const [i, w] of model.weights as [number, number][]) dense[i] = w;
    const table = projectionTable(model.embedding!);
    // "isn't" has no vector of its own: "is" and "not" stand for it; numbers have none.
    const words = ['the', 'us', 'has', 'recorded', 'cases', 'and', 'about', 'deaths', 'and', 'it', 'over'].map((w) => table.get(w)!);
    const isnt = (table.get('is')! + table.get('not')!) / 2;
    const mean = (words.reduce((a, b) => a + b, 0) + isnt) / (words.length + 1);
    expect(englishCheckWorthiness(s)).toBeCloseTo(sigmoid(dot(dense, model.bias, learnedFeatures(s, model.features)) + mean), 6);
  });

  it('parses the CheckThat! TSV with its quoting', () => {
    const rows = parseCheckThatTsv('Sentence_id\tText\tclass_label\r\n26\t"You know, I saw a movie - ""Crocodile Dundee."""\tNo\r\n80\tWe are consuming 50 percent.\tYes\r\n');
    expect(rows).toEqual([
      { id: '26', text: 'You know, I saw a movie - "Crocodile Dundee."', label: 0 },
      { id: '80', text: 'We are consuming 50 percent.', label: 1 },
    ]);
  });
});
