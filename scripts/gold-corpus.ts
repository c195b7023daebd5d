/**
 * The gold-annotated articles the claim detector is measured on, found on
 * disk and imported the way a user imports them (a .txt as text, a saved page
 * through the HTML importer), grouped so that figures on real news and on
 * synthetic texts, on development and on held-out articles, are never mixed.
 *
 * - the reference wire story (../shared/fixtures);
 * - tests/fixtures/claims/*.gold.json: real news (../shared/datasets/news, and
 *   the saved pages of ../shared/datasets/html), each gold's `pages` listing
 *   the same story as a saved page, scored with the same annotation;
 * - tests/fixtures/claims/synthetic/: texts written for the tests, labelled so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeClaims } from '../src/core/claims';
import { scoreAgainstGold, type ClaimGold, type GoldReport } from '../src/core/claims/evaluation/gold';
import type { CleanedArticle, DetectedClaim } from '../src/core/model';
import { importArticle } from '../src/node/import';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '../shared');
const CLAIMS = path.join(ROOT, 'tests/fixtures/claims');

export type GoldGroup = 'reference' | 'real, development' | 'real, held-out' | 'synthetic, development' | 'synthetic, held-out';
export const GOLD_GROUPS: readonly GoldGroup[] = ['reference', 'real, development', 'real, held-out', 'synthetic, development', 'synthetic, held-out'];

export interface GoldFixture {
  /** The article's file name, with "(page)" when a saved page of a story annotated as text. */
  name: string;
  group: GoldGroup;
  gold: ClaimGold;
  file: string;
}

function locate(article: string, goldDir: string): string {
  const candidates = [path.join(goldDir, article), path.join(SHARED, 'fixtures', article), path.join(SHARED, 'datasets/news', article), path.join(SHARED, 'datasets', article)];
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found) throw new Error(`cannot find ${article} (looked in ${candidates.join(', ')})`);
  return found;
}

function groupOf(gold: ClaimGold, reference: boolean): GoldGroup {
  if (reference) return 'reference';
  const heldOut = gold.split === 'held-out';
  if (gold.synthetic) return heldOut ? 'synthetic, held-out' : 'synthetic, development';
  return heldOut ? 'real, held-out' : 'real, development';
}

/** Every gold fixture, reference first, then by folder and name. */
export function goldFixtures(): GoldFixture[] {
  const out: GoldFixture[] = [];
  const golds = [path.join(SHARED, 'fixtures/ats-2023-09-13-kim-putin.gold.json')];
  for (const dir of [CLAIMS, path.join(CLAIMS, 'synthetic')]) {
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) golds.push(path.join(dir, f));
  }
  golds.forEach((file, i) => {
    const gold = JSON.parse(fs.readFileSync(file, 'utf8')) as ClaimGold & { pages?: string[] };
    const dir = path.dirname(file);
    const group = groupOf(gold, i === 0);
    out.push({ name: path.basename(gold.article).replace(/\.(txt|html?)$/u, ''), group, gold, file: locate(gold.article, dir) });
    for (const page of gold.pages ?? []) out.push({ name: `${path.basename(gold.article).replace(/\.txt$/u, '')} (page ${path.basename(page)})`, group, gold, file: locate(page, dir) });
  });
  return out;
}

/** Imports a fixture's article as a user would: by its file, so a saved page goes through the HTML importer. */
export async function importFixture(fixture: GoldFixture): Promise<CleanedArticle> {
  const bytes = fs.readFileSync(fixture.file);
  return importArticle({ kind: 'file', name: path.basename(fixture.file), bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
}

export interface ScoredFixture {
  fixture: GoldFixture;
  report: GoldReport;
  claims: DetectedClaim[];
  ms: number;
}

export async function scoreFixture(fixture: GoldFixture): Promise<ScoredFixture> {
  const article = await importFixture(fixture);
  const started = performance.now();
  const claims = analyzeClaims(article).claims;
  const ms = performance.now() - started;
  return { fixture, report: scoreAgainstGold(fixture.gold, article.body, article.folded, claims), claims, ms };
}

/** Sums of a group's reports: the issue's figures. */
export interface GroupFigures {
  articles: number;
  goldTotal: number;
  goldFound: number;
  mustTotal: number;
  mustFound: number;
  detected: number;
  detectedMatching: number;
  namedChecked: number;
  namedRight: number;
  ownChecked: number;
  ownRight: number;
  /** Gold claims with a named source, found or not. */
  named: number;
}

export function sumFigures(rows: readonly ScoredFixture[]): GroupFigures {
  const f: GroupFigures = { articles: rows.length, goldTotal: 0, goldFound: 0, mustTotal: 0, mustFound: 0, detected: 0, detectedMatching: 0, namedChecked: 0, namedRight: 0, ownChecked: 0, ownRight: 0, named: 0 };
  for (const { fixture, report: r } of rows) {
    f.goldTotal += r.goldTotal;
    f.goldFound += r.goldFound;
    f.mustTotal += r.mustTotal;
    f.mustFound += r.mustFound.length;
    f.detected += r.detected;
    f.detectedMatching += r.detectedMatching;
    f.namedChecked += r.namedChecked;
    f.namedRight += r.namedRight;
    f.ownChecked += r.ownChecked;
    f.ownRight += r.ownRight;
    f.named += fixture.gold.claims.filter((c) => c.speaker !== null).length;
  }
  return f;
}
