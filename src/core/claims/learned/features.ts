import type { AnalyzedSentence } from '../signals';
import type { SparseVector } from './logistic';
import { isPastTense, SUBJECT_PRONOUNS } from './tense';

/**
 * The learned ranker's features: hashed word unigrams and, optionally,
 * bigrams (numbers folded to a placeholder so "50 percent" and "7 percent"
 * share a feature), the rule signals of the sentence, its length, and
 * past-tense cues. Hashing keeps the model a fixed-size array with no
 * vocabulary to ship.
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
  /**
   * Past-tense cues (tense.ts): how many past forms (one, or more), and whether
   * one follows a subject pronoun within two words ("I terminated", "we took").
   * Absent in models trained before it existed.
   */
  past?: boolean;
  /**
   * The mean GloVe vector of the sentence's words (embedding.ts), times
   * `scale`, from the `vocabulary` most frequent words of the table. Absent in
   * models trained before it existed.
   */
  embedding?: EmbeddingSpec;
}

export interface EmbeddingSpec {
  vocabulary: number;
  /** Factor on the mean vector (its components are about ±0.5; the hashed features are 1/√n each). */
  scale: number;
}

/**
 * The features of the committed model, chosen by cross-validation (scripts/train-claims.ts --compare):
 * unigrams without bigrams or stems generalise better to debates the model has not seen (bigrams lost
 * on dev-test with and without the embedding), and the mean GloVe vector adds 0.02–0.03 of forward F1
 * on dev-test and on the newest training debates. Its scale (0.3, 0.6, 1) and its vocabulary (50,000
 * or 100,000 words) changed the average precision by less than 0.002: the smaller vocabulary is shipped.
 */
export const DEFAULT_FEATURES: FeatureSpec = {
  hashBits: 18,
  unigrams: true,
  bigrams: false,
  signals: true,
  stems: false,
  shapes: false,
  past: true,
  embedding: { vocabulary: 50000, scale: 1 },
};

const YEAR = /^(1[89]\d\d|20\d\d)$/;

export function learnedFeatures(sentence: AnalyzedSentence, spec: FeatureSpec = DEFAULT_FEATURES): SparseVector {
  reserveWords(sentence.tokens.length);
  const seen = new Set<number>();
  collectFeatures(sentence, spec, (i) => seen.add(i));
  const indices = [...seen].sort((a, b) => a - b);
  // Binary presence scaled to unit length: long sentences do not get larger logits for being long.
  const norm = 1 / Math.sqrt(indices.length || 1);
  return { indices, values: indices.map(() => norm) };
}

/**
 * Calls `add` with each hashed feature index of the sentence (an index may come
 * more than once: callers count each feature once), and the tokens it comes
 * from (`first` to `last`, both -1 for a feature of the whole sentence: a
 * signal, the length, a tense cue), so that a score can be explained word by
 * word. Words are hashed once; n-gram features combine word hashes, so no
 * strings are built.
 */
export function collectFeatures(sentence: AnalyzedSentence, spec: FeatureSpec, add: (index: number, first: number, last: number) => void): void {
  const mask = (1 << spec.hashBits) - 1;
  const words = wordHashes;
  const at = wordTokens;
  let n = 0;
  const { tokens, lower } = sentence;
  // Past-tense cues: the count of past forms, and whether a subject pronoun is one of the two words before one.
  let past = 0;
  let agentPast = false;
  let pronounBack1 = false;
  let pronounBack2 = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let h: number;
    let pronoun = false;
    if (t.kind === 'number') h = YEAR.test(t.text) ? YEAR_HASH : NUMBER_HASH;
    else if (t.kind === 'word') {
      const word = lower[i]!;
      h = hash(word);
      if (spec.stems && word.length > 4) add(mask & mix(STEM, hashPrefix(word, word.length - suffixLength(word))), i, i);
      if (spec.past) {
        pronoun = SUBJECT_PRONOUNS.has(word);
        if (isPastTense(word)) {
          past++;
          if (pronounBack1 || pronounBack2) agentPast = true;
        }
      }
    } else if (t.text === '?' || t.text === '%' || t.text === '$') h = hash(t.text);
    else continue;
    pronounBack2 = pronounBack1;
    pronounBack1 = pronoun;
    at[n] = i;
    words[n++] = h;
    if (spec.unigrams) add(mask & mix(UNIGRAM, h), i, i);
  }
  if (past > 0) add(mask & mix(PAST, Math.min(2, past)), -1, -1);
  if (agentPast) add(mask & mix(PAST, 0), -1, -1);
  if (spec.shapes) {
    let caps = 0;
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind === 'word' && t.capitalized) caps++;
      if (t.kind === 'word' && t.text.length > 1 && t.text === t.text.toUpperCase()) add(mask & mix(SHAPE, 1), i, i);
    }
    add(mask & mix(SHAPE, 2 + Math.min(4, caps)), -1, -1);
  }
  if (spec.bigrams) {
    let prev = START_HASH;
    for (let k = 0; k < n; k++) {
      add(mask & mix(mix(BIGRAM, prev), words[k]!), k === 0 ? at[0]! : at[k - 1]!, at[k]!);
      prev = words[k]!;
    }
    add(mask & mix(mix(BIGRAM, prev), END_HASH), n > 0 ? at[n - 1]! : -1, n > 0 ? at[n - 1]! : -1);
  }
  if (spec.signals) {
    for (const sig of sentence.signals) add(mask & mix(SIGNAL, signalHash(sig.code)), -1, -1);
    add(mask & mix(LENGTH, Math.min(6, Math.floor(sentence.words / 6))), -1, -1);
  }
}

/** The hashed index of a rule signal's feature (for explaining a score). */
export function signalFeature(code: string, spec: FeatureSpec): number {
  return ((1 << spec.hashBits) - 1) & mix(SIGNAL, signalHash(code));
}

let wordHashes = new Uint32Array(1024);
/** The token index of each hashed word (marks that are not features are skipped). */
let wordTokens = new Int32Array(1024);
const signalHashes = new Map<string, number>();

function signalHash(code: string): number {
  let h = signalHashes.get(code);
  if (h === undefined) {
    h = hash(code);
    signalHashes.set(code, h);
  }
  return h;
}

/** Ensures the word-hash scratch buffer holds a sentence of `n` tokens. */
export function reserveWords(n: number): void {
  if (wordHashes.length < n) {
    wordHashes = new Uint32Array(n * 2);
    wordTokens = new Int32Array(n * 2);
  }
}

const SUFFIXES_BY_LAST: Record<string, string[]> = {
  s: ['ations', 'ings', 'ments', 'ies', 'es', 's'],
  n: ['ation'],
  g: ['ing'],
  y: ['edly', 'ly'],
  t: ['ment'],
  d: ['ed'],
};

/** Length of the crude English suffix to strip ("voted" → "vot"), longest first. */
function suffixLength(w: string): number {
  const candidates = SUFFIXES_BY_LAST[w[w.length - 1]!];
  if (candidates) for (const s of candidates) if (w.endsWith(s)) return s.length;
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
const PAST = hash('past');
const YEAR_HASH = hash('<year>');
const NUMBER_HASH = hash('<num>');
const START_HASH = hash('<s>');
const END_HASH = hash('</s>');
