import type { Claim, ClaimStatus, Recheck } from '../model';

/**
 * A claim's wording: when two wordings say the same words (a verdict still
 * holds), and what changed between them (shown to the fact-checker who
 * re-checks). Spacing, Unicode composition and the typographer's quotes and
 * apostrophes are not wording; a letter, a word or a number is.
 */
export function wordingKey(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb\u201e\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export function sameWording(a: string, b: string): boolean {
  return wordingKey(a) === wordingKey(b);
}

export interface WordingSegment {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** Longer wordings than this (in tokens) are compared by their common start and end only: a claim is a sentence or two. */
const MAX_TOKENS = 600;
const TOKEN = /\s+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

/**
 * The old and the new wording as one sequence of kept, removed and added
 * pieces, word by word (a longest common subsequence of their tokens: words,
 * spaces, punctuation), for the fact-checker who re-checks a claim.
 */
export function wordingDiff(before: string, after: string): WordingSegment[] {
  const out: WordingSegment[] = [];
  const push = (kind: WordingSegment['kind'], text: string) => {
    if (!text) return;
    const last = out.at(-1);
    if (last && last.kind === kind) last.text += text;
    else out.push({ kind, text });
  };
  const a = before.match(TOKEN) ?? [];
  const b = after.match(TOKEN) ?? [];
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  push('same', a.slice(0, pre).join(''));
  const midA = a.slice(pre, a.length - suf);
  const midB = b.slice(pre, b.length - suf);
  if (midA.length * midB.length > MAX_TOKENS * MAX_TOKENS) {
    push('removed', midA.join(''));
    push('added', midB.join(''));
  } else {
    // lcs[i][j]: the longest common subsequence of midA[i..] and midB[j..].
    const w = midB.length + 1;
    const lcs = new Uint16Array((midA.length + 1) * w);
    for (let i = midA.length - 1; i >= 0; i--) {
      for (let j = midB.length - 1; j >= 0; j--) {
        lcs[i * w + j] = midA[i] === midB[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < midA.length || j < midB.length) {
      if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
        push('same', midA[i]!);
        i++;
        j++;
      } else if (j < midB.length && (i === midA.length || lcs[i * w + j + 1]! >= lcs[(i + 1) * w + j]!)) {
        push('added', midB[j++]!);
      } else {
        push('removed', midA[i++]!);
      }
    }
  }
  push('same', a.slice(a.length - suf).join(''));
  return out;
}

/** What a claim becomes when its words change: a claim with a verdict goes back to Needs re-check, keeping that verdict and its words. */
export interface WordingChange {
  text: string;
  verdict?: null;
  status?: ClaimStatus;
  recheck?: Recheck;
}

/**
 * The changes to store when a claim's text of record becomes `text`. A verdict
 * is never carried onto other words: it is kept as the re-check's previous
 * verdict, with the words it was given for. A claim already waiting for a
 * re-check keeps the words its verdict was given for.
 */
export function rewordClaim(
  claim: Pick<Claim, 'text' | 'verdict' | 'status' | 'recheck'>,
  text: string,
  at: string,
  /** The words the claim is anchored to changed (they may, when the user reworded the claim's text). */
  wordsChanged = !sameWording(claim.text, text),
): WordingChange {
  if (!wordsChanged || claim.verdict === null || claim.recheck) return { text };
  return {
    text,
    verdict: null,
    status: 'in-progress',
    recheck: { previousText: claim.text, previousVerdict: claim.verdict, since: at },
  };
}
