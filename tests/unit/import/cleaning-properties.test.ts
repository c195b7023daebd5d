import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanTextArticle } from '../../../src/core/import';
import { nonBlankLines, restoreLines, squash } from './helpers';

// Lines of every sort the cleaner meets: furniture, datelines, credits, running text, and noise of any characters.
const POOL = [
  'ATS', '(ats/nxp)', 'AFP', '13.9.2023 - 09:27', 'Créé: 12.12.2019, 07h36', 'Monday 28 September 2020 19:27', 'Share', 'Facebook',
  'Envoyer par e-mail', 'Votre adresse e-mail*', 'Articles en relation', 'Related Coverage', 'Read more', 'Plus...', 'imago images / Kyodo News',
  'IMAGO/UPI Photo', 'Image copyright', 'Reuters', 'Image caption', 'Par', 'By Jill Serjeant', 'UK news in pictures', 'PA', 'Show all 50',
  '1/50UK news in pictures', 'Une première depuis 2019', 'Poutine - Kim Jong Un La Corée du Nord fera des liens avec la Russie',
  'Le chlorothalonil sera interdit dès 2020 en Suisse, a annoncé jeudi l’Office fédéral de l’agriculture dans un communiqué.',
  'Anyone falsely naming an antagonist as a coronavirus contact can be fined £1,000 under new regulations coming into force today.',
  'Caption text. PUBLICATIONxINxGERxSUIxAUTxHUNxONLY PRK2023091107 kcna', 'Roman Prymula, photo: Archives du Gouvernement tchèque',
  '<script>var x = 1;</script>', '— Elon Musk (@elonmusk) March 16, 2020', '4:22', '/', '⨯', '\u200b', '#tag #other', '- a list item',
];

const line = fc.oneof(fc.constantFrom(...POOL), fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }));
const document = fc.array(fc.tuple(line, fc.constantFrom('\n', '\n\n', '\r\n', '\n \n')), { maxLength: 60 }).map((parts) => parts.map(([l, sep]) => l + sep).join(''));

describe('cleaning, on any text', () => {
  it('never throws, never loses a character, and puts every folded line back where it stood', () => {
    fc.assert(
      fc.property(document, (text) => {
        const article = cleanTextArticle(text);
        // Lines of a text wrapped at a fixed width are joined into paragraphs: compare the whole text, in order.
        expect(squash(restoreLines(article).join(''))).toBe(squash(nonBlankLines(text).join('')));
        expect(article.blocks.map((b) => article.body.slice(b.start, b.end)).join('\n\n')).toBe(article.body);
        for (const f of article.folded) expect(f.position >= 0 && f.position <= article.body.length).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('text wrapped at a fixed width', () => {
  /** Greedy wrap at 66 columns, as e-mail clients and some .txt exports do. */
  const wrap = (text: string) => {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      if (line && line.length + 1 + word.length > 66) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    return [...lines, line].join('\n');
  };
  const first =
    'The city council approved the construction of a new bridge over the river on Monday, after a debate that lasted most of the afternoon and ended with a vote of thirty-one to twelve, with four abstentions from the members of the smaller parties.';
  const second =
    'Opponents said the cost estimate of forty million was optimistic and did not include the access roads, which the regional government has not yet agreed to pay for; the mayor replied that the figures had been checked twice by independent engineers.';

  it('is joined back into paragraphs, lines of the same paragraph with a space', () => {
    const text = `${wrap(first)}\n\n${wrap(second)}\n`;
    expect(text.split('\n').filter(Boolean).length).toBeGreaterThan(6);
    const article = cleanTextArticle(text);
    expect(article.body).toBe(`${first}\n\n${second}`);
    expect(article.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });
});
