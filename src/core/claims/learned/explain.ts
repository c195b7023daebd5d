import type { AnalyzedSentence } from '../signals';
import { forEachEmbeddedToken } from './embedding';
import { collectFeatures, reserveWords, signalFeature } from './features';
import type { ProjectionTable, RankerModel } from './model';

/** A word of a sentence and how much it moved the model's log-odds (signed). */
export interface WordWeight {
  word: string;
  weight: number;
}

/** What the model weighed in a sentence: its words, and the rule signals it has as features of its own. */
export interface Explanation {
  /** Words by how much they moved the log-odds, largest first. */
  words: WordWeight[];
  /** Each rule signal of the sentence and its weight in the model's log-odds. */
  signals: Map<string, number>;
}

/**
 * The model's log-odds split over the sentence's words, exactly: the model is
 * linear, so each word gets its own unigram weight, half of each word pair it
 * is part of, and its share of the mean embedding. The rule signals the model
 * has as features get their own weights; the bias, the length and the tense
 * cues belong to no word and are left out. Only suggested claims are
 * explained, so this may allocate.
 */
export function explainSentence(sentence: AnalyzedSentence, model: RankerModel, weights: Float32Array, projections: ProjectionTable | null): Explanation {
  const { tokens } = sentence;
  const byToken = new Float64Array(tokens.length);
  const seen = new Set<number>();
  const parts: { index: number; first: number; last: number }[] = [];
  reserveWords(tokens.length);
  collectFeatures(sentence, model.features, (index, first, last) => {
    if (seen.has(index)) return;
    seen.add(index);
    parts.push({ index, first, last });
  });
  const norm = 1 / Math.sqrt(seen.size || 1);
  const signals = new Map<string, number>();
  if (model.features.signals) for (const sig of sentence.signals) signals.set(sig.code, weights[signalFeature(sig.code, model.features)]! * norm);
  for (const { index, first, last } of parts) {
    if (first < 0) continue;
    const w = weights[index]! * norm;
    if (first === last) byToken[first] = byToken[first]! + w;
    else {
      byToken[first] = byToken[first]! + w / 2;
      byToken[last] = byToken[last]! + w / 2;
    }
  }
  if (projections) {
    const shares: { token: number; value: number }[] = [];
    const embedded = forEachEmbeddedToken(
      sentence,
      (k) => projections.get(k),
      (values, token) => {
        let s = 0;
        for (const v of values) s += v;
        shares.push({ token, value: s / values.length });
      },
    );
    for (const { token, value } of shares) byToken[token] = byToken[token]! + value / embedded;
  }
  // One entry per distinct word (its occurrences summed), as written in the sentence.
  const byWord = new Map<string, WordWeight>();
  tokens.forEach((t, i) => {
    if (byToken[i] === 0 || t.kind === 'mark') return;
    const entry = byWord.get(t.lower);
    if (entry) entry.weight += byToken[i]!;
    else byWord.set(t.lower, { word: t.text, weight: byToken[i]! });
  });
  return { words: [...byWord.values()].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)), signals };
}
