import type { TextRange } from '../model';
import { abbreviationsFor, type AbbreviationSet } from './abbreviations';
import { quotationSpans, type Span } from './quotes';

/**
 * Sentence segmentation with offsets into the text.
 *
 * A hand-written scanner rather than Intl.Segmenter: V8's segmenter breaks after
 * «M.» and «Mr.», and is quadratic on one long string. This scanner is linear,
 * treats every line break as a hard boundary, only looks at `.`, `!`, `?` and `…`,
 * and decides with abbreviation data (titles, initials, «p. ex.», «J.-C.»),
 * numbers (`3.5`, `13.9.2023` never have a space after the dot) and quotation
 * spans (a «…» that closes on the same line is never split).
 */

export interface SegmentOptions {
  /**
   * Keep a quotation that spans several sentences in one segment, with its
   * attribution («Nous discuterons… Nous avons le temps», a dit M. Poutine).
   * Default true.
   */
  keepQuotations?: boolean;
}

const CLOSERS = '»”"’\')]';
/** German closes „…“ with the mark English opens with. */
const GERMAN_CLOSERS = CLOSERS + '“';
const OPENERS_STARTING_A_SENTENCE = '«“"‘„([¿¡–—-';

export function segmentSentences(text: string, lang = 'en', options: SegmentOptions = {}): TextRange[] {
  return segmentRange(text, 0, text.length, lang, options);
}

/**
 * The sentences of text[from, to), with offsets into `text` (no substring is
 * made: a caller segmenting block after block of one body pays no copy).
 */
export function segmentRange(text: string, from: number, to: number, lang = 'en', options: SegmentOptions = {}, out: TextRange[] = []): TextRange[] {
  const abbr = abbreviationsFor(lang);
  const keepQuotes = options.keepQuotations !== false;
  let lineStart = from;
  while (lineStart <= to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    segmentLine(text, lineStart, lineEnd, lang, abbr, keepQuotes, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

function segmentLine(text: string, from: number, to: number, lang: string, abbr: AbbreviationSet, keepQuotes: boolean, out: TextRange[]): void {
  let start = skipSpace(text, from, to);
  if (start >= to) return;
  const spans = keepQuotes && hasQuoteMark(text, start, to) ? quotationSpans(text, start, to, lang) : [];
  let spanIndex = 0;

  for (let at = nextTerminator(text, start, to); at < to; at = nextTerminator(text, at, to)) {
    let runEnd = at + 1;
    while (runEnd < to && isTerminator(text.charCodeAt(runEnd))) runEnd++;
    const runStart = at;
    at = runEnd;

    const end = consumeClosers(text, runEnd, to, lang.startsWith('de') ? GERMAN_CLOSERS : CLOSERS);
    if (end >= to || !isSpace(text.charCodeAt(end))) continue;
    const next = skipSpace(text, end, to);
    if (next >= to) continue;

    while (spanIndex < spans.length && spans[spanIndex]!.close < end) spanIndex++;
    if (insideSpan(spans[spanIndex], end)) continue;

    if (!startsSentence(text, next, to)) continue;
    if (runEnd - runStart === 1 && text[runStart] === '.' && !periodEndsSentence(text, start, runStart, next, to, lang, abbr)) continue;

    pushTrimmed(text, start, end, out);
    start = next;
  }
  pushTrimmed(text, start, to, out);
}

function hasQuoteMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // « » “ ” „ " ( — cheap pre-check so plain lines skip the span scan.
    if (c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e || c === 34 || c === 40) return true;
  }
  return false;
}

function insideSpan(span: Span | undefined, boundary: number): boolean {
  return span !== undefined && span.open < boundary && boundary <= span.close;
}

function consumeClosers(text: string, from: number, to: number, closers: string): number {
  let k = from;
  for (;;) {
    if (k < to && closers.includes(text[k]!)) {
      k++;
      continue;
    }
    // French typography puts a space before the closing guillemet: «… le temps. »
    let m = k;
    while (m < to && isInlineSpace(text.charCodeAt(m))) m++;
    if (m > k && m < to && text[m] === '»') {
      k = m + 1;
      continue;
    }
    return k;
  }
}

function startsSentence(text: string, at: number, to: number): boolean {
  const c = text[at]!;
  if (OPENERS_STARTING_A_SENTENCE.includes(c)) {
    // "[…]" inside a quotation is an ellipsis, not a new sentence.
    return !(c === '[' && text[at + 1] === '…');
  }
  if (c >= '0' && c <= '9') return true;
  return c !== c.toLowerCase() && at < to;
}

/** Decides a single period followed by a capital: abbreviation, initial, ordinal date, or a real end. */
function periodEndsSentence(text: string, lineStart: number, at: number, next: number, to: number, lang: string, abbr: AbbreviationSet): boolean {
  let w = at;
  while (w > lineStart && isWordChar(text.charCodeAt(w - 1))) w--;
  const word = text.slice(w, at);
  if (word === '') return true;
  if (abbr.titles.has(word)) return false;
  const lower = word.toLowerCase();
  if (abbr.inner.has(lower)) return false;
  const nextWord = wordAt(text, next, to);
  if (abbr.beforeNumber.has(lower) && /^\d/.test(nextWord)) return false;
  if (word.includes('.') && /[^\d.]/.test(word)) {
    // Dotted acronyms and initials: "U.S.", "J.-C.", "z.B.", "J.K." — a break only before a typical sentence opener.
    return abbr.sentenceStarters.has(nextWord);
  }
  if (word.length === 1 && word !== word.toLowerCase()) {
    // An initial ("J. Smith", "Kim J. Un"); also "J.-C." ends in "C".
    return false;
  }
  if (/^\d{1,2}$/.test(word) && abbr.months.has(nextWord.toLowerCase())) return false;
  return true;
}

function wordAt(text: string, at: number, to: number): string {
  let e = at;
  while (e < to && isLetterOrDigit(text.charCodeAt(e))) e++;
  return text.slice(at, e);
}

function pushTrimmed(text: string, start: number, end: number, out: TextRange[]): void {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

function skipSpace(text: string, from: number, to: number): number {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  return from;
}

function nextTerminator(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (isTerminator(text.charCodeAt(i))) return i;
  return to;
}

function isTerminator(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

function isInlineSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

function isSpace(c: number): boolean {
  return isInlineSpace(c) || c === 10 || c === 13 || c === 12 || c === 11;
}

function isLetterOrDigit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f) && c !== 0xab && c !== 0xbb;
}

/** Letters, digits, and the dots and hyphens inside "J.-C." or "U.S.". */
function isWordChar(c: number): boolean {
  return isLetterOrDigit(c) || c === 46 || c === 45;
}
