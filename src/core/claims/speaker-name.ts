import type { Mention } from './attribution';

/**
 * A speaker is a name or a noun phrase: "Kim Jong Un", "la préfecture du Var",
 * "the county council". Never punctuation or an empty string (a lone comma was
 * once given as a speaker), never a pronoun or a negative quantifier alone
 * («Personne», "nobody"), never a bare determiner. Checked where claims are
 * made, so no path of the detector can give such a speaker.
 */

/** Words that cannot be a speaker on their own, in the languages the detector reads (lower case). */
const NOT_SPEAKERS = new Set([
  'il', 'elle', 'ils', 'elles', 'on', 'lui', 'eux', 'personne', 'nul', 'nulle', 'aucun', 'aucune', 'rien', 'chacun', 'chacune', 'quiconque', 'tous', 'toutes', 'tout', 'certains', 'certaines',
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', 'ce', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs',
  'he', 'she', 'it', 'they', 'him', 'her', 'them', 'we', 'you', 'i', 'nobody', 'no-one', 'no one', 'none', 'nothing', 'everyone', 'everybody', 'anyone', 'anybody', 'someone', 'somebody', 'one',
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'its', 'their',
]);

/** Whether a speaker name can be shown and stored: letters, not only a pronoun or a function word. */
export function isSpeakerName(name: string | null | undefined): name is string {
  if (typeof name !== 'string') return false;
  const trimmed = name.replace(/\s+/gu, ' ').trim();
  if (trimmed.length === 0 || trimmed.length > 160 || !/\p{L}/u.test(trimmed)) return false;
  const bare = trimmed.toLowerCase().replace(/[’]/gu, "'").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.)]+$/gu, '');
  return bare.length > 0 && !NOT_SPEAKERS.has(bare);
}

/** A mention that can stand for a speaker: a study's authors still to be named, or words that make a speaker name. */
export function isSpeakerMention(mention: Mention): boolean {
  if (mention.deferred) return true;
  // On tokens, without building the name: a word with a letter that is not a pronoun, a quantifier or a determiner.
  const s = mention.compiled.sets;
  const words = mention.tokens.filter((t) => t.kind === 'word');
  // "was", «a été», "that": a verb or a function word names no one.
  const naming = words.filter((t) => !NOT_SPEAKERS.has(t.lower) && !s.auxiliaries.has(t.lower) && !s.passiveAuxiliaries.has(t.lower) && !s.speechVerbs.has(t.lower) && !s.reportVerbs.has(t.lower) && !(s.phraseStoppers.has(t.lower) && !t.capitalized));
  if (naming.length === 0) return false;
  return !(words.length === 2 && words[0]!.lower === 'no' && words[1]!.lower === 'one');
}
