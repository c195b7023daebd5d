import type { Anchor, Article } from '../model';

/** The sentence (or sentences) around a claim, split so that a renderer can mark the claim. */
export interface ClaimContext {
  before: string;
  marked: string;
  after: string;
  /** Where the context was found: the body, or a caption line folded out of it. */
  where: 'body' | 'folded';
}

/** How far to look for a sentence boundary on each side before cutting with an ellipsis. */
const MAX_REACH = 360;

// A full stop after these is an abbreviation, not the end of a sentence ("a dit M. Kim").
const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'prof', 'mr', 'mrs', 'ms', 'st', 'ste', 'gen', 'gén', 'sen', 'rep',
  'gov', 'lt', 'col', 'capt', 'no', 'vs', 'cf', 'etc', 'env', 'ex', 'p', 'av', 'apr', 'jan', 'feb', 'fév', 'aug', 'sept', 'oct', 'nov', 'dec', 'déc', 'inc', 'ltd', 'co', 'jr', 'sr',
]);
const CLOSERS = new Set(['»', '"', '”', '’', "'", ')', ']', '\u00a0']);

function isSentenceEnd(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n') return true;
  if (c !== '.' && c !== '!' && c !== '?' && c !== '…') return false;
  let j = i + 1;
  while (j < text.length && CLOSERS.has(text[j] ?? '')) j++;
  const next = text[j];
  if (next !== undefined && next !== ' ' && next !== '\n' && next !== '\t') return false;
  if (c !== '.') return true;
  // The word before the full stop: an initial or a known abbreviation does not end a sentence.
  let k = i - 1;
  while (k >= 0 && /\p{L}/u.test(text[k] ?? '')) k--;
  const word = text.slice(k + 1, i);
  if (word.length === 1 && word === word.toUpperCase()) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/** Where the sentence holding `start` begins: after the previous sentence end, or at the start of the block. */
function sentenceStart(text: string, start: number): { at: number; cut: boolean } {
  const limit = Math.max(0, start - MAX_REACH);
  for (let i = start - 1; i >= limit; i--) {
    if (isSentenceEnd(text, i)) {
      let j = i + 1;
      while (j < start && (CLOSERS.has(text[j] ?? '') || /\s/.test(text[j] ?? ''))) j++;
      return { at: j, cut: false };
    }
  }
  return { at: limit, cut: limit > 0 };
}

function sentenceEnd(text: string, end: number): { at: number; cut: boolean } {
  const limit = Math.min(text.length, end + MAX_REACH);
  // A claim that itself ends a sentence ("… en Ukraine.") needs no more text.
  for (let i = Math.max(end - 1, 0); i < limit; i++) {
    if (text[i] === '\n') return { at: i, cut: false };
    if (i >= end - 1 && isSentenceEnd(text, i)) {
      let j = i + 1;
      while (j < text.length && CLOSERS.has(text[j] ?? '')) j++;
      return { at: Math.max(j, end), cut: false };
    }
  }
  return { at: limit, cut: limit < text.length };
}

/** Context inside one text (the body or a folded line) for the range [start, end). */
export function contextIn(text: string, start: number, end: number, where: ClaimContext['where']): ClaimContext {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  const from = sentenceStart(text, s);
  const to = sentenceEnd(text, e);
  return {
    before: (from.cut ? '…' : '') + text.slice(from.at, s),
    marked: text.slice(s, e),
    after: text.slice(e, to.at) + (to.cut ? '…' : ''),
    where,
  };
}

/**
 * The claim in its sentence: the first anchor in the body that is not
 * orphaned, else the first in a folded line (a caption), else null.
 */
export function claimContext(article: Article, anchors: readonly Anchor[]): ClaimContext | null {
  const live = anchors.filter((a) => !a.orphaned);
  const inBody = live.filter((a) => a.foldedLineId === null).sort((a, b) => a.start - b.start)[0];
  if (inBody) return contextIn(article.body, inBody.start, inBody.end, 'body');
  for (const a of live) {
    const line = article.folded.find((f) => f.id === a.foldedLineId);
    if (line) return contextIn(line.text, a.start, a.end, 'folded');
  }
  return null;
}
