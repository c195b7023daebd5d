import type { ClaimType } from '../model';
import type { Attribution } from './attribution';
import type { SentenceFacts } from './signals';

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
export function classifyClaim(sentence: SentenceFacts, attribution: Attribution | null): ClaimType {
  const hasSignal = (code: string): boolean => sentence.signals.some((s) => s.code === code);
  const share = sentence.words > 0 ? sentence.quotedWords / sentence.words : 0;
  const direct = hasSignal('direct-quote');
  const fragment = hasSignal('short-quote');
  if (direct && (share >= 0.4 || attribution?.via === 'quote' || attribution?.via === 'continuation')) return 'quote';
  // «Un choc», c'est ainsi qu'il a qualifié …: a sentence that opens on a quotation quotes its speaker.
  if ((direct || fragment) && attribution && sentence.opensWithQuote) return 'quote';
  if (attribution?.verb === 'speech' && (direct || fragment)) return 'quote';
  if (hasSignal('prediction')) return 'prediction';
  if (attribution && attribution.verb !== null && (attribution.via === 'subject' || attribution.via === 'pronoun')) return 'attribution';
  if ((hasSignal('number') && sentence.figures) || hasSignal('quantity')) return 'statistic';
  if (hasSignal('event') || hasSignal('date') || hasSignal('superlative') || hasSignal('policy') || hasSignal('named-entity')) return 'event';
  return 'other';
}
