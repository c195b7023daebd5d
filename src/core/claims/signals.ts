import { tokenize, type Token } from '../text/tokens';
import { findLexiconHits, type Category, type CompiledLexicon, type LexiconHit } from './lexicon/compile';
import { isAcronym, nameRuns, type NameRun } from './names';
import { layoutQuotes, type QuoteLayout } from './quoting';

/**
 * The language-independent signals of a sentence. Each is a reason a
 * fact-checker would give: a quotation, reported speech, a number, a date, a
 * comparison, a prediction, a named actor, an institution, a policy decision,
 * an event; or against: a question, an opinion, site furniture, a fragment.
 */
export const SIGNAL_CODES = [
  'direct-quote',
  'short-quote',
  'reported-speech',
  'number',
  'quantity',
  'date',
  'comparison',
  'superlative',
  'prediction',
  'named-entity',
  'institution',
  'policy',
  'event',
  'harm',
  'opinion',
  'boilerplate',
  'question',
  'short',
  'fragment',
  'unpunctuated',
] as const;
export type SignalCode = (typeof SIGNAL_CODES)[number];

export interface Signal {
  code: SignalCode;
  /**
   * Where the words that triggered it lie in the sentence ([start, end) offsets,
   * -1 when none). Kept as offsets: only suggested claims need the words as text.
   */
  start: number;
  end: number;
  /** How many times it fired (named entities, numbers). */
  count: number;
}

/** The words that triggered a signal, clipped for display. */
export function signalEvidence(text: string, s: Signal): string | null {
  return s.start < 0 ? null : clip(text.slice(s.start, s.end));
}

/** What is kept of a sentence once its tokens are dropped: enough to score, type and explain it. */
export interface SentenceFacts {
  signals: Signal[];
  words: number;
  /** Words inside quotation marks (titles excluded). */
  quotedWords: number;
  /** The sentence opens on a quotation mark. */
  opensWithQuote: boolean;
  /** A figure written in digits that is not a date ("45", "2,22"): "trois suspects" alone makes no statistic. */
  figures: boolean;
}

export function factsOf(sentence: AnalyzedSentence): SentenceFacts {
  let quotedWords = 0;
  for (const q of sentence.quotes.quotations) quotedWords += q.words;
  return { signals: sentence.signals, words: sentence.words, quotedWords, opensWithQuote: sentence.quotes.quotations[0]?.open === 0, figures: sentence.figures };
}

export interface AnalyzedSentence {
  text: string;
  tokens: Token[];
  /** Proper-name runs (computed once: signals, coreference and pronoun tracking all need them). */
  runs: NameRun[];
  /** Lower-cased tokens with French "-t-il" enclitics removed, for lexicon lookups. */
  lower: string[];
  quotes: QuoteLayout;
  hits: LexiconHit[];
  signals: Signal[];
  words: number;
  figures: boolean;
}

const CATEGORY_SIGNAL: Partial<Record<Category, SignalCode>> = {
  speechVerbs: 'reported-speech',
  reportVerbs: 'reported-speech',
  according: 'reported-speech',
  prediction: 'prediction',
  numberWords: 'number',
  harm: 'harm',
  backReferences: 'reported-speech',
  comparison: 'comparison',
  superlative: 'superlative',
  quantity: 'quantity',
  dateWords: 'date',
  institutions: 'institution',
  policy: 'policy',
  eventVerbs: 'event',
  opinion: 'opinion',
  boilerplate: 'boilerplate',
};

/** "à 16 heures", "at 6 pm": a time of day, not a quantity. */
const TIME_UNIT = /^(h|heures?|pm|am|p\.m|a\.m|o'clock|gmt|utc|hgmt)$/;
/** Script or markup shown as text: braces, semicolons and assignments a sentence never has. */
const CODE = /[{};]\s*\w+\s*[=(]|<\/?[a-z]+[\s>]|=\s*["'{(]|\)\s*\{/;
const ENCLITIC = /-(?:t-)?(?:il|elle|ils|elles|on)$/;
const YEAR = /^(1[89]\d\d|20\d\d)$/;
const DATE_NUMBER = /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$|^\d{1,2}:\d{2}$|^\d{4}[-/]\d{1,2}[-/]\d{1,2}$/;
const FR_PARTICIPLE = /(?:é|ée|és|ées|is|it|u|us|ert|ort)$/;
const EN_PARTICIPLE = /ed$/;

export function analyzeSentence(text: string, compiled: CompiledLexicon, lang: string, tokens: Token[] = tokenize(text)): AnalyzedSentence {
  const lower = new Array<string>(tokens.length);
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.lower;
    lower[i] = t.kind === 'word' && w.includes('-') ? w.replace(ENCLITIC, '') : w;
    if (t.kind !== 'mark') words++;
  }
  const quotes = layoutQuotes(tokens, lang);
  const hits = findLexiconHits(compiled, lower);
  const signals: Signal[] = [];
  // One slot per signal code, shared between sentences and emptied before returning.
  const slot = SLOTS;
  current.tokens = tokens;
  current.signals = signals;

  for (const q of quotes.quotations) {
    // “The Irishman”, “Once Upon A Time in Hollywood”: a title in quotation marks quotes no one.
    if (q.from >= q.to || isTitle(tokens, q.from, q.to)) continue;
    add(q.words >= 3 ? 'direct-quote' : 'short-quote', q.from, q.to);
  }

  for (const h of hits) {
    let code = CATEGORY_SIGNAL[h.category];
    if (h.category === 'units') {
      // "45 tonnes", "20 cas": a unit counts only after a number.
      const prev = tokens[h.from - 1];
      if (prev?.kind === 'number') code = 'quantity';
    }
    if (!code) continue;
    // Reported speech inside the quotation is the speaker's wording, not an attribution.
    if (code === 'reported-speech' && quotes.inQuote[h.from]) continue;
    if (h.category === 'units') add(code, h.from - 1, h.to);
    else add(code, h.from, h.to);
  }

  const future = compiled.futureSuffixes;
  // "Il a fait savoir qu'il ne démissionnerait pas": a conditional after a reporting verb is reported speech, not a prediction.
  let firstReporting = Infinity;
  for (const h of hits) {
    if ((h.category === 'speechVerbs' || h.category === 'reportVerbs') && !quotes.inQuote[h.from]) {
      firstReporting = h.from;
      break;
    }
  }
  const participle = lang.startsWith('fr') ? FR_PARTICIPLE : EN_PARTICIPLE;
  let figures = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'number') {
      const next = tokens[i + 1];
      if (YEAR.test(t.text) || DATE_NUMBER.test(t.text) || isDayOfMonth(tokens, i, compiled, lang) || (next !== undefined && TIME_UNIT.test(next.lower))) add('date', i, i + 1);
      else {
        add('number', i, i + 1);
        figures = true;
      }
      continue;
    }
    if (t.kind !== 'word') continue;
    const w = lower[i]!;
    if (w.length >= 5 && future.lastChars.has(w.charCodeAt(w.length - 1)) && !t.capitalized && !compiled.sets.futureExceptions.has(w)) {
      for (const suffix of future.list) {
        if (w.endsWith(suffix)) {
          const conditional = w.endsWith('ait') || w.endsWith('aient');
          if (!(conditional && i > firstReporting && !quotes.inQuote[i])) add('prediction', i, i + 1);
          break;
        }
      }
    }
    if (compiled.sets.eventAuxiliaries.has(t.lower)) {
      const next = tokens[i + 1];
      if (next && next.kind === 'word' && next.text.length > 3 && !compiled.sets.speechVerbs.has(next.lower) && !compiled.sets.reportVerbs.has(next.lower) && participle.test(next.lower)) add('event', i, i + 2);
    }
    if (i > 0 && isAcronym(t)) add('institution', i, i + 1);
  }

  const runs = nameRuns(tokens, compiled, 0, false);
  if (runs.length > 0) add('named-entity', runs[0]!.from, runs[0]!.to, runs.length);

  let e = text.length - 1;
  while (e >= 0 && text.charCodeAt(e) <= 32) e--;
  const last = e >= 0 ? text[e]! : '';
  if (last === '?' && !quotes.inQuote[tokens.length - 2]) add('question', -1, -1);
  if (words < 6) add('short', -1, -1);
  if (words < 15 && !FINAL.includes(last)) add(hasVerb(tokens, lower, hits, compiled) ? 'unpunctuated' : 'fragment', -1, -1);
  if (MAYBE_CODE.test(text) && CODE.test(text)) add('boilerplate', -1, -1);

  for (const s of signals) slot[SIGNAL_INDEX[s.code]] = undefined;
  current.tokens = NO_TOKENS;
  current.signals = [];
  return { text, tokens, runs, lower, quotes, hits, signals, words, figures };
}

const SLOTS: (Signal | undefined)[] = new Array(64).fill(undefined);
const NO_TOKENS: Token[] = [];
/** The sentence being analysed, for `add` (a module function: no closure is made per sentence). */
const current: { tokens: Token[]; signals: Signal[] } = { tokens: NO_TOKENS, signals: [] };

/** Records a signal on the sentence being analysed (a second hit of the same code only counts). */
function add(code: SignalCode, from: number, to: number, count = 1): void {
  const k = SIGNAL_INDEX[code];
  const known = SLOTS[k];
  if (known) known.count += count;
  else {
    const tokens = current.tokens;
    const start = from < 0 ? -1 : tokens[from]!.start;
    const end = from < 0 ? -1 : tokens[to - 1]!.end;
    const signal = { code, start, end, count };
    SLOTS[k] = signal;
    current.signals.push(signal);
  }
}

const SIGNAL_INDEX = Object.fromEntries(SIGNAL_CODES.map((c, i) => [c, i])) as Record<SignalCode, number>;
const FINAL = '.!?…»”")';
const MAYBE_CODE = /[{=<]/;

/** "le 12 juin", "le 1er janvier", "September 11", "11 September": a day number next to a month name. */
function isDayOfMonth(tokens: readonly Token[], i: number, compiled: CompiledLexicon, lang: string): boolean {
  const n = Number(tokens[i]!.text);
  if (!(n >= 1 && n <= 31)) return false;
  const month = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && compiled.sets.dateWords.has(t.lower);
  // French writes the day before the month ("en juin 12 pesticides" is a count); English writes either.
  if (month(tokens[i + 1]) || (tokens[i + 1]?.lower === 'er' && month(tokens[i + 2]))) return true;
  return lang.startsWith('en') && month(tokens[i - 1]);
}

/** A title in quotation marks: a few words, most of them capitalized. */
function isTitle(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  let capitals = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind === 'mark') continue;
    words++;
    if (t.capitalized || t.kind === 'number') capitals++;
  }
  return words > 0 && words <= 6 && capitals / words > 0.5;
}

/** Some word of the sentence is a verb the lexicons know (an auxiliary, a reporting or event verb, a modal). */
function hasVerb(tokens: readonly Token[], lower: readonly string[], hits: readonly LexiconHit[], compiled: CompiledLexicon): boolean {
  const s = compiled.sets;
  for (let i = 0; i < tokens.length; i++) if (s.auxiliaries.has(lower[i]!) || s.eventAuxiliaries.has(lower[i]!)) return true;
  return hits.some((h) => h.category === 'speechVerbs' || h.category === 'reportVerbs' || h.category === 'eventVerbs' || h.category === 'prediction');
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

export function hasSignal(sentence: AnalyzedSentence, code: SignalCode): boolean {
  return sentence.signals.some((s) => s.code === code);
}
