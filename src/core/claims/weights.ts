import calibration from './learned/signal-weights.json';
import type { SignalCode } from './signals';

/**
 * Rule weights, in log-odds. A sentence's check-worthiness is
 * sigmoid(bias + Σ weight × presence), so each reason shown to the user
 * carries its own share of the score. The signals are language-independent
 * (each language's lexicon maps its words onto them), so French and English
 * share these weights.
 *
 * Calibration: the weights of numbers, quantities, dates, comparisons,
 * superlatives, named entities, institutions, policies, events, opinions and
 * questions come from a logistic regression over the signals alone, fitted on
 * CheckThat! and ClaimBuster (learned/signal-weights.json, written by
 * `npm run train:claims`). A few signals behave differently in news than in the
 * debate transcripts those sets come from, and keep a news prior, stated below.
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
  /**
   * Where a learned model scores the sentence (English): what the news priors
   * add to the debate-trained weights, per signal (prior − calibrated weight;
   * 0 for the signals the model learned as they are). The model's log-odds plus
   * these, the speaker and the repetition make the score.
   */
  modelOffsets: Record<SignalCode, number>;
}

const NEWS_PRIORS: Partial<Record<SignalCode, number>> = {
  // Debates hold almost no quotations or reported speech; in news they are how claims are carried.
  'direct-quote': 1.7,
  'short-quote': 0.5,
  'reported-speech': 1.2,
  // In debates "we will…" is a campaign promise (not check-worthy); in news a prediction is an official's or an expert's forecast.
  prediction: 0.6,
  // In news a line without a verb or final punctuation is a caption, a credit or a heading (debate fragments are mid-speech).
  short: -2.0,
  fragment: -2.2,
  // A line with a verb but no final punctuation is a headline or a teaser more often than a sentence.
  unpunctuated: -0.8,
  // Health and harm claims: rare in debates, frequent among the claims fact-checkers take up.
  harm: 0.8,
  // Site furniture: never a claim.
  boilerplate: -5,
};

/** The data-driven weight of quantities is the largest; damped so that a bare "%" does not outweigh a named actor. */
const QUANTITY_CAP = 1.4;

function newsWeights(): RuleWeights {
  const learned = calibration.weights as Record<SignalCode, number>;
  const signals = { ...learned, ...NEWS_PRIORS } as Record<SignalCode, number>;
  signals.quantity = Math.min(signals.quantity, QUANTITY_CAP);
  const modelOffsets = Object.fromEntries(Object.keys(learned).map((code) => [code, 0])) as Record<SignalCode, number>;
  for (const code of MODEL_OFFSET_CODES) modelOffsets[code] = round2(signals[code] - learned[code]);
  return { bias: calibration.bias, signals, extraEntity: 0.2, maxExtraEntities: 3, attributed: 0.5, repeated: 0.4, threshold: 0.5, modelOffsets };
}

/**
 * The news priors the English model gets on top of what it learned from
 * debates: quotations, reported speech and forecasts (how news carries
 * claims), lines without a verb or final punctuation (captions, headings),
 * harm, site furniture. Not `short`: a short sentence is often a claim in a
 * debate ("Far fewer people are dying.") and the model weighs that itself.
 */
const MODEL_OFFSET_CODES: readonly SignalCode[] = ['direct-quote', 'short-quote', 'reported-speech', 'prediction', 'fragment', 'unpunctuated', 'harm', 'boilerplate'];

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

const NEWS_RULES = newsWeights();

export const RULE_WEIGHTS: Record<string, RuleWeights> = {
  fr: NEWS_RULES,
  en: NEWS_RULES,
};

export function ruleWeightsFor(lang: string): RuleWeights {
  return RULE_WEIGHTS[lang.slice(0, 2)] ?? NEWS_RULES;
}
