/**
 * A big French article made of distinct paragraphs, each a statistic and a quotation with its
 * speaker (~180,000 claims in 20 MB): the benchmark's and the off-the-request-path test's input.
 */
const WORDS = 'gouvernement annonce milliards budget Washington Kremlin sanctions missiles élection inflation record premier depuis pandémie vaccin réfugiés frontière accord armes'.split(' ');

export const bigArticleParagraph = (i: number): string =>
  `Le ministre ${i % 500} a déclaré que le ${WORDS[i % WORDS.length]} a augmenté de ${i % 97} % en 2023, selon l'Insee. « Nous avons créé ${1000 + i} emplois », a-t-il affirmé à propos de ${WORDS[(i * 7) % WORDS.length]} et ${WORDS[(i * 13) % WORDS.length]}.`;

/** Paragraphs joined by blank lines, just under `mb` million characters (the API takes up to 20,000,000). */
export function bigArticle(mb: number): { text: string; paragraphs: string[] } {
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; ; i++) {
    const p = bigArticleParagraph(i);
    if (size + p.length + 2 > mb * 1_000_000) break;
    paragraphs.push(p);
    size += p.length + 2;
  }
  return { text: paragraphs.join('\n\n'), paragraphs };
}

/** Words the benchmarks draw titles and queries from. */
export const BIG_ARTICLE_WORDS: readonly string[] = WORDS;
