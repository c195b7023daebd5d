import type { Token } from '../text/tokens';
import type { CompiledLexicon } from './lexicon/compile';
import { expandAcronym, isAcronym, isShortName } from './names';

/**
 * Organisations and authorities as noun phrases: "la préfecture du Var", "the
 * county police", "l'Agence de l'environnement et de la maîtrise de l'énergie",
 * "the National Institute of Standards and Technology". Heuristics on tokens and
 * the lexicon's organisation nouns (no tagger): a phrase is an organisation
 * when one of its head words is an organisation noun or an acronym.
 */

/** Acronyms of countries: a country is not an authority speaking ("The US has recorded 467,000 cases"). */
const COUNTRY_ACRONYMS = new Set(['us', 'usa', 'uk', 'uae', 'rdc', 'rfa', 'ussr', 'urss']);

export function isOrganisationWord(t: Token | undefined, compiled: CompiledLexicon): boolean {
  if (!t || t.kind !== 'word') return false;
  return compiled.sets.organisations.has(t.lower) || (isAcronym(t) && !t.opensClause && !COUNTRY_ACRONYMS.has(t.lower));
}

/** Any word of tokens[from, to) makes the phrase an organisation. */
export function hasOrganisationWord(tokens: readonly Token[], from: number, to: number, compiled: CompiledLexicon): boolean {
  for (let i = from; i < to; i++) if (isOrganisationWord(tokens[i], compiled)) return true;
  return false;
}

/** French adjectives after a head noun ("police municipale", "Office fédéral", "Agence européenne"); verbs end otherwise. */
const FR_ADJECTIVE = /(?:al|ale|ales|aux|el|elle|els|elles|ien|ienne|iens|iennes|ais|aise|aises|ain|aine|ains|aines|aire|aires|ique|iques|if|ive|ifs|ives|é|ée|és|ées|ant|ante|ants|antes|ente|entes|ois|oise|oises|éen|éenne|éens|éennes|iste|istes|eur|euse|ier|ière)$/u;

const CONJUNCTIONS = new Set(['et', 'and', '&']);
/** «Société suisse de…»: a word followed by «de» still belongs to the name (articles after it do not say so: «conteste la méthode»). */
const FR_OF = new Set(['de', 'du', 'des', "d'"]);
/** Nationality adjectives that the endings above miss («Société suisse», «Fédération russe»). */
const FR_NATIONALITIES = new Set(['suisse', 'suisses', 'belge', 'belges', 'russe', 'russes', 'tchèque', 'tchèques', 'slovaque', 'grecque', 'turque', 'basque', 'corse']);

/** Words that end any phrase: verbs, auxiliaries, stop words that are not connectors, dates, fillers. */
function endsPhrase(t: Token, compiled: CompiledLexicon): boolean {
  const s = compiled.sets;
  if (t.kind !== 'word') return true;
  if (s.auxiliaries.has(t.lower) || s.speechVerbs.has(t.lower) || s.reportVerbs.has(t.lower) || s.predictionWords.has(t.lower)) return true;
  if (s.phraseStoppers.has(t.lower) && !s.phraseConnectors.has(t.lower) && !CONJUNCTIONS.has(t.lower)) return true;
  return s.dateWords.has(t.lower) || s.subjectFillers.has(t.lower) || s.passiveAuxiliaries.has(t.lower);
}

/**
 * End (exclusive) of an organisation's name or description that starts at
 * `from` (after any determiner): capitalized words, French adjectives after the
 * head, complements ("de la santé", "of Health", "du Var"), and a conjunction
 * inside the name ("Standards and Technology", "de l'environnement et de la
 * maîtrise de l'énergie"). At most 14 tokens; `from` itself when the phrase is
 * not an organisation.
 */
export function organisationEnd(text: string, tokens: readonly Token[], from: number, compiled: CompiledLexicon): number {
  const s = compiled.sets;
  const first = tokens[from];
  // A phrase never opens on a conjunction or a determiner ("and the hospital").
  if (!first || CONJUNCTIONS.has(first.lower) || s.determiners.has(first.lower) || s.possessives.has(first.lower) || s.phraseConnectors.has(first.lower)) return from;
  let k = from;
  let organisation = false;
  let lastGood = from;
  let afterConnector = false;
  while (k < tokens.length && k - from < 14) {
    const t = tokens[k]!;
    if (k > from && text.slice(tokens[k - 1]!.end, t.start).trim() !== '') break;
    if (endsPhrase(t, compiled)) break;
    if (CONJUNCTIONS.has(t.lower)) {
      // Inside a name only: a capitalized word ("and Technology"), a complement ("et de la maîtrise"),
      // or an English modifier of the head still to come ("fire and rescue service").
      const next = tokens[k + 1];
      const inside =
        next !== undefined &&
        next.kind === 'word' &&
        ((next.capitalized && (organisation || hasOrganisationAhead(tokens, k + 1, compiled))) ||
          (organisation && s.phraseConnectors.has(next.lower)) ||
          (!organisation && compiled.lexicon.lang === 'en' && hasOrganisationAhead(tokens, k + 1, compiled)));
      if (!inside) break;
      k++;
      afterConnector = true;
      continue;
    }
    if (s.phraseConnectors.has(t.lower)) {
      k++;
      afterConnector = true;
      continue;
    }
    const word = isOrganisationWord(t, compiled);
    if (t.capitalized || word) {
      organisation ||= word;
      k++;
      lastGood = k;
      afterConnector = false;
      continue;
    }
    // A lower-case word: a French adjective after the head, a complement's noun after a connector,
    // or an English modifier before the head ("the county police", "the regional fire and rescue service").
    const french = compiled.lexicon.lang === 'fr';
    const adjective = french && organisation && (FR_ADJECTIVE.test(t.lower) || FR_NATIONALITIES.has(t.lower) || FR_OF.has(tokens[k + 1]?.lower ?? ''));
    if (afterConnector || adjective || (!organisation && !french && hasOrganisationAhead(tokens, k, compiled))) {
      k++;
      lastGood = k;
      afterConnector = false;
      continue;
    }
    break;
  }
  return organisation ? withLongForm(text, tokens, from, lastGood, compiled) : from;
}

/**
 * «l'Office central de lutte contre les atteintes à l'environnement (OCLAESP)»: a name cut short by a
 * preposition runs on to the acronym whose long form it starts.
 */
function withLongForm(text: string, tokens: readonly Token[], from: number, end: number, compiled: CompiledLexicon): number {
  for (let k = end; k < tokens.length && k - end < 12; k++) {
    const t = tokens[k]!;
    if (t.text === '(') {
      const acronym = tokens[k + 1];
      if (!acronym || tokens[k + 2]?.text !== ')' || !(isAcronym(acronym) || isShortName(acronym))) return end;
      const long = expandAcronym(text, tokens, k + 1, compiled);
      const written = text.slice(tokens[from]!.start, tokens[k - 1]!.end).replace(/\s+/g, ' ');
      return long && long.toLowerCase() === written.toLowerCase() ? k : end;
    }
    if (t.kind === 'mark') return end;
  }
  return end;
}

/** An organisation noun within the next few words, before anything that ends a phrase ("county police", "fire and rescue service"). */
function hasOrganisationAhead(tokens: readonly Token[], from: number, compiled: CompiledLexicon): boolean {
  const s = compiled.sets;
  for (let k = from; k < tokens.length && k - from < 5; k++) {
    const t = tokens[k]!;
    if (isOrganisationWord(t, compiled)) return true;
    // Modifiers only, straight before the head: "a spokesman for the commission" is a person, not an organisation.
    if ((endsPhrase(t, compiled) && !CONJUNCTIONS.has(t.lower)) || s.phraseConnectors.has(t.lower) || s.roles.has(t.lower) || s.professions.has(t.lower) || s.authorNouns.has(t.lower)) return false;
  }
  return false;
}

/** Skips determiners and possessives. */
export function skipDeterminers(tokens: readonly Token[], from: number, compiled: CompiledLexicon): number {
  let k = from;
  while (k < tokens.length && (compiled.sets.determiners.has(tokens[k]!.lower) || compiled.sets.possessives.has(tokens[k]!.lower))) k++;
  return k;
}
