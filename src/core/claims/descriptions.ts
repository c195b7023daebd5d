import { tokenize, type Token } from '../text/tokens';
import type { Attribution, AttributionContext, Mention } from './attribution';
import type { SpeakerRegistry } from './coreference';
import type { CompiledLexicon } from './lexicon/compile';
import { studyAuthors } from './context-sources';
import { isOrganisationWord } from './organisations';

/**
 * Descriptions as speakers: «…, écrit l'agence», "the commission said", «Pour
 * la toxicologue, …», "a spokeswoman said". A description is the person or
 * organisation it describes, found as the article is read (so "l'agence" is
 * the agency named before it, not one named later):
 * - an organisation noun ("l'agence", "the council") → the most recent
 *   organisation whose name holds it; a generic one ("the agency") → the
 *   organisation named most recently;
 * - a role or a profession ("la toxicologue", "the engineer") → the person
 *   it was given to ("la toxicologue Anne Ribeiro"); a profession never given
 *   → the person quoted last, if recent;
 * - a bare spokesperson → the organisation the sentence or the one before is about.
 * Anything else, or a description nothing answers, stays as written.
 */

/** Organisation nouns that may stand for any organisation ("the agency" for the NOAA). */
const GENERIC_ORGANISATIONS = new Set(['agence', 'agency', 'organisation', 'organization', 'organisme', 'institution', 'body', 'autorité', 'authority', 'regulator', 'régulateur']);
const SPOKESPEOPLE = new Set(['porte-parole', 'spokesman', 'spokeswoman', 'spokesperson', 'représentant', 'représentante', 'representative']);

const PLURAL = /[sx]$/u;
const GROUPS = new Set(['équipe', 'team']);

/** How many sentences back a description may reach for the organisation or person it stands for. */
const REACH = 4;
/** A profession nobody was introduced with reaches only the person quoted one or two sentences before. */
const PROFESSION_REACH = 2;

/** A mention of a name found in the article, as if it had been written there. */
export function mentionOfName(name: string, compiled: CompiledLexicon): Mention {
  return { text: name, tokens: tokenize(name), compiled, resolved: null };
}

/** "a spokesman for the commission" → "the commission": the organisation phrase a spokesperson is given with. */
function spokespersonFor(tokens: readonly Token[], compiled: CompiledLexicon): Token[] | null {
  const k = tokens.length - withoutDeterminers(tokens, compiled).length;
  if (!SPOKESPEOPLE.has(tokens[k]?.lower ?? '')) return null;
  const link = tokens[k + 1]?.lower ?? '';
  if (link !== 'for' && link !== 'of' && !compiled.sets.phraseConnectors.has(link)) return null;
  const rest = tokens.slice(k + 2);
  return rest.some((t) => isOrganisationWord(t, compiled) || t.capitalized) ? rest : null;
}

function withoutDeterminers(tokens: readonly Token[], compiled: CompiledLexicon): Token[] {
  let k = 0;
  while (k < tokens.length && (compiled.sets.determiners.has(tokens[k]!.lower) || compiled.sets.possessives.has(tokens[k]!.lower))) k++;
  return tokens.slice(k);
}

/** The mention's words after its determiners, when they are all lower-case words: a description, not a name. */
function descriptionWords(tokens: readonly Token[], compiled: CompiledLexicon): Token[] | null {
  const rest = withoutDeterminers(tokens, compiled);
  if (rest.length === 0 || rest.length > 3) return null;
  for (const t of rest) if (t.kind !== 'word' || t.capitalized) return null;
  return rest;
}

export function resolveDescription(a: Attribution, compiled: CompiledLexicon, registry: SpeakerRegistry, context: AttributionContext, sentenceOrganisation: () => Mention | null): Attribution {
  const s = compiled.sets;
  const spokesperson = spokespersonFor(a.mention.tokens, compiled);
  if (spokesperson && !registry.personFor(withoutDeterminers(a.mention.tokens, compiled).map((t) => t.lower).join(' '))) {
    // "a spokesman for the commission", «le porte-parole de la préfecture»: the organisation they speak for,
    // unless the article named that spokesperson («le porte-parole du Kremlin, Dmitri Peskov»).
    const inner: Attribution = { ...a, mention: { ...a.mention, tokens: spokesperson } };
    const resolved = resolveDescription(inner, compiled, registry, context, sentenceOrganisation);
    if (resolved !== inner) return resolved;
    return spokesperson.some((t) => t.capitalized) ? inner : a;
  }
  const words = descriptionWords(a.mention.tokens, compiled);
  if (!words) return a;
  const lowers = words.map((t) => t.lower);
  const replace = (name: string | null): Attribution => (name ? { ...a, mention: mentionOfName(name, compiled) } : a);

  if (lowers.length === 1 && SPOKESPEOPLE.has(lowers[0]!)) {
    const organisation = sentenceOrganisation();
    if (organisation) return { ...a, mention: organisation };
    return replace(registry.lastOrganisation(1));
  }
  // «les auteurs», "the researchers": the authors of the study read last.
  // A singular one («la chercheuse», "the researcher") is a person: the professions below.
  if (lowers.length === 1 && s.authorNouns.has(lowers[0]!) && (PLURAL.test(lowers[0]!) || GROUPS.has(lowers[0]!))) {
    const authors = studyAuthors(context);
    return authors ? { ...a, mention: authors } : a;
  }
  const organisationNoun = words.find((t) => isOrganisationWord(t, compiled));
  if (organisationNoun) {
    const named = registry.organisationFor(lowers.filter((w) => !s.phraseConnectors.has(w)));
    if (named) return replace(named);
    if (lowers.length === 1 && GENERIC_ORGANISATIONS.has(lowers[0]!)) return replace(registry.lastOrganisation(REACH));
    return a;
  }
  const head = lowers[0]!;
  if (!s.roles.has(head) && !s.professions.has(head)) return a;
  const person = registry.personFor(lowers.join(' ')) ?? registry.personFor(head);
  if (person) return replace(person);
  // "La chercheuse estime", "the scientist said": a profession nobody was introduced with is the person quoted last.
  if (s.professions.has(head) && lowers.length === 1 && context.lastQuote && context.index - context.lastQuoteIndex <= PROFESSION_REACH) return { ...a, mention: context.lastQuote.mention };
  return a;
}
