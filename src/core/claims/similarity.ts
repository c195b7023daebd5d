import { foldForMatch } from '../text/tokens';

/**
 * How close two claims are, 0–1, for "already checked?" and for linking
 * claims across articles. Case, accents, punctuation and function words are
 * ignored; word order counts a little (shared word pairs); a short claim
 * wholly inside a longer one scores high; and two claims whose numbers all
 * differ ("45 tonnes" vs "54 tonnes") are pulled apart, because that is the
 * difference a fact-checker cares about.
 */
export function claimSimilarity(a: string, b: string): number {
  return similarityOf(claimTerms(a), claimTerms(b));
}

/** A claim's comparable content: its content words, word pairs and numbers. */
export interface ClaimTerms {
  words: ReadonlySet<string>;
  pairs: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
}

const STOPWORDS = new Set(
  `le la les l un une des du de d au aux et ou mais donc or ni car que qu qui quoi dont ou a à en dans sur sous pour par avec sans ce cet cette ces
  son sa ses leur leurs il elle ils elles on nous vous je tu se s y ne n pas plus est sont été être etait ete avoir a ont avait
  the a an of and or but to in on at for by with from as is are was were be been being it its this that these those he she they we you i
  his her their our not no has have had do does did will would can could should than then there here so such also`.split(/\s+/),
);

const WORD = /[\p{L}\p{N}]+(?:[.,]\d+)*/gu;

export function claimTerms(text: string): ClaimTerms {
  const words = new Set<string>();
  const pairs = new Set<string>();
  const numbers = new Set<string>();
  let previous: string | null = null;
  for (const m of foldForMatch(text).matchAll(WORD)) {
    const w = m[0];
    if (/^\d/.test(w)) {
      const n = w.replace(/[.,\s]/g, '');
      numbers.add(n);
      words.add(n);
      if (previous) pairs.add(`${previous} ${n}`);
      previous = n;
      continue;
    }
    if (STOPWORDS.has(w) || w.length < 2) continue;
    const stem = w.length > 4 ? w.replace(/(es|s|e)$/, '') : w;
    words.add(stem);
    if (previous) pairs.add(`${previous} ${stem}`);
    previous = stem;
  }
  return { words, pairs, numbers };
}

export function similarityOf(a: ClaimTerms, b: ClaimTerms): number {
  if (a.words.size === 0 || b.words.size === 0) return 0;
  const sharedWords = shared(a.words, b.words);
  const dice = (2 * sharedWords) / (a.words.size + b.words.size);
  const pairDice = a.pairs.size + b.pairs.size === 0 ? 0 : (2 * shared(a.pairs, b.pairs)) / (a.pairs.size + b.pairs.size);
  let score = 0.7 * dice + 0.3 * pairDice;
  // A short claim inside a longer statement of it: "Le chlorothalonil sera interdit" in a paragraph that says so and more.
  const small = Math.min(a.words.size, b.words.size);
  if (small >= 4) score = Math.max(score, 0.9 * (sharedWords / small));
  if (a.numbers.size > 0 && b.numbers.size > 0) score *= 0.6 + 0.4 * (shared(a.numbers, b.numbers) / Math.max(a.numbers.size, b.numbers.size));
  return Math.round(Math.min(1, score) * 1000) / 1000;
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}
