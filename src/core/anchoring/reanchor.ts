import { exactOccurrences, matchQuote, type QuoteMatch } from './match-quote';
import { describeRange, type QuoteSelector } from './selector';
import { diffTexts, keptLength, mapOffset, type TextDiff } from './text-diff';

/**
 * Re-anchoring after the text changed (a new version pasted or re-imported):
 * each anchor is tried by position (carried through a diff of the two
 * versions, as ProseMirror carries positions through an edit), then by its
 * exact quote, then by a fuzzy quote with its prefix and suffix as context.
 * Nothing is dropped: an anchor that cannot be placed comes back orphaned,
 * with its old selector, so the user can re-attach it.
 */

export type ReanchorStatus = 'unchanged' | 'moved' | 'changed' | 'orphaned';
export type ReanchorMethod = 'position' | 'quote' | 'fuzzy' | 'none';

export interface AnchorToPlace extends QuoteSelector {
  id: string;
}

export interface ReanchoredAnchor extends QuoteSelector {
  id: string;
  status: ReanchorStatus;
  /** Which step placed it. */
  method: ReanchorMethod;
}

export interface ReanchorOptions {
  /** The diff of old → new when the caller has it already (several calls over the same versions). */
  diff?: TextDiff;
}

/** Quotes shorter than this need their context to agree before a fuzzy match is taken. */
const SHORT_QUOTE = 12;

/**
 * Places every anchor in `newText`. `oldText` is the text the anchors' offsets
 * index into; pass null when unknown (then the position step only checks the
 * old offsets).
 */
export function reanchorAll(oldText: string | null, newText: string, anchors: AnchorToPlace[], options: ReanchorOptions = {}): ReanchoredAnchor[] {
  const diff = oldText === null ? null : (options.diff ?? diffTexts(oldText, newText));
  return anchors.map((a) => reanchorOne(newText, a, diff));
}

export function reanchorOne(newText: string, anchor: AnchorToPlace, diff: TextDiff | null): ReanchoredAnchor {
  const { exact } = anchor;
  const placed = (start: number, end: number, method: ReanchorMethod): ReanchoredAnchor => {
    const sel = describeRange(newText, start, end);
    const status: ReanchorStatus = sel.exact !== exact ? 'changed' : start === anchor.start && end === anchor.end ? 'unchanged' : 'moved';
    return { id: anchor.id, ...sel, status, method };
  };
  if (exact.length === 0) return orphan(anchor);

  // 1. Position: carried through the diff, or as stored when there is no diff.
  let hint = anchor.start;
  let hintEnd = anchor.end;
  let mappedExactly = false;
  if (diff) {
    const s = mapOffset(diff, anchor.start, 1);
    const e = mapOffset(diff, anchor.end, -1);
    hint = s.pos;
    hintEnd = Math.max(s.pos, e.pos);
    mappedExactly = s.exact && e.exact;
    if (mappedExactly && newText.slice(s.pos, e.pos) === exact) return placed(s.pos, e.pos, 'position');
    // Both ends survived and only the words between them changed: the claim is where it was, reworded.
    if (mappedExactly && e.pos > s.pos && mostlyKept(diff, anchor, e.pos - s.pos)) {
      // A sentence inserted right before or after the claim can be taken into the mapped span (the word diff
      // pairs its first word with the claim's): the old words, whole, next to where they were, are the claim.
      const whole = exactNear(newText, exact, s.pos, e.pos);
      return whole === -1 ? placed(s.pos, e.pos, 'position') : placed(whole, whole + exact.length, 'position');
    }
  } else if (newText.slice(anchor.start, anchor.end) === exact) {
    return placed(anchor.start, anchor.end, 'position');
  }

  // 2. Quote: every exact occurrence, the best by context and closeness to where the position step pointed.
  const occurrences = exactOccurrences(newText, exact);
  if (occurrences.length === 1) return placed(occurrences[0]!, occurrences[0]! + exact.length, 'quote');
  if (occurrences.length > 1) {
    const m = matchQuote(newText, exact, { prefix: anchor.prefix, suffix: anchor.suffix, hint }, { positionWeight: 10 });
    if (m) return placed(m.start, m.end, 'quote');
  }

  // 3. Fuzzy quote: first around the mapped position (cheap, and the right place when it exists),
  //    then anywhere for something clearly better (Hypothesis searches everywhere at once).
  const context = { prefix: anchor.prefix, suffix: anchor.suffix, hint };
  let best: QuoteMatch | null = null;
  if (diff) {
    const slack = Math.max(64, exact.length);
    const window = { from: hint - slack, to: hintEnd + slack };
    const near = matchQuote(newText, exact, context, { window, positionWeight: 10, positionScale: window.to - window.from });
    if (near && trustworthy(near, exact)) best = near;
  }
  if (!best || best.quoteScore < 0.9) {
    // Far from where it was expected, ask for stronger evidence (and spend less time on hopeless searches).
    const rate = Math.min(diff ? 0.25 : 0.5, best ? (best.errors - 1) / exact.length : 1);
    const far = rate > 0 ? matchQuote(newText, exact, context, { maxErrorRate: rate }) : null;
    if (far && trustworthy(far, exact) && (!best || far.quoteScore > best.quoteScore)) best = far;
  }
  if (best) {
    const { start, end } = snapToContext(newText, best, anchor);
    return placed(start, end, 'fuzzy');
  }
  return orphan(anchor);
}

/**
 * An approximate match's ends are uncertain by about its error count (an edited
 * first or last word matches equally well a few characters either way): move
 * each end to where the old prefix and suffix still line up, if they do.
 */
function snapToContext(text: string, m: QuoteMatch, anchor: AnchorToPlace): { start: number; end: number } {
  const slack = Math.min(32, m.errors + 2);
  const start = snap(m.start, slack, anchor.prefix.length, (c, n) => c - 1 - n >= 0 && text.charCodeAt(c - 1 - n) === anchor.prefix.charCodeAt(anchor.prefix.length - 1 - n));
  const end = snap(m.end, slack, anchor.suffix.length, (c, n) => c + n < text.length && text.charCodeAt(c + n) === anchor.suffix.charCodeAt(n));
  const range = end > start ? { start, end } : { start: m.start, end: m.end };
  return anchor.exact.includes('\n') ? range : withinOneLine(text, range);
}

/** A quote on one line does not spill into the paragraph before or after it. */
function withinOneLine(text: string, r: { start: number; end: number }): { start: number; end: number } {
  const mid = (r.start + r.end) >> 1;
  const before = text.lastIndexOf('\n', mid - 1);
  const after = text.indexOf('\n', mid);
  const start = before >= r.start ? before + 1 : r.start;
  const end = after !== -1 && after < r.end ? after : r.end;
  return end > start ? { start, end } : r;
}

/** The candidate within ±slack of `at` whose context agrees longest (at least 8 characters, or all of a short context). */
function snap(at: number, slack: number, contextLength: number, agrees: (candidate: number, n: number) => boolean): number {
  const need = Math.min(8, contextLength);
  if (need === 0) return at;
  let best = at;
  let bestLength = -1;
  for (let c = at - slack; c <= at + slack; c++) {
    let n = 0;
    while (n < contextLength && agrees(c, n)) n++;
    if (n > bestLength || (n === bestLength && Math.abs(c - at) < Math.abs(best - at))) {
      best = c;
      bestLength = n;
    }
  }
  return bestLength >= need ? best : at;
}

/** Where `exact` occurs whole within [from, to) widened by a little, or -1. */
function exactNear(text: string, exact: string, from: number, to: number): number {
  const slack = 64;
  const at = text.indexOf(exact, Math.max(0, from - slack));
  return at !== -1 && at + exact.length <= to + slack ? at : -1;
}

function orphan(anchor: AnchorToPlace): ReanchoredAnchor {
  return { id: anchor.id, start: anchor.start, end: anchor.end, exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix, status: 'orphaned', method: 'none' };
}

/** A fuzzy match is taken when the quote mostly agrees, or half agrees and so does its context. */
function trustworthy(m: QuoteMatch, exact: string): boolean {
  if (exact.length < SHORT_QUOTE) return m.contextScore >= 0.6 && m.quoteScore >= 0.5;
  return m.quoteScore >= 0.75 || (m.quoteScore >= 0.5 && m.contextScore >= 0.5);
}

/** At least half of the old quote is still there, and the new span is not wildly longer or shorter. */
function mostlyKept(diff: TextDiff, anchor: AnchorToPlace, newLength: number): boolean {
  const oldLength = anchor.end - anchor.start;
  if (newLength > oldLength * 2 || newLength * 2 < oldLength) return false;
  return keptLength(diff, anchor.start, anchor.end) * 2 >= oldLength;
}
