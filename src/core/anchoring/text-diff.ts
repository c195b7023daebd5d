/**
 * A diff between two versions of an article's text, reduced to what anchoring
 * needs: the runs of text both versions share, so that an offset in the old
 * text can be carried to the new one (as ProseMirror's step maps carry
 * positions through an edit made in the editor).
 *
 * Lines are paired first — identical lines in order of occurrence, then
 * edited lines by shared word trigrams — so a paragraph that moved is found
 * where it went, which a plain longest-common-subsequence diff cannot do.
 * Inside each pair of edited lines, Myers' O(ND) diff over words (capped)
 * gives the exact runs. Everything is linear in the text but for those
 * paragraph-sized word diffs.
 */

/** `length` characters shared by both texts: old [aStart, aStart+length) = new [bStart, bStart+length). */
export interface EqualRun {
  aStart: number;
  bStart: number;
  length: number;
}

export interface TextDiff {
  oldLength: number;
  newLength: number;
  /** Sorted by aStart, non-overlapping in both texts (a moved paragraph makes bStart go back). */
  runs: EqualRun[];
}

export interface MappedOffset {
  pos: number;
  /** True when the offset lies in (or at the edge of) text both versions share; false when it was inside replaced text and `pos` is a guess. */
  exact: boolean;
}

const MAX_TOKEN_EDITS = 400;
const MIN_LINE_SIMILARITY = 0.3;
const TOKEN_RE = /\s+|[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

export function diffTexts(a: string, b: string): TextDiff {
  const runs: EqualRun[] = [];
  // Common prefix and suffix: most edits made in one go are local.
  let pre = 0;
  const max = Math.min(a.length, b.length);
  while (pre < max && a.charCodeAt(pre) === b.charCodeAt(pre)) pre++;
  let suf = 0;
  while (suf < max - pre && a.charCodeAt(a.length - 1 - suf) === b.charCodeAt(b.length - 1 - suf)) suf++;
  if (pre > 0) runs.push({ aStart: 0, bStart: 0, length: pre });
  diffLines(a, b, pre, a.length - suf, pre, b.length - suf, runs);
  if (suf > 0) runs.push({ aStart: a.length - suf, bStart: b.length - suf, length: suf });
  return { oldLength: a.length, newLength: b.length, runs: mergeRuns(runs) };
}

function diffLines(a: string, b: string, a0: number, a1: number, b0: number, b1: number, out: EqualRun[]): void {
  if (a0 >= a1 || b0 >= b1) return;
  const aLines = splitLines(a, a0, a1);
  const bLines = splitLines(b, b0, b1);
  const pairOf = pairLines(aLines, bLines);
  for (let j = 0; j < bLines.length; j++) {
    const i = pairOf[j]!;
    if (i < 0) continue;
    const la = aLines[i]!;
    const lb = bLines[j]!;
    if (la.key === lb.key) out.push({ aStart: la.start, bStart: lb.start, length: la.end - la.start });
    else diffWords(a, b, la.start, la.end, lb.start, lb.end, out);
  }
}

/** For each new line, the index of the old line it continues, or -1 (a new line). */
function pairLines(aLines: Piece[], bLines: Piece[]): Int32Array {
  const pairOf = new Int32Array(bLines.length).fill(-1);
  const usedA = new Uint8Array(aLines.length);
  // 1. Identical lines: those unique in both versions pair at once; a repeated line
  //    (a caption, a blank line) pairs with the free occurrence nearest to where its neighbours went.
  const byKey = new Map<string, number[]>();
  aLines.forEach((l, i) => {
    const list = byKey.get(l.key);
    if (list) list.push(i);
    else byKey.set(l.key, [i]);
  });
  const countB = new Map<string, number>();
  for (const l of bLines) countB.set(l.key, (countB.get(l.key) ?? 0) + 1);
  bLines.forEach((l, j) => {
    const list = byKey.get(l.key);
    if (list?.length === 1 && countB.get(l.key) === 1) {
      pairOf[j] = list[0]!;
      usedA[list[0]!] = 1;
    }
  });
  bLines.forEach((l, j) => {
    const list = byKey.get(l.key);
    if (pairOf[j]! >= 0 || !list) return;
    const i = nearestFree(list, usedA, nearestPairedA(pairOf, j));
    if (i >= 0) {
      pairOf[j] = i;
      usedA[i] = 1;
    }
  });
  // 2. Edited lines: the unpaired old line sharing the most word trigrams, nearest first on ties.
  const gramsOfA: (Set<number> | null)[] = aLines.map((l, i) => (usedA[i] ? null : trigrams(l.key)));
  const linesWithGram = new Map<number, number[]>();
  gramsOfA.forEach((grams, i) => {
    for (const g of grams ?? []) {
      const list = linesWithGram.get(g);
      if (list) list.push(i);
      else linesWithGram.set(g, [i]);
    }
  });
  if (linesWithGram.size === 0) return pairOf;
  for (let j = 0; j < bLines.length; j++) {
    if (pairOf[j]! >= 0) continue;
    const grams = trigrams(bLines[j]!.key);
    if (grams.size === 0) continue;
    const votes = new Map<number, number>();
    for (const g of grams) for (const i of linesWithGram.get(g) ?? []) if (!usedA[i]) votes.set(i, (votes.get(i) ?? 0) + 1);
    let best = -1;
    let bestScore = 0;
    const expected = nearestPairedA(pairOf, j);
    for (const [i, shared] of votes) {
      const score = shared / Math.max(grams.size, gramsOfA[i]!.size);
      if (score > bestScore || (score === bestScore && Math.abs(i - expected) < Math.abs(best - expected))) {
        best = i;
        bestScore = score;
      }
    }
    if (best >= 0 && bestScore >= MIN_LINE_SIMILARITY) {
      pairOf[j] = best;
      usedA[best] = 1;
    }
  }
  return pairOf;
}

/** The unused index of the sorted `list` closest to `target`, or -1. */
function nearestFree(list: number[], used: Uint8Array, target: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  for (let l = lo - 1, r = lo; l >= 0 || r < list.length; ) {
    const left = l >= 0 ? list[l]! : -1;
    const right = r < list.length ? list[r]! : -1;
    if (right >= 0 && (left < 0 || right - target <= target - left)) {
      if (!used[right]) return right;
      r++;
    } else {
      if (!used[left]) return left;
      l--;
    }
  }
  return -1;
}

function nearestPairedA(pairOf: Int32Array, j: number): number {
  for (let k = j - 1; k >= 0; k--) if (pairOf[k]! >= 0) return pairOf[k]! + (j - k);
  return j;
}

/** Hashes of the line's word trigrams (lower case), or of its words when it has fewer than three. */
function trigrams(line: string): Set<number> {
  const words: number[] = [];
  for (const m of line.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) words.push(hash(m[0]));
  const out = new Set<number>();
  for (let i = 0; i + 2 < words.length; i++) out.add((Math.imul(words[i]!, 31) ^ Math.imul(words[i + 1]!, 961) ^ words[i + 2]!) >>> 0);
  if (words.length > 0 && words.length < 3) out.add(words.reduce((h, w) => (Math.imul(h, 31) ^ w) >>> 0, 7));
  return out;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function diffWords(a: string, b: string, a0: number, a1: number, b0: number, b1: number, out: EqualRun[]): void {
  // Trim first: inside an edited line the change is often one word.
  let pre = 0;
  while (a0 + pre < a1 && b0 + pre < b1 && a.charCodeAt(a0 + pre) === b.charCodeAt(b0 + pre)) pre++;
  let suf = 0;
  while (a1 - suf > a0 + pre && b1 - suf > b0 + pre && a.charCodeAt(a1 - 1 - suf) === b.charCodeAt(b1 - 1 - suf)) suf++;
  if (pre > 0) out.push({ aStart: a0, bStart: b0, length: pre });
  const aw = splitTokens(a, a0 + pre, a1 - suf);
  const bw = splitTokens(b, b0 + pre, b1 - suf);
  const runs = aw.length > 0 && bw.length > 0 ? diffPieces(aw, bw, MAX_TOKEN_EDITS) : null;
  for (const r of runs ?? []) out.push({ aStart: aw[r.a]!.start, bStart: bw[r.b]!.start, length: aw[r.a + r.n - 1]!.end - aw[r.a]!.start });
  if (suf > 0) out.push({ aStart: a1 - suf, bStart: b1 - suf, length: suf });
}

interface Piece {
  start: number;
  end: number;
  key: string;
}

/** Lines of text[from, to), each with its "\n". */
function splitLines(text: string, from: number, to: number): Piece[] {
  const out: Piece[] = [];
  let start = from;
  while (start < to) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 || nl >= to ? to : nl + 1;
    out.push({ start, end, key: text.slice(start, end) });
    start = end;
  }
  return out;
}

/** Words, runs of spaces and single punctuation marks of text[from, to). */
function splitTokens(text: string, from: number, to: number): Piece[] {
  const out: Piece[] = [];
  for (const m of text.slice(from, to).matchAll(TOKEN_RE)) out.push({ start: from + m.index, end: from + m.index + m[0].length, key: m[0] });
  return out;
}

interface PieceRun {
  a: number;
  b: number;
  n: number;
}

/** Myers' diff over piece keys; null when more than `maxD` edits are needed. */
function diffPieces(a: Piece[], b: Piece[], maxD: number): PieceRun[] | null {
  const ids = new Map<string, number>();
  const idOf = (k: string) => {
    let id = ids.get(k);
    if (id === undefined) ids.set(k, (id = ids.size));
    return id;
  };
  const A = Int32Array.from(a, (p) => idOf(p.key));
  const B = Int32Array.from(b, (p) => idOf(p.key));
  const pairs = myers(A, B, maxD);
  if (!pairs) return null;
  // Group the matched index pairs into runs.
  const runs: PieceRun[] = [];
  for (const [x, y] of pairs) {
    const last = runs.at(-1);
    if (last && last.a + last.n === x && last.b + last.n === y) last.n++;
    else runs.push({ a: x, b: y, n: 1 });
  }
  return runs;
}

/** Matched index pairs (ascending) of a shortest edit script, or null past `maxD` edits. */
function myers(a: Int32Array, b: Int32Array, maxD: number): [number, number][] | null {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(maxD, n + m);
  const off = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice(off - d - 1, off + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], n: number, m: number): [number, number][] {
  const pairs: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d]!;
    const at = (k: number) => v[k + d + 1]!; // v holds k in [-d-1, d+1]
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      pairs.push([x, y]);
    }
    x = prevX;
    y = prevY;
  }
  return pairs.reverse();
}

function mergeRuns(runs: EqualRun[]): EqualRun[] {
  const sorted = runs.filter((r) => r.length > 0).sort((p, q) => p.aStart - q.aStart);
  const out: EqualRun[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && last.aStart + last.length === r.aStart && last.bStart + last.length === r.bStart) last.length += r.length;
    else out.push({ ...r });
  }
  return out;
}

/** How many characters of old [start, end) the new text kept (inside runs). */
export function keptLength(diff: TextDiff, start: number, end: number): number {
  const runs = diff.runs;
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.aStart + runs[mid]!.length <= start) lo = mid + 1;
    else hi = mid;
  }
  let kept = 0;
  for (let i = lo; i < runs.length && runs[i]!.aStart < end; i++) {
    const r = runs[i]!;
    kept += Math.max(0, Math.min(end, r.aStart + r.length) - Math.max(start, r.aStart));
  }
  return kept;
}

/**
 * Carries an old offset to the new text. `assoc` decides which side an offset
 * sitting between two runs (text inserted there) goes to: -1 before the
 * insertion (a range's end), +1 after it (a range's start).
 */
export function mapOffset(diff: TextDiff, offset: number, assoc: -1 | 1): MappedOffset {
  const runs = diff.runs;
  // The last run starting at or before offset.
  let lo = 0;
  let hi = runs.length - 1;
  let idx = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.aStart <= offset) {
      idx = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const run = idx >= 0 ? runs[idx]! : null;
  const next = runs[idx + 1] ?? null;
  if (run && offset === run.aStart && assoc < 0 && run.bStart > 0) {
    // At the start of a run, a range's end belongs before whatever was inserted there.
    const prev = runs[idx - 1];
    if (prev && prev.aStart + prev.length === offset) return { pos: prev.bStart + prev.length, exact: true };
    if (!prev && offset === 0) return { pos: 0, exact: true };
  }
  if (run && offset < run.aStart + run.length) return { pos: run.bStart + offset - run.aStart, exact: true };
  const prevEndA = run ? run.aStart + run.length : 0;
  const prevEndB = run ? run.bStart + run.length : 0;
  const nextA = next ? next.aStart : diff.oldLength;
  const nextB = next ? next.bStart : diff.newLength;
  // At the end of a run with nothing deleted after it: exact; insertions decide by assoc.
  if (run && offset === prevEndA) {
    if (nextA === prevEndA) return { pos: assoc < 0 ? prevEndB : nextB, exact: true };
    if (assoc < 0) return { pos: prevEndB, exact: true };
  }
  if (offset === nextA && (assoc > 0 || offset === diff.oldLength)) return { pos: nextB, exact: true };
  // Inside replaced text: scale into the replacement.
  const spanA = nextA - prevEndA;
  const spanB = nextB - prevEndB;
  // Neighbours out of order (a paragraph moved): stay next to the text before.
  const pos = spanB < 0 ? prevEndB : prevEndB + (spanA > 0 ? Math.round(((offset - prevEndA) / spanA) * spanB) : 0);
  return { pos: Math.max(0, Math.min(diff.newLength, pos)), exact: false };
}
