/**
 * Evaluates claim detection: per gold fixture (the reference article, the real
 * news annotated in tests/fixtures/claims, their saved pages, and the synthetic
 * texts of tests/fixtures/claims/synthetic), must-claim recall, precision
 * against the gold claims, speaker accuracy, type accuracy, repeated claims
 * clustered right, and noise lines suggested; then per group (real or
 * synthetic, development or held-out) the issue's figures: recall of every
 * gold claim, suggestions per wanted claim, and the speaker right for claims
 * with a named source. Then the English ranker's positive-class F1 on the
 * CheckThat! 2024 test set (never used for training or tuning).
 *
 * The CheckThat! figure is given twice: the model alone at its threshold, and
 * through the app's own path (`node bin/factbench.js claims FILE --json` on the
 * test sentences, one per paragraph: a sentence counts as suggested when a
 * suggested claim's text lies in it), each with a bootstrap 95% interval.
 *
 *   npm run eval:claims                 # the table (held-out articles left out)
 *   npm run eval:claims -- -v           # plus every miss and error
 *   npm run eval:claims -- --held-out   # also the held-out articles (for the final figure only)
 *   npm run eval:claims -- --skip-ct    # without the CheckThat! test figure
 *   npm run eval:claims -- --skip-ct --dev-test   # the same two figures on dev-test (which the shipped model was trained on: it checks the app path against the model)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GoldReport } from '../src/core/claims/evaluation/gold';
import { lexiconFor } from '../src/core/claims/lexicon';
import { compileLexicon } from '../src/core/claims/lexicon/compile';
import { parseCheckThatTsv, positiveF1, type LabelledSentence } from '../src/core/claims/learned/datasets';
import { mulberry32 } from '../src/core/claims/learned/logistic';
import type { RankerModel } from '../src/core/claims/learned/model';
import modelJson from '../src/core/claims/learned/model.en.json';
import { checkWorthiness, LEARNED_THRESHOLD } from '../src/core/claims/learned/ranker';
import { analyzeSentence } from '../src/core/claims/signals';
import { GOLD_GROUPS, goldFixtures, scoreFixture, sumFigures, type ScoredFixture } from './gold-corpus';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '../shared');
const verbose = process.argv.includes('-v') || process.argv.includes('--verbose');

const pct = (a: number, b: number): string => (b === 0 ? '   –  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
const frac = (a: number, b: number): string => `${a}/${b}`.padStart(6);

async function main(): Promise<void> {
  const heldOut = process.argv.includes('--held-out');
  const rows: ScoredFixture[] = [];
  for (const f of goldFixtures()) {
    if (f.group.endsWith('held-out') && !heldOut) continue;
    const row = await scoreFixture(f);
    rows.push(row);
    if (verbose) printDetails(f.name, row.report, row.claims.map((c) => `[${c.score.toFixed(2)}] ${c.type} ${c.speaker ?? '—'}${c.speakerKind ? ` (${c.speakerKind})` : ''} | ${c.text.slice(0, 90)}`));
  }

  console.log('fixture                                  must recall   precision     speaker(q+a)  speaker(all)  type          clusters   noise  claims');
  for (const { fixture, report: r } of rows) {
    console.log(
      `${fixture.name.slice(0, 40).padEnd(40)} ${frac(r.mustFound.length, r.mustTotal)} ${pct(r.mustFound.length, r.mustTotal)}  ${frac(r.detectedMatching, r.detected)} ${pct(r.detectedMatching, r.detected)}  ${pct(r.quoteSpeakerRight, r.quoteSpeakerChecked)} ${frac(r.quoteSpeakerRight, r.quoteSpeakerChecked)}  ${pct(r.speakerRight, r.speakerChecked)}  ${pct(r.typeRight, r.typeChecked)}  ${frac(r.clustersRight, r.clustersChecked).padStart(8)}  ${String(r.noiseSuggested.length).padStart(5)}  ${String(r.detected).padStart(6)}`,
    );
  }
  const unmatchable = rows.flatMap((r) => r.report.unmatchable.map((u) => `${r.fixture.name}:${u}`));
  if (unmatchable.length > 0) console.log(`gold matches not found in the imported text (import changed them): ${unmatchable.join(', ')}`);

  console.log('\ngroup                    articles  gold claims  recall (all)    must recall     suggestions/wanted  named-source speaker   own (no speaker)');
  const printGroup = (label: string, members: ScoredFixture[]): void => {
    const f = sumFigures(members);
    console.log(
      `${label.padEnd(24)} ${String(f.articles).padStart(8)}  ${String(f.goldTotal).padStart(11)}  ${frac(f.goldFound, f.goldTotal).padStart(7)} ${pct(f.goldFound, f.goldTotal)}  ${frac(f.mustFound, f.mustTotal).padStart(7)} ${pct(f.mustFound, f.mustTotal)}  ${(f.detected / Math.max(1, f.goldTotal)).toFixed(2).padStart(18)}  ${frac(f.namedRight, f.namedChecked).padStart(7)} ${pct(f.namedRight, f.namedChecked)} (${f.named} named)  ${frac(f.ownRight, f.ownChecked).padStart(7)} ${pct(f.ownRight, f.ownChecked)}`,
    );
  };
  for (const group of GOLD_GROUPS) {
    const members = rows.filter((r) => r.fixture.group === group);
    if (members.length === 0) continue;
    printGroup(group, members);
    // Each language apart too: the goals hold for French and English news alike.
    const languages = [...new Set(members.map((r) => r.fixture.gold.language ?? '?'))].sort();
    if (languages.length > 1) for (const lang of languages) printGroup(`  ${lang}`, members.filter((r) => (r.fixture.gold.language ?? '?') === lang));
  }
  if (!heldOut) console.log('(held-out articles not scored: --held-out, for the final figure only)');

  const model = modelJson as unknown as RankerModel;
  const cv = model.crossValidation;
  // The figures the model was chosen by (cross-validation on the training files), printed next to the test figure.
  console.log(
    `English ranker revision ${model.revision ?? 1}, cross-validated F1: CheckThat! rows ${cv.random.checkThatF1} (random folds), ${cv.debates.checkThatF1} (debates held out); dev-test ${cv.random.devTestF1} (random folds), ${cv.forward.devTestF1} (forward)` +
      (cv.future ? `; debates from id 28,000 ${cv.future.f1} (forward)` : ''),
  );
  if (process.argv.includes('--dev-test')) report('CT24 English dev-test (in the shipped model\'s training data: a check of the app path, not of quality)', 'CT24_checkworthy_english_dev-test.tsv');
  // Skippable while working on the detector, so that the test figure is never looked at to tune anything.
  if (process.argv.includes('--skip-ct')) return;
  report('CT24 English test (CheckThat! 2024 Task 1)', 'CT24_checkworthy_english_test_gold.tsv');
}

/** The model's figure and the app's, with their bootstrap intervals, on one CheckThat! file. */
function report(name: string, file: string): void {
  const rows = parseCheckThatTsv(fs.readFileSync(path.join(SHARED, 'datasets/checkworthiness', file), 'utf8'));
  const gold = rows.map((r) => r.label);
  const compiled = compileLexicon(lexiconFor('en'));
  const model = rows.map((r) => (checkWorthiness(analyzeSentence(r.text, compiled, 'en')) >= LEARNED_THRESHOLD ? 1 : 0));
  const app = appPredictions(rows);
  for (const [how, predicted] of [
    [`the model alone (threshold ${LEARNED_THRESHOLD})`, model],
    ['through the app (factbench claims --json)', app],
  ] as const) {
    const f = positiveF1(gold, predicted);
    const [low, high] = bootstrapF1(gold, predicted);
    console.log(
      `${name}, positive-class F1, ${how}: ${f.f1.toFixed(3)} (95% CI ${low.toFixed(3)}–${high.toFixed(3)}; P ${f.precision.toFixed(3)}, R ${f.recall.toFixed(3)}; ${rows.length} sentences; baseline 0.307, best published 0.802)`,
    );
  }
}

/**
 * What the app suggests for each sentence: the sentences are written one per
 * paragraph and run through the command line as a user would; a sentence is
 * suggested when an occurrence of a suggested claim lies in it (the segmenter
 * may cut a sentence in two).
 */
function appPredictions(rows: readonly LabelledSentence[]): number[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factbench-ct24-'));
  try {
    const file = path.join(dir, 'sentences.txt');
    fs.writeFileSync(file, rows.map((r) => r.text.replace(/\s+/g, ' ').trim()).join('\n\n') + '\n');
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/factbench.js'), 'claims', file, '--json'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`factbench claims failed: ${run.stderr}`);
    // Every occurrence of a claim counts (a claim may gather near-identical sentences), in the body or in a folded line.
    const doc = JSON.parse(run.stdout) as { body: string; folded: { text: string }[]; claims: { anchors: { start: number; end: number; folded?: number }[] }[] };
    const claims = doc.claims.flatMap((c) => c.anchors.map((a) => squash((a.folded === undefined ? doc.body : doc.folded[a.folded]!.text).slice(a.start, a.end))));
    return rows.map((r) => {
      const text = squash(r.text);
      return claims.some((c) => c.length > 0 && text.includes(c)) ? 1 : 0;
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The 2.5th and 97.5th percentiles of F1 over 2,000 resamples of the sentences (seeded: the same interval every run). */
function bootstrapF1(gold: readonly number[], predicted: readonly number[]): [number, number] {
  const random = mulberry32(20240917);
  const n = gold.length;
  const scores: number[] = [];
  const g = new Array<number>(n);
  const p = new Array<number>(n);
  for (let b = 0; b < 2000; b++) {
    for (let i = 0; i < n; i++) {
      const k = Math.floor(random() * n);
      g[i] = gold[k]!;
      p[i] = predicted[k]!;
    }
    scores.push(positiveF1(g, p).f1);
  }
  scores.sort((a, b) => a - b);
  return [scores[Math.floor(0.025 * scores.length)]!, scores[Math.ceil(0.975 * scores.length) - 1]!];
}

function printDetails(name: string, r: GoldReport, claims: string[]): void {
  console.log(`\n== ${name}`);
  for (const c of claims) console.log(`   ${c}`);
  if (r.mustMissed.length) console.log(`   missed must: ${r.mustMissed.join(', ')}`);
  for (const e of r.speakerErrors) console.log(`   speaker ${e.id}: expected ${e.expected ?? 'none'}, got ${e.got ?? 'none'}`);
  for (const e of r.typeErrors) console.log(`   type ${e.id}: expected ${e.expected}, got ${e.got}`);
  for (const e of r.clusterErrors) console.log(`   cluster ${e.id}: ${e.claims} claims, ${e.anchored}/${e.expected} occurrences anchored`);
  for (const n of r.noiseSuggested) console.log(`   noise suggested: ${n}`);
}

void main();
