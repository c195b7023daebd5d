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
  const seen = new Set<number>();
  collectFeatures(sentence, spec, seen);
  const indices = [...seen].sort((a, b) => a - b);
  // Binary presence scaled to unit length: long sentences do not get larger logits for being long.
  const norm = 1 / Math.sqrt(indices.length || 1);
  return { indices, values: indices.map(() => norm) };
}

/** Adds the sentence's hashed feature indices to `seen` (a set: each feature counts once). */
export function collectFeatures(sentence: AnalyzedSentence, spec: FeatureSpec, seen: Set<number>): void {
  const mask = (1 << spec.hashBits) - 1;
  const add = (h: number): void => {
    seen.add((h >>> 0) & mask);
  };
  // Words are hashed once; n-gram features combine word hashes (no strings are built).
  const words: number[] = [];
  for (let i = 0; i < sentence.tokens.length; i++) {
    const t = sentence.tokens[i]!;
    if (t.kind === 'number') words.push(YEAR.test(t.text) ? YEAR_HASH : NUMBER_HASH);
    else if (t.kind === 'word') words.push(hash(sentence.lower[i]!));
    else if (t.text === '?' || t.text === '%' || t.text === '$') words.push(hash(t.text));
  }
  if (spec.unigrams) for (const w of words) add(mix(UNIGRAM, w));
  if (spec.stems) {
    for (let i = 0; i < sentence.tokens.length; i++) {
      const t = sentence.tokens[i]!;
      if (t.kind !== 'word') continue;
      const word = sentence.lower[i]!;
      if (word.length > 4) add(mix(STEM, hashPrefix(word, word.length - suffixLength(word))));
    }
  }
  if (spec.shapes) {
    let caps = 0;
    for (let i = 1; i < sentence.tokens.length; i++) {
      const t = sentence.tokens[i]!;
      if (t.kind === 'word' && t.capitalized) caps++;
      if (t.kind === 'word' && t.text.length > 1 && t.text === t.text.toUpperCase()) add(mix(SHAPE, 1));
    }
    add(mix(SHAPE, 2 + Math.min(4, caps)));
  }
  if (spec.bigrams) {
    let prev = START_HASH;
    for (const w of words) {
      add(mix(mix(BIGRAM, prev), w));
      prev = w;
    }
    add(mix(mix(BIGRAM, prev), END_HASH));
  }
  if (spec.signals) {
    for (const s of sentence.signals) add(mix(SIGNAL, hash(s.code)));
    add(mix(LENGTH, Math.min(6, Math.floor(sentence.words / 6))));
  }
}

const SUFFIXES = ['ations', 'ation', 'ings', 'ing', 'edly', 'ments', 'ment', 'ies', 'ed', 'es', 'ly', 's'];

/** Length of the crude English suffix to strip ("voted" → "vot"), longest first. */
function suffixLength(w: string): number {
  for (const s of SUFFIXES) if (w.endsWith(s)) return s.length;
  return 0;
}

function hashPrefix(s: string, length: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ b, 0x5bd1e995);
  h ^= h >>> 15;
  h = Math.imul(h, 0x27d4eb2d);
  h ^= h >>> 13;
  return h >>> 0;
}

// Feature families, so that a word's unigram and its stem never share a hash.
const UNIGRAM = hash('u');
const BIGRAM = hash('b');
const STEM = hash('t');
const SHAPE = hash('shape');
const SIGNAL = hash('s');
const LENGTH = hash('len');
const YEAR_HASH = hash('<year>');
const NUMBER_HASH = hash('<num>');
const START_HASH = hash('<s>');
const END_HASH = hash('</s>');
