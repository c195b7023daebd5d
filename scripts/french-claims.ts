/**
 * The French side of the ranker: the same model family (logistic regression
 * over hashed words and the rule signals) on the only labelled French text
 * there is here, the gold annotations of the six French articles (the reference
 * ATS story and tests/fixtures/claims/article-0[1-5]-fr). No French
 * CheckThat!-like set exists offline, and translations cannot be made offline.
 *
 * Each candidate sentence of an article (every claim the detector returns with
 * minScore 0) is labelled 1 when it covers a gold claim, else 0. Each article
 * in turn is held out: the model is trained on the five others and scores the
 * held-out one; the rules' own score is scored the same way. Printed: the
 * average precision of both rankings over the held-out sentences, and the
 * must-claim recall at the number of suggestions the rules make.
 *
 *   npm run train:claims -- --french
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyzeClaims } from '../src/core/claims';
import { scoreAgainstGold, type ClaimGold } from '../src/core/claims/evaluation/gold';
import { averagePrecision } from '../src/core/claims/learned/cross-validation';
import { learnedFeatures, type FeatureSpec } from '../src/core/claims/learned/features';
import { dot, sigmoid, trainLogistic, type Example } from '../src/core/claims/learned/logistic';
import { lexiconFor } from '../src/core/claims/lexicon';
import { compileLexicon } from '../src/core/claims/lexicon/compile';
import { analyzeSentence } from '../src/core/claims/signals';
import { importArticle } from '../src/node/import';

const SPEC: FeatureSpec = { hashBits: 16, unigrams: true, bigrams: false, signals: true, stems: false, shapes: false };

interface Labelled {
  article: string;
  example: Example;
  rules: number;
  /** Ids of the must-claims this sentence covers. */
  must: string[];
}

export async function frenchCrossValidation(root: string, shared: string): Promise<void> {
  const fr = compileLexicon(lexiconFor('fr'));
  const rows: Labelled[] = [];
  const golds: { name: string; gold: ClaimGold }[] = [];
  const files = [path.join(shared, 'fixtures/ats-2023-09-13-kim-putin.gold.json'), ...fs.readdirSync(path.join(root, 'tests/fixtures/claims')).filter((f) => /-fr\.gold\.json$/.test(f)).sort().map((f) => path.join(root, 'tests/fixtures/claims', f))];
  for (const file of files) {
    const gold = JSON.parse(fs.readFileSync(file, 'utf8')) as ClaimGold;
    const source = [path.join(shared, 'fixtures', gold.article), path.join(shared, 'datasets/news', gold.article)].find((c) => fs.existsSync(c))!;
    const article = await importArticle({ kind: 'text', text: fs.readFileSync(source, 'utf8') });
    const all = analyzeClaims(article, { minScore: 0, language: 'fr' }).claims;
    golds.push({ name: gold.article, gold });
    for (const claim of all) {
      const report = scoreAgainstGold(gold, article.body, article.folded, [claim]);
      const label = report.detectedMatching > 0 ? 1 : 0;
      rows.push({ article: gold.article, example: { x: learnedFeatures(analyzeSentence(claim.text, fr, 'fr'), SPEC), y: label }, rules: claim.score, must: report.mustFound });
    }
  }
  const held: { article: string; y: number; model: number; rules: number; must: string[] }[] = [];
  for (const { name } of golds) {
    const train = rows.filter((r) => r.article !== name).map((r) => r.example);
    const model = trainLogistic(train, { dimensions: 1 << SPEC.hashBits, epochs: 20, learningRate: 0.3, l2: 1e-3, seed: 20240917, positiveWeight: 1 });
    for (const r of rows.filter((r) => r.article === name)) held.push({ article: name, y: r.example.y, model: sigmoid(dot(model.weights, model.bias, r.example.x)), rules: r.rules, must: r.must });
  }
  const y = held.map((h) => h.y);
  const logOdds = (p: number): number => Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));
  const blended = held.map((h) => sigmoid(logOdds(h.rules) + 0.5 * logOdds(h.model)));
  console.log(`French: ${golds.length} articles, ${rows.length} candidate sentences, ${y.filter((v) => v === 1).length} covering a gold claim; each article held out in turn`);
  console.log(`  average precision: rules ${round(averagePrecision(y, held.map((h) => h.rules)))}, model ${round(averagePrecision(y, held.map((h) => h.model)))}, rules + half the model's log-odds ${round(averagePrecision(y, blended))}`);
  // Must-claim recall when each ranking suggests, per article, as many sentences as the rules do at their 0.5 threshold.
  const recall = (score: (h: (typeof held)[number], i: number) => number): string => {
    let found = 0;
    let total = 0;
    for (const { name, gold } of golds) {
      const mine = held.map((h, i) => ({ h, s: score(h, i) })).filter((x) => x.h.article === name);
      const k = mine.filter((x) => x.h.rules >= 0.5).length;
      const top = mine.sort((a, b) => b.s - a.s).slice(0, k);
      const must = gold.claims.filter((c) => c.must).map((c) => c.id);
      total += must.length;
      found += must.filter((id) => top.some((x) => x.h.must.includes(id))).length;
    }
    return `${found}/${total}`;
  };
  console.log(`  must-claims in as many suggestions as the rules make: rules ${recall((h) => h.rules)}, model ${recall((h) => h.model)}, blend ${recall((_, i) => blended[i]!)}`);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
