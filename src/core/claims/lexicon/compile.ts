import { tokenize } from '../../text/tokens';
import type { ClaimLexicon } from './types';

/** The lexicon categories that are looked up in a sentence's tokens. */
export const CATEGORIES = [
  'speechVerbs',
  'reportVerbs',
  'according',
  'prediction',
  'numberWords',
  'harm',
  'comparison',
  'superlative',
  'quantity',
  'units',
  'dateWords',
  'institutions',
  'policy',
  'eventVerbs',
  'opinion',
  'boilerplate',
  'backReferences',
  'roles',
] as const satisfies readonly (keyof ClaimLexicon)[];
export type Category = (typeof CATEGORIES)[number];

const GAP = '…';
const MAX_GAP = 6;

interface Entry {
  category: Category;
  tokens: string[];
}

/** A lexicon hit: the category and the token range [from, to) it covers. */
export interface LexiconHit {
  category: Category;
  from: number;
  to: number;
}

/** A lexicon turned into one map from first word to entries, so a sentence costs one lookup per token. */
export interface CompiledLexicon {
  lexicon: ClaimLexicon;
  first: Map<string, Entry[]>;
  sets: {
    auxiliaries: ReadonlySet<string>;
    determiners: ReadonlySet<string>;
    possessives: ReadonlySet<string>;
    titles: ReadonlySet<string>;
    phraseStoppers: ReadonlySet<string>;
    phraseConnectors: ReadonlySet<string>;
    documentNouns: ReadonlySet<string>;
    nonAgents: ReadonlySet<string>;
    agentPrepositions: ReadonlySet<string>;
    notNames: ReadonlySet<string>;
    roles: ReadonlySet<string>;
    personPronouns: ReadonlySet<string>;
    pluralPronouns: ReadonlySet<string>;
    speechVerbs: ReadonlySet<string>;
    reportVerbs: ReadonlySet<string>;
    eventAuxiliaries: ReadonlySet<string>;
    futureExceptions: ReadonlySet<string>;
    dateWords: ReadonlySet<string>;
    institutions: ReadonlySet<string>;
    predictionWords: ReadonlySet<string>;
    subjectFillers: ReadonlySet<string>;
    participlePrepositions: ReadonlySet<string>;
    invertibleVerbs: ReadonlySet<string>;
    leadingAccording: ReadonlySet<string>;
    organisations: ReadonlySet<string>;
    professions: ReadonlySet<string>;
    indefinites: ReadonlySet<string>;
    passiveAuxiliaries: ReadonlySet<string>;
    authorNouns: ReadonlySet<string>;
    journalNouns: ReadonlySet<string>;
    continuationVerbs: ReadonlySet<string>;
  };
  /** Words before a source named at the end of a sentence, as token lists, and their first words. */
  sourcePrepositions: string[][];
  sourcePrepositionStarts: ReadonlySet<string>;
  /** Multi-word fillers ("pour sa part") as token lists, longest first. */
  fillers: string[][];
  /** Future-tense endings, with the set of their last characters for a cheap first test. */
  futureSuffixes: { list: string[]; lastChars: ReadonlySet<number> };
}

const cache = new WeakMap<ClaimLexicon, CompiledLexicon>();

export function compileLexicon(lexicon: ClaimLexicon): CompiledLexicon {
  const known = cache.get(lexicon);
  if (known) return known;
  const first = new Map<string, Entry[]>();
  for (const category of CATEGORIES) {
    for (const phrase of lexicon[category]) {
      const tokens = phraseTokens(phrase);
      if (tokens.length === 0) continue;
      const list = first.get(tokens[0]!) ?? [];
      list.push({ category, tokens });
      first.set(tokens[0]!, list);
    }
  }
  for (const list of first.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  const s = (words: string[]): ReadonlySet<string> => new Set(words.map((w) => w.toLowerCase()));
  const compiled: CompiledLexicon = {
    lexicon,
    first,
    sets: {
      auxiliaries: s(lexicon.auxiliaries),
      determiners: s(lexicon.determiners),
      possessives: s(lexicon.possessives),
      titles: s(lexicon.titles),
      phraseStoppers: s(lexicon.phraseStoppers),
      phraseConnectors: s(lexicon.phraseConnectors),
      documentNouns: s(lexicon.documentNouns),
      nonAgents: s(lexicon.nonAgents),
      agentPrepositions: s(lexicon.agentPrepositions),
      notNames: s(lexicon.notNames),
      roles: s(lexicon.roles),
      personPronouns: s(lexicon.personPronouns),
      pluralPronouns: s(lexicon.pluralPronouns),
      speechVerbs: s(lexicon.speechVerbs),
      reportVerbs: s(lexicon.reportVerbs),
      eventAuxiliaries: s(lexicon.eventAuxiliaries),
      futureExceptions: s(lexicon.futureExceptions),
      dateWords: s(lexicon.dateWords),
      institutions: s(lexicon.institutions),
      predictionWords: s(lexicon.prediction),
      subjectFillers: s(lexicon.subjectFillers),
      participlePrepositions: s(lexicon.participlePrepositions),
      invertibleVerbs: s(lexicon.invertibleVerbs),
      leadingAccording: s(lexicon.leadingAccording),
      organisations: s(lexicon.organisations),
      professions: s(lexicon.professions),
      indefinites: s(lexicon.indefinites),
      passiveAuxiliaries: s(lexicon.passiveAuxiliaries),
      authorNouns: s(lexicon.authorNouns),
      journalNouns: s(lexicon.journalNouns),
      continuationVerbs: s(lexicon.continuationVerbs),
    },
    sourcePrepositions: lexicon.sourcePrepositions.map(phraseTokens).filter((t) => t.length > 0),
    sourcePrepositionStarts: new Set(lexicon.sourcePrepositions.map(phraseTokens).filter((t) => t.length > 0).map((t) => t[0]!)),
    fillers: lexicon.attributionFillers.map(phraseTokens).filter((t) => t.length > 0).sort((a, b) => b.length - a.length),
    futureSuffixes: { list: lexicon.futureSuffixes, lastChars: new Set(lexicon.futureSuffixes.map((x) => x.charCodeAt(x.length - 1))) },
  };
  cache.set(lexicon, compiled);
  return compiled;
}

function phraseTokens(phrase: string): string[] {
  const out: string[] = [];
  for (const part of phrase.split(/\s+/)) {
    if (part === GAP) out.push(GAP);
    // An elided article written alone ("d'", "l'", "qu'") is one token in text ("d'après" → "d'", "après"); tokenize drops its apostrophe.
    else if (/^\p{L}+['’]$/u.test(part)) out.push(part.toLowerCase().replace('’', "'"));
    else if (part) for (const t of tokenize(part)) out.push(t.lower);
  }
  return out;
}

/** Every lexicon phrase found in the tokens (lower-cased words), longest match first at each position. */
export function findLexiconHits(compiled: CompiledLexicon, lower: readonly string[]): LexiconHit[] {
  const hits: LexiconHit[] = [];
  for (let i = 0; i < lower.length; i++) {
    const entries = compiled.first.get(lower[i]!);
    if (!entries) continue;
    for (const e of entries) {
      const to = matchAt(e.tokens, lower, i);
      if (to > 0) hits.push({ category: e.category, from: i, to });
    }
  }
  return hits;
}

/** Returns the end index of a match of `phrase` at `i`, or 0. */
function matchAt(phrase: readonly string[], lower: readonly string[], i: number): number {
  let p = 1;
  let j = i + 1;
  while (p < phrase.length) {
    const want = phrase[p]!;
    if (want === GAP) {
      const after = phrase[p + 1];
      if (after === undefined) return j;
      let k = j;
      while (k < lower.length && k - j <= MAX_GAP && lower[k] !== after) k++;
      if (k >= lower.length || k - j > MAX_GAP) return 0;
      j = k + 1;
      p += 2;
      continue;
    }
    if (lower[j] !== want) return 0;
    p++;
    j++;
  }
  return j;
}
