import { beforeAll, describe, expect, it } from 'vitest';
import type { CleanedArticle } from '../../../src/core/model';
import { importArticle } from '../../../src/node/import';
import { REFERENCE, SHARED, foldedOf, nonBlankLines, readJson, readText, restoreLines, squash } from './helpers';

interface Gold {
  metadata: { language: string; outlet: string; published: string; headline: string; kicker: string };
  noise: { line: string; kind: string; occurrences?: number }[];
  duplicates: string[];
}

// Acceptance of issue 3 on the reference article: the ATS wire story about Kim Jong Un and Vladimir Putin, as scraped.
const gold = readJson<Gold>(`${SHARED}/fixtures/ats-2023-09-13-kim-putin.gold.json`);
const text = readText(REFERENCE);

describe('reference article (ATS, Kim–Putin): metadata and noise as the gold file says', () => {
  let article: CleanedArticle;
  beforeAll(async () => {
    article = await importArticle({ kind: 'text', text });
  });

  it('reads the gold metadata exactly, kicker and headline told apart from one scraped line', () => {
    expect(article.meta).toMatchObject({
      title: gold.metadata.headline,
      kicker: gold.metadata.kicker,
      outlet: gold.metadata.outlet,
      publishedAt: gold.metadata.published,
      modifiedAt: null,
      language: gold.metadata.language,
    });
  });

  it('folds every noise line of the gold file with its kind, as often as it occurs', () => {
    for (const noise of gold.noise) {
      const folded = foldedOf(article, noise.line);
      expect(folded.length, noise.line).toBe(noise.occurrences ?? 1);
      for (const f of folded) expect(f.kind, noise.line).toBe(noise.kind);
      expect(article.body, noise.line).not.toContain(noise.line);
    }
  });

  it('keeps the first occurrence of each repeated paragraph or caption and folds the repeats as duplicates', () => {
    for (const line of gold.duplicates) {
      const occurrences = nonBlankLines(text).filter((l) => l === line).length;
      // The first occurrence stays: the line itself, or the longer paragraph it was cut from (the lead, for Kim's «priorité absolue»).
      expect(article.body, line).toContain(line.replace(/\.$/u, ''));
      const keptAsBlock = article.blocks.filter((b) => article.body.slice(b.start, b.end) === line).length;
      expect(keptAsBlock, line).toBeLessThanOrEqual(1);
      expect(foldedOf(article, line).map((f) => f.kind), line).toEqual(Array(occurrences - keptAsBlock).fill('duplicate'));
    }
  });

  it('strips the rights tag from the English caption and keeps the caption itself in the body', () => {
    expect(article.body).not.toContain('PUBLICATIONx');
    expect(article.body).not.toContain('PRK2023091107');
    const caption = 'North Korean Leader Kim Jong-un departs on train from Pyongyang Station heading to Russia';
    const block = article.blocks.find((b) => article.body.slice(b.start, b.end).startsWith(caption));
    expect(block?.kind).toBe('caption');
    expect(article.body.slice(block!.start, block!.end)).toMatch(/military deals between the two countries\.$/u);
    const tag = article.folded.find((f) => f.kind === 'rights-tag')!;
    expect(tag).toMatchObject({ inline: true, position: block!.end });
  });

  it('folds the headline line and shows crossheads as subheadings, not paragraphs', () => {
    expect(article.folded[0]).toMatchObject({ kind: 'headline', position: 0, order: 0 });
    expect(article.folded[0]!.text).toBe(nonBlankLines(text)[0]);
    expect(article.body.startsWith('Le dirigeant nord-coréen Kim Jong Un a déclaré mercredi')).toBe(true);
    expect(article.body).not.toContain('Une première depuis 2019');
  });

  it('loses nothing: restoring the folded lines in place gives back every line of the import, in order', () => {
    expect(restoreLines(article).map(squash)).toEqual(nonBlankLines(text).map(squash));
    expect(article.original).toBe(text);
  });
});
