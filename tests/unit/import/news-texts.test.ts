import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../../src/core/model';
import { importArticle } from '../../../src/node/import';
import { FIXTURES, NEWS_DIR, REFERENCE, newsFiles, nonBlankLines, readJson, readText, restoreLines, squash } from './helpers';

/** No-break spaces (French typography) compare as spaces: the expectations are typed with plain ones. */
const spaced = (text: string) => text.replace(/\s+/gu, ' ');
const spacedMeta = (meta: object) => Object.fromEntries(Object.entries(meta).map(([k, v]) => [k, typeof v === 'string' ? spaced(v) : v]));

interface Expectations {
  provenance: string;
  articles: Record<string, { meta: Partial<ArticleMeta>; folded: { line: string; kind: string }[]; kept: string[]; script?: string[] }>;
}

// Hand-checked expectations for the nine scraped news texts; see the provenance line in the fixture.
const expectations = readJson<Expectations>(path.join(FIXTURES, 'news-expectations.json'));

describe('news texts as scraped: furniture folded with its kind, article text kept', () => {
  it('has expectations for every news text of the dataset', () => {
    expect(Object.keys(expectations.articles).sort()).toEqual(newsFiles().map((f) => path.basename(f)));
  });

  for (const [name, expected] of Object.entries(expectations.articles)) {
    describe(name, () => {
      const load = () => importArticle({ kind: 'text', text: readText(path.join(NEWS_DIR, name)) });

      it('reads the metadata the text gives', async () => {
        expect(spacedMeta((await load()).meta)).toMatchObject(expected.meta);
      });

      it('folds share labels, credits, galleries, related links and prompts with their kind', async () => {
        const article = await load();
        const blocks = article.blocks.map((b) => spaced(article.body.slice(b.start, b.end)));
        for (const { line, kind } of expected.folded) {
          expect(article.folded.filter((f) => spaced(f.text) === line).map((f) => f.kind), line).toContain(kind);
          expect(blocks, line).not.toContain(line);
        }
        for (const start of expected.script ?? []) {
          expect(article.folded.find((f) => f.text.startsWith(start))?.kind, start).toBe('script');
          expect(article.body).not.toContain(start);
        }
      });

      it('keeps the article text in the body', async () => {
        const article = await load();
        for (const start of expected.kept) expect(spaced(article.body), start).toContain(start);
      });
    });
  }
});

describe('nothing is lost from a text import', () => {
  for (const file of [REFERENCE, ...newsFiles()]) {
    it(`${path.basename(file)}: every non-blank line is in the body or folded, and restores in place`, async () => {
      const text = readText(file);
      const article = await importArticle({ kind: 'text', text });
      expect(restoreLines(article).map(squash)).toEqual(nonBlankLines(text).map(squash));
      for (const f of article.folded) {
        expect(f.position).toBeGreaterThanOrEqual(0);
        expect(f.position).toBeLessThanOrEqual(article.body.length);
      }
      // Blocks tile the body with "\n\n" between them.
      expect(article.blocks.map((b) => article.body.slice(b.start, b.end)).join('\n\n')).toBe(article.body);
    });
  }
});
