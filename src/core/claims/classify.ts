import type { ClaimType } from '../model';
import type { Attribution } from './attribution';
import { hasSignal, type AnalyzedSentence } from './signals';

/**
 * The claim type, by precedence:
 * - quote: mostly quoted words, or a quotation attributed next to it, or a verb
 *   of saying with a quoted fragment («…», a dit M. Kim; Kim a déclaré … sa «priorité absolue»);
 * - prediction: modality or future in the claim itself (pourrait, will, could);
 * - attribution: a speaker's reported belief, fear or statement (Washington craint que …);
 * - statistic: numbers and quantities;
 * - event: something that happened, dated or with named actors;
 * - other.
 * A source given with "selon"/"according to" does not change the type of what it sources.
 */
export function classifyClaim(sentence: AnalyzedSentence, attribution: Attribution | null): ClaimType {
  let quoted = 0;
  for (const q of sentence.quotes.quotations) quoted += q.words;
  const share = sentence.words > 0 ? quoted / sentence.words : 0;
  const direct = hasSignal(sentence, 'direct-quote');
  const fragment = hasSignal(sentence, 'short-quote');
  if (direct && (share >= 0.4 || attribution?.via === 'quote' || attribution?.via === 'continuation')) return 'quote';
  // «Un choc», c'est ainsi qu'il a qualifié …: a sentence that opens on a quotation quotes its speaker.
  if ((direct || fragment) && attribution && sentence.quotes.quotations[0]?.open === 0) return 'quote';
  if (attribution?.verb === 'speech' && (direct || fragment)) return 'quote';
  if (hasSignal(sentence, 'prediction')) return 'prediction';
  if (attribution && attribution.verb !== null && (attribution.via === 'subject' || attribution.via === 'pronoun')) return 'attribution';
  if (hasSignal(sentence, 'number') || hasSignal(sentence, 'quantity')) return 'statistic';
  if (hasSignal(sentence, 'event') || hasSignal(sentence, 'date') || hasSignal(sentence, 'superlative') || hasSignal(sentence, 'policy') || hasSignal(sentence, 'named-entity')) return 'event';
  return 'other';
}
