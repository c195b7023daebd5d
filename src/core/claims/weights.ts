import type { SignalCode } from './signals';

/**
 * Rule weights, in log-odds, per language. A sentence's check-worthiness is
 * sigmoid(bias + Σ weight × presence), so each reason shown to the user carries
 * its own share of the score.
 *
 * How they were set: started from the English logistic model's weights for the
 * same signals (trained on CheckThat! and ClaimBuster, see scripts/train-claims.ts),
 * then adjusted for news prose, where quotations and reported speech are the main
 * carriers of claims (debate transcripts, the training data, have almost none).
 * The threshold is where a wire-story sentence with one factual signal and a
 * named actor crosses 0.5; a sentence with no signal stays near 0.1.
 */
export interface RuleWeights {
  bias: number;
  signals: Record<SignalCode, number>;
  /** Extra weight per named entity after the first, up to `maxExtraEntities`. */
  extraEntity: number;
  maxExtraEntities: number;
  /** A speaker was found for the sentence. */
  attributed: number;
  /** The sentence is repeated elsewhere in the article (captions, duplicates): an editor thought it mattered. */
  repeated: number;
  /** Default "show suggestions scoring above". */
  threshold: number;
}

const NEWS_RULES: RuleWeights = {
  bias: -2.1,
  signals: {
    'direct-quote': 1.7,
    'short-quote': 0.5,
    'reported-speech': 1.2,
    number: 1.1,
    quantity: 0.7,
    date: 0.5,
    comparison: 0.8,
    superlative: 0.9,
    prediction: 0.8,
    'named-entity': 0.6,
    institution: 0.5,
    policy: 0.7,
    event: 0.7,
    opinion: -0.7,
    boilerplate: -5,
    question: -2.2,
    short: -2.5,
    fragment: -2.2,
  },
  extraEntity: 0.2,
  maxExtraEntities: 3,
  attributed: 0.5,
  repeated: 0.4,
  threshold: 0.5,
};

export const RULE_WEIGHTS: Record<string, RuleWeights> = {
  fr: NEWS_RULES,
  en: NEWS_RULES,
};

export function ruleWeightsFor(lang: string): RuleWeights {
  return RULE_WEIGHTS[lang.slice(0, 2)] ?? NEWS_RULES;
}
