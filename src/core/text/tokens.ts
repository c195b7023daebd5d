/**
 * Word tokens with offsets. Numbers keep their inner separators ("3.5",
 * "13.9.2023", "2,22", "365 000") so that a number is one token; French and
 * Italian elisions are split ("l'OFAG" → "l'", "OFAG") so that lexicon lookups
 * see the word itself.
 *
 * A hand-written scanner over char codes (a Unicode-property regex costs ten
 * times more on long texts): characters are classified once per code point and
 * cached.
 */

export type TokenKind = 'word' | 'number' | 'mark';

export interface Token {
  /** The token as written. */
  text: string;
  /** Lower-cased, with ’ as '. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  capitalized: boolean;
  /** Follows sentence-ending punctuation, a colon or an opening quotation mark: a capital here says nothing about names. */
  opensClause: boolean;
}

const OTHER = 0;
const LETTER = 1;
const MARK = 2; // combining mark: part of a word
const DIGIT = 3;
const PUNCT = 4; // a punctuation token of its own
const JOINER = 5; // apostrophe or hyphen: inside a word when a letter follows

const classes = new Uint8Array(65536);
const known = new Uint8Array(65536);
const LETTER_RE = /\p{L}/u;
const MARK_RE = /\p{M}/u;
const DIGIT_RE = /\p{N}/u;
const PUNCT_MARKS = '%$€£¥«»“”"„()?!:;,';

function classOf(c: number): number {
  if (known[c]) return classes[c]!;
  const ch = String.fromCharCode(c);
  let k = OTHER;
  if (PUNCT_MARKS.includes(ch)) k = PUNCT;
  else if (c === 39 || c === 0x2019 || c === 45) k = JOINER;
  else if (c >= 48 && c <= 57) k = DIGIT;
  else if (LETTER_RE.test(ch)) k = LETTER;
  else if (MARK_RE.test(ch)) k = MARK;
  else if (DIGIT_RE.test(ch)) k = DIGIT;
  classes[c] = k;
  known[c] = 1;
  return k;
}

const ELISION = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|dell|nell|all|dall|sull|un)['’]/i;
const OPENING_MARKS = new Set(['«', '“', '"', '„', '(']);

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let previousEnd = from;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if (k === OTHER || k === JOINER || k === MARK) {
      i++;
      continue;
    }
    const start = i;
    const opens = out.length === 0 || clauseGap(text, previousEnd, start) || OPENING_MARKS.has(out[out.length - 1]!.text);
    if (k === PUNCT) {
      i++;
      const t = text[start]!;
      out.push({ text: t, lower: t, start, end: i, kind: 'mark', capitalized: false, opensClause: opens });
    } else if (k === DIGIT) {
      i = scanNumber(text, start, to);
      const t = text.slice(start, i);
      out.push({ text: t, lower: t, start, end: i, kind: 'number', capitalized: false, opensClause: opens });
    } else {
      i = scanWord(text, start, to);
      pushWord(out, text.slice(start, i), start, opens);
    }
    previousEnd = i;
  }
  return out;
}

/** Set by scanWord: the word holds an upper-case ASCII letter or any non-ASCII letter (it may need lower-casing). */
let mixedCase = false;
/** Set by scanWord: the word holds an apostrophe (it may be an elision, and ’ is normalised). */
let apostrophe = false;

function scanWord(text: string, i: number, to: number): number {
  const first = text.charCodeAt(i);
  mixedCase = (first >= 65 && first <= 90) || first >= 128;
  apostrophe = false;
  i++;
  for (;;) {
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) {
        i++;
        continue;
      }
      const k = classOf(c);
      if (k === LETTER || k === MARK || k === DIGIT) {
        if (c < 97 || c > 122) mixedCase ||= (c >= 65 && c <= 90) || c >= 128;
        i++;
      } else break;
    }
    // "aujourd'hui", "nord-coréen", "Covid-19": a joiner followed by a letter or digit continues the word.
    if (i + 1 < to && classOf(text.charCodeAt(i)) === JOINER) {
      const n = classOf(text.charCodeAt(i + 1));
      if (n === LETTER || n === DIGIT) {
        if (text.charCodeAt(i) !== 45) apostrophe = true;
        // The letter after the joiner is read here, not by the loop: its case counts too ("l'Organisation").
        const after = text.charCodeAt(i + 1);
        mixedCase ||= (after >= 65 && after <= 90) || after >= 128;
        i += 2;
        continue;
      }
    }
    return i;
  }
}

function scanNumber(text: string, start: number, to: number): number {
  let i = start;
  while (i < to && isDigit(text.charCodeAt(i))) i++;
  // "365 000", "2 209": groups of three digits after a space, when the first group has at most three.
  if (i - start <= 3) {
    let j = i;
    while (j + 3 < to + 1 && isThousandsSpace(text.charCodeAt(j)) && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3)) && !(j + 4 < to && isDigit(text.charCodeAt(j + 4)))) j += 4;
    if (j > i) return j;
  }
  // "3.5", "13.9.2023", "2,22", "09:27", "1/2".
  for (;;) {
    const c = text.charCodeAt(i);
    if (i + 1 < to && (c === 46 || c === 44 || c === 58 || c === 47) && isDigit(text.charCodeAt(i + 1))) {
      i += 2;
      while (i < to && isDigit(text.charCodeAt(i))) i++;
      continue;
    }
    return i;
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isThousandsSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f;
}

/** Sentence punctuation or a colon between two tokens. */
function clauseGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 58) return true;
  }
  return false;
}

function pushWord(out: Token[], text: string, start: number, opens: boolean): void {
  if (apostrophe && text.length > 2) {
    const el = ELISION.exec(text);
    if (el && text.length > el[0].length) {
      addWord(out, el[0], start, opens);
      addWord(out, text.slice(el[0].length), start + el[0].length, false);
      return;
    }
  }
  addWord(out, text, start, opens);
}

function addWord(out: Token[], text: string, start: number, opens: boolean): void {
  let lower = mixedCase ? text.toLowerCase() : text;
  if (apostrophe && lower.includes('’')) lower = lower.replaceAll('’', "'");
  const first = text.charCodeAt(0);
  const capitalized = first < 128 ? first >= 65 && first <= 90 : text[0] !== lower[0];
  out.push({ text, lower, start, end: start + text.length, kind: 'word', capitalized, opensClause: opens });
}

/** Removes accents and case: "Détecté" → "detecte". For comparisons, not for display. */
export function foldForMatch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
