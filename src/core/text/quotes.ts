/**
 * Quotation and bracket spans of one line of text, found with a stack so that
 * «…», “…”, „…“ (German), "…" and (…) nest. Only spans that close on the same
 * line are returned: an unclosed quote protects nothing, so a stray « never
 * swallows the rest of a paragraph.
 */

export interface Span {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark. */
  close: number;
}

const CLOSING_FOR: Record<string, string> = { '«': '»', '“': '”', '„': '“', '(': ')', '"': '"' };

/** Parentheses longer than this are not protected: they are usually an aside spanning real sentences. */
const MAX_BRACKET_SPAN = 300;

/**
 * Outermost closed quotation spans in text[from, to).
 * German uses „…“, so for "de" the “ mark closes instead of opening.
 */
export function quotationSpans(text: string, from: number, to: number, lang: string): Span[] {
  const german = lang.startsWith('de');
  let straight = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 34) straight++;
  const useStraight = straight > 0 && straight % 2 === 0;

  const stack: { mark: string; at: number }[] = [];
  const spans: Span[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '«' || c === '(' || c === '„' || (c === '“' && !german)) {
      stack.push({ mark: c, at: i });
    } else if (c === '"' && useStraight) {
      if (stack.length > 0 && stack[stack.length - 1]!.mark === '"') closeTo(stack, spans, stack.length - 1, i);
      else stack.push({ mark: c, at: i });
    } else if (c === '»' || c === ')' || c === '”' || (c === '“' && german)) {
      for (let k = stack.length - 1; k >= 0; k--) {
        if (CLOSING_FOR[stack[k]!.mark] === c) {
          closeTo(stack, spans, k, i);
          break;
        }
      }
    }
  }
  return outermost(spans);
}

function closeTo(stack: { mark: string; at: number }[], spans: Span[], k: number, close: number): void {
  const opener = stack[k]!;
  stack.length = k;
  if (opener.mark === '(' && close - opener.at > MAX_BRACKET_SPAN) return;
  spans.push({ open: opener.at, close });
}

function outermost(spans: Span[]): Span[] {
  if (spans.length < 2) return spans;
  spans.sort((a, b) => a.open - b.open);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.open < last.close) {
      if (s.close > last.close) last.close = s.close;
    } else {
      out.push({ ...s });
    }
  }
  return out;
}
