import type { AnalyzedSentence } from '../signals';
import type { SparseVector } from './logistic';

/**
 * The learned ranker's features: hashed word unigrams and bigrams (numbers
 * folded to a placeholder so "50 percent" and "7 percent" share a feature),
 * the rule signals of the sentence, and its length. Hashing keeps the model a
 * fixed-size array with no vocabulary to ship.
 */

export interface FeatureSpec {
  /** log2 of the hashed feature space. */
  hashBits: number;
  unigrams: boolean;
  bigrams: boolean;
  signals: boolean;
  /** Crude suffix-stripped unigrams ("voted" → "vot") next to the words, for small training sets. */
  stems: boolean;
  /** Word-shape features: capitalized words and all-caps acronyms, which lower-casing hides. */
  shapes: boolean;
}

export const DEFAULT_FEATURES: FeatureSpec = { hashBits: 18, unigrams: true, bigrams: true, signals: true, stems: false, shapes: false };

const YEAR = /^(1[89]\d\d|20\d\d)$/;

export function learnedFeatures(sentence: AnalyzedSentence, spec: FeatureSpec = DEFAULT_FEATURES): SparseVector {
  const mask = (1 << spec.hashBits) - 1;
  const counts = new Map<number, number>();
  const add = (feature: string, value = 1): void => {
    const h = hash(feature) & mask;
    counts.set(h, (counts.get(h) ?? 0) + value);
  };
  const words: string[] = [];
  for (let i = 0; i < sentence.tokens.length; i++) {
    const t = sentence.tokens[i]!;
    if (t.kind === 'number') words.push(YEAR.test(t.text) ? '<year>' : '<num>');
    else if (t.kind === 'word') words.push(sentence.lower[i]!);
    else if (t.text === '?' || t.text === '%' || t.text === '$') words.push(t.text);
  }
  if (spec.unigrams) for (const w of words) add(`u ${w}`);
  if (spec.stems) for (const w of words) if (w.length > 4) add(`t ${stem(w)}`);
  if (spec.shapes) {
    let caps = 0;
    for (let i = 1; i < sentence.tokens.length; i++) {
      const t = sentence.tokens[i]!;
      if (t.kind === 'word' && t.capitalized) caps++;
      if (t.kind === 'word' && t.text.length > 1 && t.text === t.text.toUpperCase()) add('shape acronym');
    }
    add(`shape caps ${Math.min(4, caps)}`);
  }
  if (spec.bigrams) {
    let prev = '<s>';
    for (const w of words) {
      add(`b ${prev} ${w}`);
      prev = w;
    }
    add(`b ${prev} </s>`);
  }
  if (spec.signals) {
    for (const s of sentence.signals) add(`s ${s.code}`, 1);
    add(`len ${Math.min(6, Math.floor(sentence.words / 6))}`);
  }
  const indices = [...counts.keys()].sort((a, b) => a - b);
  // Binary presence scaled to unit length: long sentences do not get larger logits for being long.
  const norm = 1 / Math.sqrt(indices.length || 1);
  return { indices, values: indices.map(() => norm) };
}

function stem(w: string): string {
  return w.replace(/(?:ations?|ings?|edly|ed|ies|es|s|ly|ment|ments)$/, '');
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  h ^= h >>> 15;
  return h >>> 0;
}
