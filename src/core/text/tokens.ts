/**
 * Word tokens with offsets. Numbers keep their inner separators ("3.5",
 * "13.9.2023", "2,22", "365 000") so that a number is one token; French and
 * Italian elisions are split ("l'OFAG" → "l'", "OFAG") so that lexicon lookups
 * see the word itself.
 */

export type TokenKind = 'word' | 'number' | 'mark';

export interface Token {
  /** The token as written. */
  text: string;
  /** Lower-cased. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  capitalized: boolean;
  /** Follows sentence-ending punctuation, a colon or an opening quotation mark: a capital here says nothing about names. */
  opensClause: boolean;
}

const TOKEN =
  /(\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*)|(\p{N}{1,3}(?:[\u00a0\u202f ]\p{N}{3})+(?!\p{N})|\p{N}+(?:[.,:/]\p{N}+)*)|([%$€£¥«»“”"„()?!:;,])/gu;

const CLAUSE_GAP = /[.!?…:]/;
const OPENING_MARKS = new Set(['«', '“', '"', '„', '(']);

const ELISION = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|dell|nell|all|dall|sull|un)['’]/i;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let previousEnd = from;
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null && m.index < to) {
    const start = m.index;
    const raw = m[0];
    if (start + raw.length > to) break;
    const opens = out.length === 0 || CLAUSE_GAP.test(text.slice(previousEnd, start)) || OPENING_MARKS.has(out[out.length - 1]!.text);
    const first = out.length;
    previousEnd = start + raw.length;
    if (m[1] !== undefined) {
      const el = raw.length > 2 ? ELISION.exec(raw) : null;
      if (el && raw.length > el[0].length) {
        pushWord(out, el[0], start);
        pushWord(out, raw.slice(el[0].length), start + el[0].length);
      } else {
        pushWord(out, raw, start);
      }
    } else if (m[2] !== undefined) {
      out.push({ text: raw, lower: raw, start, end: start + raw.length, kind: 'number', capitalized: false, opensClause: false });
    } else {
      out.push({ text: raw, lower: raw, start, end: start + raw.length, kind: 'mark', capitalized: false, opensClause: false });
    }
    if (out.length > first) out[first]!.opensClause = opens;
  }
  return out;
}

function pushWord(out: Token[], text: string, start: number): void {
  const lower = text.toLowerCase();
  const first = text[0]!;
  out.push({ text, lower: lower.replaceAll('’', "'"), start, end: start + text.length, kind: 'word', capitalized: first !== lower[0], opensClause: false });
}

/** Removes accents and case: "Détecté" → "detecte". For comparisons, not for display. */
export function foldForMatch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
