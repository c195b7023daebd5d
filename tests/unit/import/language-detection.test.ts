import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanTextArticle } from '../../../src/core/import/index';
import { REFERENCE, newsFiles, readText } from './helpers';

/** The language a file of the shared data is written in, from its name ("article-06-en.txt", "….fr.txt"). */
function languageOfName(file: string): string {
  const m = /[-.](fr|en)\.txt$/u.exec(path.basename(file));
  if (!m) throw new Error(`no language in the name of ${file}`);
  return m[1]!;
}

describe('the language of every shared news article and of the reference wire story', () => {
  const files = [...newsFiles(), REFERENCE];

  it('covers the nine news articles and the reference', () => {
    expect(files.map((f) => path.basename(f))).toEqual([
      'article-01-fr.txt',
      'article-02-fr.txt',
      'article-03-fr.txt',
      'article-04-fr.txt',
      'article-05-fr.txt',
      'article-06-en.txt',
      'article-07-en.txt',
      'article-08-en.txt',
      'article-09-en.txt',
      'ats-2023-09-13-kim-putin.fr.txt',
    ]);
  });

  for (const file of files) {
    it(`reads ${path.basename(file)} as ${languageOfName(file)}, without a warning`, () => {
      const article = cleanTextArticle(readText(file));
      expect(article.meta.language).toBe(languageOfName(file));
      expect(article.warnings).toEqual([]);
    });
  }
});
