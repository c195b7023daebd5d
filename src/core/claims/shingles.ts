import { foldForMatch, type Token } from '../text/tokens';
import { sortedOverlap } from '../text/sorted-overlap';

/**
 * Word shingles as sorted, de-duplicated 32-bit hashes, over lower-cased words
 * with punctuation dropped, so that a caption and the sentence it repeats agree
 * whatever their quotation marks or final period.
 */

const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** The words of a text, accent- and case-folded (for comparing headlines). */
export function matchWords(text: string): string[] {
  return foldForMatch(text).replace(NON_WORD, ' ').trim().split(' ').filter(Boolean);
}

/** The folded text, for exact-duplicate lookups. */
export function matchKey(text: string): string {
  return matchWords(text).join(' ');
}

/**
 * Where the shingles of one article's sentences are kept: views into a few large
 * buffers. A buffer of its own per sentence made hundreds of thousands of array
 * buffers for a long article, each with a backing store the collector tracks.
 */
const ARENA_CHUNK = 1 << 16;

export class ShingleArena {
  private chunk = new Uint32Array(ARENA_CHUNK);
  private used = 0;

  /** A copy of `values` that lives as long as the arena does. */
  keep(values: Uint32Array): Uint32Array {
    if (this.used + values.length > this.chunk.length) {
      this.chunk = new Uint32Array(Math.max(ARENA_CHUNK, values.length));
      this.used = 0;
    }
    const view = this.chunk.subarray(this.used, this.used + values.length);
    view.set(values);
    this.used += values.length;
    return view;
  }
}

/**
 * Shingles and an exact-text key straight from a sentence's tokens (lower-cased
 * words and numbers), with no intermediate strings: the fast path of clustering.
 * With an arena, the shingles are kept in it rather than in a buffer of their own.
 */
export function tokenShingles(tokens: readonly Token[], n = 2, arena?: ShingleArena): { key: number; shingles: Uint32Array } {
  if (buffer.length < tokens.length) buffer = new Uint32Array(tokens.length * 2);
  let count = 0;
  let a = 0x811c9dc5;
  let b = 0x2545f491;
  for (const t of tokens) {
    if (t.kind === 'mark') continue;
    const h = hashWord(t.lower);
    buffer[count++] = h;
    a = mix(a, h);
    b = mix(b ^ 0x9e3779b9, h);
  }
  // Two independent 32-bit hashes folded into one safe integer (53 bits): a number key, no string to build.
  const key = (a >>> 0) * 0x200000 + ((b ^ count) & 0x1fffff);
  const shingles = fromHashes(buffer.subarray(0, count), n);
  return { key, shingles: arena ? arena.keep(shingles) : shingles };
}

let buffer = new Uint32Array(256);

function fromHashes(hashes: ArrayLike<number>, n: number): Uint32Array {
  const size = hashes.length < n ? Math.min(1, hashes.length) : hashes.length - n + 1;
  const out = new Uint32Array(size);
  if (hashes.length < n) {
    let h = 0x811c9dc5;
    for (let i = 0; i < hashes.length; i++) h = mix(h, hashes[i]!);
    if (size > 0) out[0] = h >>> 0;
    return out;
  }
  for (let i = 0; i < size; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < n; k++) h = mix(h, hashes[i + k]!);
    out[i] = h >>> 0;
  }
  out.sort();
  return dedupe(out);
}

/** Size of the intersection of two sorted hash arrays. */
export const overlap = sortedOverlap;

export function jaccard(a: Uint32Array, b: Uint32Array, shared = overlap(a, b)): number {
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}

/** How much of the smaller set lies in the larger one. */
export function containment(a: Uint32Array, b: Uint32Array, shared = overlap(a, b)): number {
  const small = Math.min(a.length, b.length);
  return small === 0 ? 0 : shared / small;
}

function hashWord(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) {
    h ^= w.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(h: number, x: number): number {
  h ^= x;
  h = Math.imul(h, 0x01000193);
  h ^= h >>> 15;
  return h;
}

function dedupe(sorted: Uint32Array): Uint32Array {
  if (sorted.length < 2) return sorted;
  let w = 1;
  for (let r = 1; r < sorted.length; r++) if (sorted[r] !== sorted[w - 1]) sorted[w++] = sorted[r]!;
  return w === sorted.length ? sorted : sorted.slice(0, w);
}
