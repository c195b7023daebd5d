import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeClaims, type ClaimAnalysis } from '../../../src/core/claims';
import { scoreAgainstGold, type ClaimGold, type GoldReport } from '../../../src/core/claims/evaluation/gold';
import type { CleanedArticle } from '../../../src/core/model';
import { importArticle } from '../../../src/node/import';
import { SHARED, readJson, readShared } from './paths';

// The acceptance case of issue 4: the ATS wire story about Kim Jong Un and Vladimir Putin, as scraped.
const gold = readJson<ClaimGold>(path.join(SHARED, 'fixtures/ats-2023-09-13-kim-putin.gold.json'));

describe('reference article (ATS, Kim–Putin)', () => {
  let article: CleanedArticle;
  let analysis: ClaimAnalysis;
  let report: GoldReport;

  beforeAll(async () => {
    article = await importArticle({ kind: 'text', text: readShared('fixtures/ats-2023-09-13-kim-putin.fr.txt') });
    analysis = analyzeClaims(article);
    report = scoreAgainstGold(gold, article.body, article.folded, analysis.claims);
  });

  it('suggests all eleven must-claims', () => {
    expect(report.mustTotal).toBe(11);
    expect(report.mustMissed).toEqual([]);
  });

  it('suggests each repeated claim once, with an anchor on every occurrence', () => {
    expect(report.clusterErrors).toEqual([]);
    const lead = analysis.claims.filter((c) => c.text.includes('ferait des liens bilatéraux'));
    expect(lead).toHaveLength(1);
    expect(lead[0]!.anchors).toHaveLength(3);
  });

  it('links the short and the long form of the first trip abroad since Covid', () => {
    const forms = analysis.claims.filter((c) => c.text.includes("premier voyage à l'étranger depuis le début de la pandémie"));
    expect(forms.length === 1 || forms.some((f) => f.relatedTo !== null && forms.includes(analysis.claims[f.relatedTo]!))).toBe(true);
  });

  it('names the right speaker, by canonical name, on every quote and attribution', () => {
    const quoting = new Set(gold.claims.filter((g) => g.type === 'quote' || g.type === 'attribution').map((g) => g.id));
    expect(report.speakerErrors.filter((e) => quoting.has(e.id))).toEqual([]);
    expect(report.quoteSpeakerChecked).toBe(quoting.size);
    expect(report.quoteSpeakerRight).toBe(quoting.size);
    const kim = analysis.claims.find((c) => c.text.startsWith('«Nous allons donner la priorité'));
    expect(kim?.speaker).toBe('Kim Jong Un');
    expect(kim?.speakerEvidence).toBe('a dit M. Kim');
    const peskov = analysis.claims.find((c) => c.text.includes('sujets sensibles'));
    expect(peskov?.speaker).toBe('Dmitri Peskov');
  });

  it('never suggests a noise line, and stays within 22 suggestions', () => {
    expect(report.noiseSuggested).toEqual([]);
    expect(analysis.claims.length).toBeLessThanOrEqual(22);
    for (const c of analysis.claims) expect(c.text).not.toMatch(/^(ATS|IMAGO\/UPI Photo|imago images \/ Kyodo News|13\.9\.2023 - 09:27)$/);
  });

  it('explains every score with reasons and keeps scores in 0–1', () => {
    for (const c of analysis.claims) {
      expect(c.score).toBeGreaterThanOrEqual(0);
      expect(c.score).toBeLessThanOrEqual(1);
      expect(c.reasons.length).toBeGreaterThan(0);
    }
    const washington = analysis.claims.find((c) => c.text.startsWith('Washington craint'));
    expect(washington?.reasons.map((r) => r.code)).toContain('reported-speech');
    expect(washington?.type).toBe('attribution');
  });

  it('keeps the speaker list with the aliases that resolved to each name', () => {
    const kim = analysis.speakers.find((s) => s.name === 'Kim Jong Un');
    expect(kim?.aliases).toEqual(expect.arrayContaining(['M. Kim']));
    expect(analysis.speakers.map((s) => s.name)).toEqual(expect.arrayContaining(['Vladimir Poutine', 'Dmitri Peskov', 'Washington', 'Kremlin']));
  });
});
