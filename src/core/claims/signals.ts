import { tokenize, type Token } from '../text/tokens';
import { findLexiconHits, type Category, type CompiledLexicon, type LexiconHit } from './lexicon/compile';
import { isAcronym, nameRuns } from './names';
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
  /** The words that triggered it. */
  evidence: string | null;
  /** How many times it fired (named entities, numbers). */
  count: number;
}

export interface AnalyzedSentence {
  text: string;
  tokens: Token[];
  /** Lower-cased tokens with French "-t-il" enclitics removed, for lexicon lookups. */
  lower: string[];
  quotes: QuoteLayout;
  hits: LexiconHit[];
  signals: Signal[];
  words: number;
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

export function analyzeSentence(text: string, compiled: CompiledLexicon, lang: string): AnalyzedSentence {
  const tokens = tokenize(text);
  const lower = tokens.map((t) => (t.kind === 'word' && t.lower.includes('-') ? t.lower.replace(ENCLITIC, '') : t.lower));
  const quotes = layoutQuotes(tokens, lang);
  const hits = findLexiconHits(compiled, lower);
  const found = new Map<SignalCode, Signal>();
  const add = (code: SignalCode, evidence: string | null, count = 1): void => {
    const s = found.get(code);
    if (s) s.count += count;
    else found.set(code, { code, evidence, count });
  };
  const slice = (from: number, to: number): string => text.slice(tokens[from]!.start, tokens[to - 1]!.end);

  let words = 0;
  for (const t of tokens) if (t.kind !== 'mark') words++;

  for (const q of quotes.quotations) {
    // “The Irishman”, “Once Upon A Time in Hollywood”: a title in quotation marks quotes no one.
    if (isTitle(tokens, q.from, q.to)) continue;
    const quoted = q.from < q.to ? slice(q.from, q.to) : '';
    add(q.words >= 3 ? 'direct-quote' : 'short-quote', clip(quoted));
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
    add(code, h.category === 'units' ? slice(h.from - 1, h.to) : slice(h.from, h.to));
  }

  const future = compiled.lexicon.futureSuffixes;
  // "Il a fait savoir qu'il ne démissionnerait pas": a conditional after a reporting verb is reported speech, not a prediction.
  const firstReporting = hits.find((h) => (h.category === 'speechVerbs' || h.category === 'reportVerbs') && !quotes.inQuote[h.from])?.from ?? Infinity;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'number') {
      if (YEAR.test(t.text) || DATE_NUMBER.test(t.text) || isDayOfMonth(tokens, i, compiled, lang) || TIME_UNIT.test(tokens[i + 1]?.lower ?? '')) add('date', t.text);
      else add('number', t.text);
      continue;
    }
    if (t.kind !== 'word') continue;
    if (future.length > 0 && t.text.length >= 5 && !t.capitalized && !compiled.sets.futureExceptions.has(t.lower)) {
      for (const suffix of future) {
        if (lower[i]!.endsWith(suffix)) {
          const conditional = /aient$|ait$/.test(lower[i]!);
          if (!(conditional && i > firstReporting && !quotes.inQuote[i])) add('prediction', t.text);
          break;
        }
      }
    }
    if (compiled.sets.eventAuxiliaries.has(t.lower)) {
      const next = tokens[i + 1];
      const participle = lang.startsWith('fr') ? FR_PARTICIPLE : EN_PARTICIPLE;
      const reporting = next && (compiled.sets.speechVerbs.has(next.lower) || compiled.sets.reportVerbs.has(next.lower));
      if (next && next.kind === 'word' && next.text.length > 3 && !reporting && participle.test(next.lower)) add('event', `${t.text} ${next.text}`);
    }
    if (isAcronym(t) && i > 0) add('institution', t.text);
  }

  const runs = nameRuns(tokens, compiled, 0, false);
  if (runs.length > 0) add('named-entity', slice(runs[0]!.from, runs[0]!.to), runs.length);

  const trimmed = text.trimEnd();
  const last = trimmed[trimmed.length - 1] ?? '';
  if (last === '?' && !quotes.inQuote[tokens.length - 2]) add('question', null);
  if (words < 6) add('short', null);
  if (!/[.!?…»”")]/.test(last) && words < 15) add(hasVerb(tokens, lower, hits, compiled) ? 'unpunctuated' : 'fragment', null);
  if (CODE.test(text)) add('boilerplate', 'code');

  return { text, tokens, lower, quotes, hits, signals: [...found.values()], words };
}

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
