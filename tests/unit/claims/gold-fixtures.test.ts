import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeClaims } from '../../../src/core/claims';
import { scoreAgainstGold, type ClaimGold, type GoldReport } from '../../../src/core/claims/evaluation/gold';
import { importArticle } from '../../../src/node/import';
import { FIXTURES, SHARED, readJson } from './paths';

// Nine real news texts (../shared/datasets/news) annotated in tests/fixtures/claims: the detector's
// figures across them must not fall below these floors (npm run eval:claims prints the details).
const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.gold.json'));

describe('gold-annotated news texts', () => {
  it('has at least four French and four English annotations', () => {
    const langs = files.map((f) => readJson<ClaimGold>(path.join(FIXTURES, f)).language);
    expect(langs.filter((l) => l === 'fr').length).toBeGreaterThanOrEqual(4);
    expect(langs.filter((l) => l === 'en').length).toBeGreaterThanOrEqual(4);
  });

  it('finds the must-claims, suggests little else, names speakers and clusters repeats', async () => {
    const reports: GoldReport[] = [];
    for (const f of files) {
      const gold = readJson<ClaimGold>(path.join(FIXTURES, f));
      const text = fs.readFileSync(path.join(SHARED, 'datasets/news', gold.article), 'utf8');
      const article = await importArticle({ kind: 'text', text });
      reports.push(scoreAgainstGold(gold, article.body, article.folded, analyzeClaims(article).claims));
    }
    const sum = (k: keyof GoldReport): number => reports.reduce((s, r) => s + (typeof r[k] === 'number' ? (r[k] as number) : (r[k] as unknown[]).length), 0);
    expect(sum('mustFound') / sum('mustTotal')).toBeGreaterThanOrEqual(0.85);
    expect(sum('detectedMatching') / sum('detected')).toBeGreaterThanOrEqual(0.85);
    expect(sum('quoteSpeakerRight') / sum('quoteSpeakerChecked')).toBeGreaterThanOrEqual(0.75);
    expect(sum('clustersRight')).toBe(sum('clustersChecked'));
    expect(reports.flatMap((r) => r.noiseSuggested)).toEqual([]);
  });
});
