import type { Token } from '../text/tokens';
import type { CompiledLexicon } from './lexicon/compile';
import { organisationEnd, skipDeterminers } from './organisations';
import type { SentenceView } from './phrases';

/**
 * An organisation as the source of its own decision, finding or figure, with
 * no verb of saying: the subject of the sentence's action («Le Conseil d'État
 * a décidé», "The county police is investigating"), the agent of its passive
 * («ont été dressées par la police municipale», "is being investigated by the
 * ICO"), a study's authors at work («Les chercheurs de l'université de
 * Poitiers ont suivi…»), or a source named after «a-t-on appris auprès de».
 * Persons who merely did something are not sources; only organisations and
 * authorities (and authors, for their study) are.
 */

export interface AgentPhrase {
  /** The organisation's tokens (determiner included). */
  from: number;
  to: number;
  /** The words that make it the source ("dressées par la gendarmerie", "Le Conseil d'État a décidé"). */
  evidenceFrom: number;
  evidenceTo: number;
  /** A study's authors ("les chercheurs de …"), not an organisation. */
  authors: boolean;
}

const RELATIVES = new Set(['qui', 'que', "qu'", 'dont', 'où', 'which', 'who', 'whom', 'whose', 'that', 'where', 'lorsque', 'when', 'while', 'si', 'if']);
const FR_PARTICIPLE = /(?:é|ée|és|ées|i|ie|is|ies|it|ite|its|ites|u|ue|us|ues|ert|erte|erts|ertes|ort|orte|orts|ortes|int|inte|ints|intes)$/u;
const EN_PARTICIPLE = /(?:ed|en|wn|ne)$/u;
const EN_IRREGULAR = new Set(['made', 'held', 'found', 'kept', 'sent', 'set', 'put', 'brought', 'bought', 'caught', 'told', 'built', 'hit', 'cut', 'shut', 'paid', 'led', 'run', 'won', 'lost', 'read', 'heard', 'left', 'met', 'struck', 'sold', 'spent', 'taught', 'thought']);
const AGENT_WORDS = new Set(['par', 'by']);
/** English verbs in the present that follow a plural or an organisation subject ("Forecasters at the Met Office expect"). */
const EN_PRESENT = new Set(['did', 'does', 'do', 'says', 'say', 'plans', 'plan', 'wants', 'want', 'expects', 'expect', 'warns', 'warn', 'estimates', 'estimate', 'predicts', 'predict', 'believes', 'believe', 'fears', 'fear', 'hopes', 'hope', 'thinks', 'think', 'reports', 'report', 'finds', 'find', 'shows', 'show', 'suggests', 'suggest', 'calls', 'call', 'urges', 'urge', 'recommends', 'recommend']);
/** Prepositions between authors and their institution ("chercheurs de l'université", "researchers at the University"). */
const AUTHOR_LINKS = new Set(['de', 'du', 'des', "d'", 'at', 'from', 'of']);

function isParticiple(t: Token | undefined, compiled: CompiledLexicon): boolean {
  if (!t || t.kind !== 'word' || t.capitalized || t.text.length < 3) return false;
  return compiled.lexicon.lang === 'fr' ? FR_PARTICIPLE.test(t.lower) : EN_PARTICIPLE.test(t.lower) || EN_IRREGULAR.has(t.lower);
}

/** No relative or subordinate word before `at`: the verb there belongs to the main clause. */
function mainClause(view: SentenceView, at: number): boolean {
  for (let i = 0; i < at; i++) if (RELATIVES.has(view.tokens[i]!.lower) || view.quotes.inQuote[i]) return false;
  return true;
}

/** An organisation phrase at `at` (determiners first), or null: [from, to) with the determiner, `head` after it. */
function organisationAt(view: SentenceView, at: number, compiled: CompiledLexicon): { from: number; to: number } | null {
  const head = skipDeterminers(view.tokens, at, compiled);
  const end = organisationEnd(view.text, view.tokens, head, compiled);
  return end > head ? { from: at, to: end } : null;
}

/** «…ont été dressées par la police municipale», "…is being investigated by the ICO". */
export function passiveAgent(view: SentenceView, compiled: CompiledLexicon): AgentPhrase | null {
  const { tokens } = view;
  const s = compiled.sets;
  for (let i = 0; i < tokens.length; i++) {
    if (!s.passiveAuxiliaries.has(tokens[i]!.lower) || !mainClause(view, i)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 3 && (s.passiveAuxiliaries.has(tokens[j]!.lower) || s.subjectFillers.has(tokens[j]!.lower))) j++;
    if (!isParticiple(tokens[j], compiled)) continue;
    for (let k = j + 1; k < tokens.length && k - j <= 10; k++) {
      const t = tokens[k]!;
      if (t.kind === 'mark' && t.text !== ',') break;
      if (!AGENT_WORDS.has(t.lower)) continue;
      const agent = organisationAt(view, k + 1, compiled);
      if (agent) return { ...agent, evidenceFrom: j, evidenceTo: agent.to, authors: false };
      break;
    }
    return null;
  }
  return null;
}

/**
 * Where the sentence's subject starts: after a leading adverbial that ends
 * with a comma («Au total, …», "On Monday, …") or a dateline («STRASBOURG,
 * 12 janvier 2024 - …»).
 */
function subjectStart(view: SentenceView, compiled: CompiledLexicon): number {
  const { tokens, text } = view;
  for (let i = 0; i < tokens.length && i < 10; i++) {
    const t = tokens[i]!;
    // A dateline's dash: " - ", " – ", " — " after capitals, numbers and commas.
    const gap = i > 0 ? text.slice(tokens[i - 1]!.end, t.start) : '';
    if (i > 0 && /\s[-–—]\s/u.test(gap)) return i;
  }
  // A leading adverbial: short, or opening on a preposition («En raison du taux élevé de…, l'administration…»).
  const prepositional = tokens[0] !== undefined && compiled.sets.phraseStoppers.has(tokens[0].lower);
  const reach = prepositional ? 25 : 7;
  for (let i = 0; i < tokens.length && i < reach; i++) {
    if (tokens[i]!.text === ',') return i + 1;
    if (tokens[i]!.kind === 'mark' && tokens[i]!.text !== '(' && tokens[i]!.text !== ')') break;
  }
  return 0;
}

/** A verb after an organisation: an auxiliary, or in English a past form or an event verb ("The SAG awards" is no verb). */
function isVerbAfterSubject(t: Token | undefined, compiled: CompiledLexicon): boolean {
  const s = compiled.sets;
  if (!t || t.kind !== 'word' || t.capitalized) return false;
  if (s.auxiliaries.has(t.lower) || s.passiveAuxiliaries.has(t.lower)) return true;
  if (s.predictionWords.has(t.lower) || s.determiners.has(t.lower) || s.phraseConnectors.has(t.lower) || s.phraseStoppers.has(t.lower)) return false;
  if (compiled.lexicon.lang === 'fr') return !FR_PARTICIPLE.test(t.lower) || t.lower.endsWith('it');
  return /ed$/u.test(t.lower) || EN_IRREGULAR.has(t.lower) || EN_PRESENT.has(t.lower);
}

/**
 * «Le Conseil d'État a décidé…», "The county police is investigating…",
 * «Les chercheurs de l'université de Poitiers ont suivi…»: an organisation (or
 * a study's authors) opening the sentence, followed by its verb.
 */
export function organisationSubject(view: SentenceView, compiled: CompiledLexicon): AgentPhrase | null {
  const { tokens } = view;
  const s = compiled.sets;
  // Quoted words belong to a speaker: a sentence that quotes is not an organisation's own act.
  if (view.quotes.quotations.length > 0) return null;
  for (const start of new Set([0, subjectStart(view, compiled)])) {
    const head = skipDeterminers(tokens, start, compiled);
    const first = tokens[head];
    if (!first || first.kind !== 'word') continue;
    let phrase: { from: number; to: number } | null = null;
    let authors = false;
    const people = s.authorNouns.has(first.lower) || s.professions.has(first.lower) || s.roles.has(first.lower);
    if (people) {
      // «Les chercheurs de l'université de Poitiers», "Researchers at the University of Leeds", "Forecasters at the
      // Met Office": people of an organisation speak for it; «les auteurs» alone are a study's authors.
      let k = head + 1;
      if (AUTHOR_LINKS.has(tokens[k]?.lower ?? '')) {
        k++;
        while (k < tokens.length && (s.determiners.has(tokens[k]!.lower) || s.phraseConnectors.has(tokens[k]!.lower))) k++;
        const end = organisationEnd(view.text, tokens, k, compiled);
        if (end > k) phrase = { from: start, to: end };
      } else if (head > start && s.authorNouns.has(first.lower)) phrase = { from: start, to: head + 1 };
      authors = phrase !== null && s.authorNouns.has(first.lower);
    }
    phrase ??= organisationAt(view, start, compiled);
    if (!phrase) continue;
    let v = phrase.to;
    // "(ANSS)", "(NOAA)", «(Espagne)»: what the brackets add to the name.
    if (tokens[v]?.text === '(' && tokens[v + 2]?.text === ')') v += 3;
    if (tokens[v]?.text === ',' && isVerbAfterSubject(tokens[v + 1], compiled)) v++;
    // «L'équipe, dirigée par la chimiste Hélène Martel, a testé…»: an apposition between commas before the verb.
    else if (tokens[v]?.text === ',') {
      let c = v + 1;
      while (c < tokens.length && c - v <= 12 && tokens[c]!.text !== ',' && !view.quotes.inQuote[c]) c++;
      if (tokens[c]?.text === ',' && isVerbAfterSubject(tokens[c + 1], compiled)) v = c + 1;
    }
    while (v < tokens.length && (s.subjectFillers.has(tokens[v]!.lower) || s.dateWords.has(tokens[v]!.lower))) v++;
    if (!isVerbAfterSubject(tokens[v], compiled)) {
      // «Le canton de Berne et les distributeurs … ont demandé», «Les entreprises … en libre-service sans ancrage ont enregistré»:
      // the verb comes after a coordinated or longer subject, with no punctuation between.
      let k = v;
      while (k < tokens.length && k - v < 10 && tokens[k]!.kind === 'word' && !s.auxiliaries.has(tokens[k]!.lower)) k++;
      if (k - v >= 10 || !s.auxiliaries.has(tokens[k]?.lower ?? '')) continue;
      if (!s.phraseStoppers.has(tokens[v]!.lower)) continue;
      if (tokens[v]!.lower !== 'et' && tokens[v]!.lower !== 'and') phrase = { from: phrase.from, to: k };
      v = k;
    }
    return { ...phrase, evidenceFrom: phrase.from, evidenceTo: v + 1, authors };
  }
  return null;
}

/** «…, a-t-on appris auprès d'Enedis»: a source named after the words that introduce it. */
export function laterSource(view: SentenceView, compiled: CompiledLexicon): AgentPhrase | null {
  const { tokens } = view;
  if (!tokens.some((t) => compiled.sourcePrepositionStarts.has(t.lower))) return null;
  for (const phrase of compiled.sourcePrepositions) {
    for (let i = 0; i + phrase.length < tokens.length; i++) {
      let match = true;
      for (let j = 0; j < phrase.length && match; j++) if (tokens[i + j]!.lower !== phrase[j]) match = false;
      if (!match || view.quotes.inQuote[i]) continue;
      const at = i + phrase.length;
      const organisation = organisationAt(view, at, compiled);
      const named = tokens[at]?.capitalized ? { from: at, to: nameEnd(tokens, at) } : null;
      const found = organisation ?? named;
      if (found) return { ...found, evidenceFrom: Math.max(0, i - 2), evidenceTo: found.to, authors: false };
    }
  }
  return null;
}

function nameEnd(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k < tokens.length && tokens[k]!.kind === 'word' && tokens[k]!.capitalized) k++;
  return k;
}

