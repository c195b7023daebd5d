import type { Token } from '../text/tokens';
import type { CompiledLexicon, LexiconHit } from './lexicon/compile';
import type { NameRun } from './names';
import { hasOrganisationWord, organisationEnd } from './organisations';
import type { QuoteLayout } from './quoting';

/**
 * Noun-phrase helpers for attribution: where a speaker phrase starts and ends
 * around a reporting verb. Heuristics on tokens and lexicon words only (no
 * part-of-speech tagger): a phrase stops at punctuation, at stop words
 * ("qui", "dont", "which", "during") and at dates.
 */

export interface SentenceView {
  text: string;
  tokens: readonly Token[];
  quotes: QuoteLayout;
  hits: readonly LexiconHit[];
  /** A figure written in digits that is not a date (see SentenceFacts). */
  figures?: boolean;
  /** The sentence's proper-name runs, when already computed. */
  runs?: readonly NameRun[];
}

/** A noun phrase can start here: a name, a title, a determiner, a possessive, a role or a pronoun. */
export function startsPhrase(t: Token, compiled: CompiledLexicon): boolean {
  if (t.kind !== 'word') return false;
  const s = compiled.sets;
  return t.capitalized || s.determiners.has(t.lower) || s.possessives.has(t.lower) || s.roles.has(t.lower) || s.titles.has(t.lower) || isPronoun(t, compiled);
}

export function isPronoun(t: Token, compiled: CompiledLexicon): boolean {
  return compiled.sets.personPronouns.has(t.lower) || compiled.sets.pluralPronouns.has(t.lower);
}

/**
 * End (exclusive) of the noun phrase starting at `from`: stops at punctuation, stop words and dates; at most 8 tokens.
 * An organisation's name runs longer and across "et"/"and" ("l'Agence de l'environnement et de la maîtrise de l'énergie").
 */
export function phraseEnd(view: SentenceView, from: number, compiled: CompiledLexicon): number {
  const plain = plainPhraseEnd(view, from, compiled);
  let head = from;
  while (head < view.tokens.length && compiled.sets.determiners.has(view.tokens[head]!.lower)) head++;
  const organisation = organisationEnd(view.text, view.tokens, head, compiled);
  return organisation > plain ? organisation : plain;
}

function plainPhraseEnd(view: SentenceView, from: number, compiled: CompiledLexicon): number {
  const { tokens } = view;
  let k = from;
  while (k < tokens.length && k - from < 8) {
    const t = tokens[k]!;
    if (t.kind === 'mark') break;
    if (k > from && !joined(view, tokens[k - 1]!, t, compiled)) break;
    if (k > from && compiled.sets.phraseStoppers.has(t.lower) && !compiled.sets.phraseConnectors.has(t.lower)) break;
    if (k > from && (compiled.sets.dateWords.has(t.lower) || compiled.sets.subjectFillers.has(t.lower))) break;
    k++;
  }
  // A phrase never ends on a connector ("porte-parole du").
  while (k > from && compiled.sets.phraseConnectors.has(tokens[k - 1]!.lower)) k--;
  return k;
}

/** Two tokens of one phrase: only spaces between them, or the period of a title ("M. Kim", "Dr. Ho"). */
export function joined(view: SentenceView, a: Token, b: Token, compiled: CompiledLexicon): boolean {
  const gap = view.text.slice(a.end, b.start);
  if (gap.trim() === '') return true;
  return gap.trim() === '.' && (compiled.sets.titles.has(a.lower) || (a.text.length === 1 && a.capitalized));
}

export interface SubjectPhrase {
  from: number;
  to: number;
  /** The subject is a lone pronoun ("he said", "elle estime"). */
  pronoun: boolean;
  /** The search stopped at "et"/"and": the verb shares the subject of an earlier clause. */
  coordinated: boolean;
}

/**
 * The subject phrase ending right before a verb group starting at `verbStart`:
 * "Washington craint", "le porte-parole du Kremlin, Dmitri Peskov, avait indiqué",
 * "Dr Anthony Fauci, a key member of the task force, told" (the name, not the apposition).
 * Null when what precedes cannot be a subject ("the upper estimate", "42 states").
 */
export function subjectBefore(view: SentenceView, verbStart: number, compiled: CompiledLexicon): SubjectPhrase | null {
  const { tokens } = view;
  const s = compiled.sets;
  let k = verbStart - 1;
  if (tokens[k]?.text === ',') k--;
  // "officials this week said", "Berne a aussi estimé": time words are not the subject.
  while (k >= 0 && (s.subjectFillers.has(tokens[k]!.lower) || s.dateWords.has(tokens[k]!.lower))) k--;
  // "L'Office fédéral de l'environnement (OFEV) avait révélé", "Jan Hamáček (ČSSD) avait estimé": the name before the brackets.
  let bracket: SubjectPhrase | null = null;
  if (tokens[k]?.text === ')' && tokens[k - 2]?.text === '(' && tokens[k - 1]?.kind === 'word') {
    bracket = { from: k - 1, to: k, pronoun: false, coordinated: false };
    k -= 3;
  }
  const end = k + 1;
  const last = tokens[k];
  if (!last || last.kind !== 'word') return bracket;
  // "The National Institute of Standards and Technology (NIST) recently stated", "the regional fire and rescue service said":
  // an organisation's whole name, across its "and", is the subject.
  const organisation = organisationBefore(view, end, compiled);
  if (organisation >= 0) return { from: organisation, to: end, pronoun: false, coordinated: false };
  // A determiner, a possessive or a number right before: the "verb" is a noun ("the upper estimate", "42 states", "the state's confirmed").
  if ((!last.capitalized && (s.determiners.has(last.lower) || s.possessives.has(last.lower))) || /['’]s$/.test(last.lower)) return null;
  if (isPronoun(last, compiled)) return { from: k, to: end, pronoun: true, coordinated: false };
  let coordinated = false;
  let boundary = -1;
  while (k >= 0) {
    const t = tokens[k]!;
    if (t.kind === 'mark' || t.lower === "qu'" || t.lower === 'que' || t.lower === 'that') {
      boundary = k;
      break;
    }
    if (s.phraseStoppers.has(t.lower) && !s.phraseConnectors.has(t.lower)) {
      // "officials at the institution said": a preposition after a role stays inside the subject.
      const prev = tokens[k - 1];
      if (prev && (s.roles.has(prev.lower) || s.institutions.has(prev.lower) || s.organisations.has(prev.lower) || s.professions.has(prev.lower)) && PREPOSITIONS_IN_SUBJECT.has(t.lower)) {
        k--;
        continue;
      }
      coordinated = t.lower === 'et' || t.lower === 'and';
      break;
    }
    if (end - k > 12) return null;
    k--;
  }
  let from = k + 1;
  if (from >= end) return coordinated ? { from, to: end, pronoun: false, coordinated } : bracket;
  // "Fauci, a key member of …, told": an apposition between commas; the subject is the name before it.
  // "le tabloïd Blesk" ends on its name and is the subject; "a key member of the White House's task force" is an apposition.
  const headIsName = tokens[end - 1]!.capitalized && !s.notNames.has(tokens[end - 1]!.lower);
  // "Tom Whitfield, of the University of Leeds, said", "Sarah Quinn, chief economist at Harbour Analytics, said": an
  // apposition that opens on a preposition or a role describes the name before the comma, whatever it ends on.
  const opener = tokens[from];
  const describing = opener !== undefined && !opener.capitalized && (APPOSITION_PREPOSITIONS.has(opener.lower) || s.roles.has(opener.lower) || s.professions.has(opener.lower));
  if ((!headIsName || describing) && boundary >= 0 && tokens[boundary]!.text === ',' && ((s.determiners.has(opener?.lower ?? '') && !opener!.capitalized) || describing)) {
    const nameEnd = boundary;
    let n = nameEnd - 1;
    while (n >= 0 && tokens[n]!.kind === 'word' && (tokens[n]!.capitalized || s.titles.has(tokens[n]!.lower))) n--;
    if (n + 1 < nameEnd) return { from: n + 1, to: nameEnd, pronoun: false, coordinated: false };
  }
  if (!plausibleSubject(tokens, from, end, compiled)) return bracket;
  // Drop leading words that cannot open a noun phrase ("Speaking through an interpreter he" is handled as a pronoun above).
  while (from < end && !startsPhrase(tokens[from]!, compiled) && !s.institutions.has(tokens[from]!.lower)) from++;
  return from < end ? { from, to: end, pronoun: false, coordinated } : null;
}

const PREPOSITIONS_IN_SUBJECT = new Set(['at', 'from', 'in', 'à', 'au', 'aux', 'chez']);
const APPOSITION_PREPOSITIONS = new Set(['of', 'from', 'at', 'de', 'du', 'des', "d'"]);

/**
 * Start of the longest organisation phrase that ends exactly at `end` and
 * starts a clause (after a determiner, a mark or "que"), or -1.
 */
function organisationBefore(view: SentenceView, end: number, compiled: CompiledLexicon): number {
  const { tokens } = view;
  const s = compiled.sets;
  // Most subjects are no organisation: without an organisation word before the verb there is nothing to look for.
  if (!hasOrganisationWord(tokens, Math.max(0, end - 14), end, compiled)) return -1;
  let found = -1;
  for (let p = end - 1; p >= 0 && end - p <= 14; p--) {
    const t = tokens[p]!;
    if (t.kind === 'mark') break;
    if (s.determiners.has(t.lower) || s.possessives.has(t.lower)) continue;
    // The phrase (with its determiner) must open a clause: "a key member of the White House's task force" is an apposition's complement.
    let q = p - 1;
    while (q >= 0 && (s.determiners.has(tokens[q]!.lower) || s.possessives.has(tokens[q]!.lower))) q--;
    const before = tokens[q];
    const opens = !before || before.kind === 'mark' || before.lower === 'que' || before.lower === "qu'" || before.lower === 'that';
    if (opens && organisationEnd(view.text, tokens, p, compiled) === end) found = p;
  }
  return found;
}

/** A subject names someone: a name, a role, an institution; and holds no verb of its own. */
function plausibleSubject(tokens: readonly Token[], from: number, to: number, compiled: CompiledLexicon): boolean {
  const s = compiled.sets;
  let named = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (s.auxiliaries.has(t.lower) || s.eventAuxiliaries.has(t.lower) || s.speechVerbs.has(t.lower) || s.reportVerbs.has(t.lower) || s.predictionWords.has(t.lower)) return false;
    if (t.kind === 'number') continue;
    if ((t.capitalized && !s.notNames.has(t.lower)) || s.roles.has(t.lower) || s.institutions.has(t.lower) || s.organisations.has(t.lower) || s.professions.has(t.lower) || s.authorNouns.has(t.lower)) named = true;
  }
  return named;
}

export function skipFillers(view: SentenceView, from: number, compiled: CompiledLexicon): number {
  let k = from;
  for (;;) {
    const f = fillerStartingAt(view, k, compiled);
    if (f <= k) return k;
    k = f;
  }
}

function fillerStartingAt(view: SentenceView, at: number, compiled: CompiledLexicon): number {
  const first = view.tokens[at]?.lower;
  if (first === undefined) return at;
  // Only the fillers opening on this word can match; the first of them, in lexicon order, wins.
  for (const filler of indexFillers(compiled.fillers).byFirst.get(first) ?? []) {
    let ok = true;
    for (let j = 1; j < filler.length; j++) {
      if (view.tokens[at + j]?.lower !== filler[j]) {
        ok = false;
        break;
      }
    }
    if (ok) return at + filler.length;
  }
  return at;
}

/** Start of a filler phrase ending just before `end`, or -1. */
export function fillerEndingAt(view: SentenceView, end: number, compiled: CompiledLexicon): number {
  // One try per filler length (fillers of the same length start at the same place), longest first.
  for (const length of indexFillers(compiled.fillers).lengths) {
    const at = end - length;
    if (at < 0) continue;
    if (fillerStartingAt(view, at, compiled) === end) return at;
  }
  return -1;
}

interface FillerIndex {
  /** The fillers by their first word, each list in lexicon order. */
  byFirst: Map<string, string[][]>;
  /** The distinct lengths, in the order the fillers list them (longest first). */
  lengths: number[];
}

/** Built once per compiled lexicon: every verb of every sentence looks for fillers before and after it. */
const fillerIndexes = new WeakMap<readonly string[][], FillerIndex>();

function indexFillers(fillers: readonly string[][]): FillerIndex {
  let index = fillerIndexes.get(fillers);
  if (!index) {
    index = { byFirst: new Map(), lengths: [] };
    for (const filler of fillers) {
      if (filler.length === 0) continue;
      const list = index.byFirst.get(filler[0]!);
      if (list) list.push(filler);
      else index.byFirst.set(filler[0]!, [filler]);
      if (!index.lengths.includes(filler.length)) index.lengths.push(filler.length);
    }
    fillerIndexes.set(fillers, index);
  }
  return index;
}

/**
 * Start of an inverted subject after a reporting verb, past an adjunct:
 * "a déclaré à cette occasion le ministre de la Santé", "said on Monday Mr Smith".
 * The first title, name, or determiner + role within a few tokens; -1 if none.
 */
export function invertedSubjectStart(view: SentenceView, from: number, compiled: CompiledLexicon): number {
  const { tokens } = view;
  const s = compiled.sets;
  for (let k = from; k < tokens.length && k - from < 8; k++) {
    const t = tokens[k]!;
    if (t.kind === 'mark' && t.text !== ',') return -1;
    if (t.kind !== 'word') continue;
    if (s.titles.has(t.lower) || (t.capitalized && !s.notNames.has(t.lower))) return k;
    if ((s.determiners.has(t.lower) || s.possessives.has(t.lower)) && tokens[k + 1] && (s.roles.has(tokens[k + 1]!.lower) || s.organisations.has(tokens[k + 1]!.lower) || s.professions.has(tokens[k + 1]!.lower))) return k;
    if (k === from && (isPronoun(t, compiled) || s.roles.has(t.lower))) return k;
  }
  return -1;
}

/** A quotation opens right after the verb (“X said: «…»”, "X a déclaré que «…»"). */
export function quoteOpensAfter(view: SentenceView, at: number): boolean {
  let k = at;
  while (k < view.tokens.length && k - at < 3) {
    const t = view.tokens[k]!.text;
    if (t === '«' || t === '“' || t === '"' || t === '„') return true;
    if (t !== ':' && t !== ',' && t !== "qu'" && t !== 'que') return false;
    k++;
  }
  return false;
}

export function span(view: SentenceView, from: number, to: number): string {
  const a = view.tokens[from];
  const b = view.tokens[Math.max(from, to - 1)];
  return a && b ? view.text.slice(a.start, b.end) : '';
}
