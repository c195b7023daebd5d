import type { Token } from '../text/tokens';

/** A quotation inside a sentence, as a token range between its marks. */
export interface Quotation {
  /** Index of the first quoted token. */
  from: number;
  /** Index after the last quoted token. */
  to: number;
  /** Index of the opening mark token, or -1 when the sentence starts inside a quotation. */
  open: number;
  /** Index of the closing mark token, or -1 when the quotation runs past the sentence. */
  close: number;
  words: number;
}

export interface QuoteLayout {
  /** For each token: inside a quotation. */
  inQuote: boolean[];
  quotations: Quotation[];
}

const OPENERS = new Set(['«', '“', '„']);

/** +1 for a straight quote that opens (space before, glued to the next word), -1 for one that closes, 0 if unclear. */
function straightDirection(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const gluedBefore = prev !== undefined && prev.end === t.start && prev.kind !== 'mark';
  const gluedAfter = next !== undefined && next.start === t.end && next.kind !== 'mark';
  if (gluedAfter && !gluedBefore) return 1;
  if (gluedBefore && !gluedAfter) return -1;
  return 0;
}
const CLOSERS = new Set(['»', '”']);

/**
 * Which tokens are quoted. A sentence may start inside a quotation that opened
 * in the previous sentence (a closing mark with no opener), or end inside one
 * that closes later (an opener with no closing mark).
 */
const NO_QUOTES: QuoteLayout = { inQuote: [], quotations: [] };
const MARKS = new Set(['«', '»', '“', '”', '„', '"']);

export function layoutQuotes(tokens: readonly Token[], lang: string): QuoteLayout {
  let any = false;
  for (const t of tokens) {
    if (t.kind === 'mark' && MARKS.has(t.text)) {
      any = true;
      break;
    }
  }
  // Most sentences quote no one: share one empty layout (inQuote[i] is then undefined, i.e. false).
  if (!any) return NO_QUOTES;
  const german = lang.startsWith('de');
  let straight = 0;
  for (const t of tokens) if (t.text === '"') straight++;
  const balanced = straight % 2 === 0;
  const inQuote = new Array<boolean>(tokens.length).fill(false);
  const quotations: Quotation[] = [];
  let open = -2; // -2: outside; -1: inside since the sentence start; else the opener index
  let depth = 0;
  const finish = (close: number, end: number): void => {
    const from = open === -1 ? 0 : open + 1;
    let words = 0;
    for (let k = from; k < end; k++) {
      inQuote[k] = true;
      if (tokens[k]!.kind !== 'mark') words++;
    }
    if (end > from) quotations.push({ from, to: end, open: open === -1 ? -1 : open, close, words });
  };
  for (let i = 0; i < tokens.length; i++) {
    const c = tokens[i]!.text;
    // A straight quote reads as an opener or a closer from the spaces around it ("Le message…  …fiables."),
    // so that a quotation running into the next sentence is still seen; glued on both sides or neither, it toggles.
    const direction = c === '"' ? straightDirection(tokens, i) : 0;
    const opens = (OPENERS.has(c) && !(german && c === '“')) || (c === '"' && (direction > 0 || (direction === 0 && balanced && open === -2)));
    const closes = CLOSERS.has(c) || (german && c === '“') || (c === '"' && (direction < 0 || (direction === 0 && balanced && open !== -2)));
    if (c === '"' && !opens && !closes) continue;
    if (opens) {
      if (open === -2) open = i;
      else depth++;
    } else if (closes) {
      if (depth > 0) depth--;
      else if (open === -2) {
        // The quotation opened before this sentence.
        open = -1;
        finish(i, i);
        open = -2;
      } else {
        finish(i, i);
        open = -2;
      }
    }
  }
  if (open !== -2) finish(-1, tokens.length);
  return { inQuote, quotations };
}
