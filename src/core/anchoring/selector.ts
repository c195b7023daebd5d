/**
 * Position + quote selectors, as the W3C Web Annotation model and Hypothesis
 * keep them: the exact text plus 32 characters of context on each side, so a
 * claim can be found again after the text changes.
 */
export const CONTEXT_CHARS = 32;

export interface QuoteSelector {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export function describeRange(text: string, start: number, end: number): QuoteSelector {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return {
    start: s,
    end: e,
    exact: text.slice(s, e),
    prefix: text.slice(Math.max(0, s - CONTEXT_CHARS), s),
    suffix: text.slice(e, e + CONTEXT_CHARS),
  };
}
