import { sortedOverlap } from '../text/sorted-overlap';

/**
 * Exact and near-duplicate detection for paragraphs and captions, in linear
 * time: no all-pairs comparison. Each kept text is reduced to the hashes of its
 * word 3-grams (shingles); an inverted index from shingle to the first texts
 * that hold it gives a few candidates, and only those are compared exactly.
 *
 * A later text is a duplicate of an earlier one when most of its shingles occur
 * in the earlier one (containment): a caption that repeats the first sentence
 * of a paragraph is folded, a longer paragraph that quotes a short one is not.
 */

export interface DuplicateFinder {
  /** The id of an earlier text this one repeats, or null (and the text is remembered). */
  check(id: number, text: string): number | null;
}

export interface DuplicateOptions {
  /** Fewest words for an exact repeat to count (shorter lines repeat by chance). */
  minWordsExact: number;
  /** Fewest words for a near repeat to count. */
  minWordsNear: number;
  /** Share of the later text's shingles found in the earlier one. */
  containment: number;
}

export const DEFAULT_DUPLICATE_OPTIONS: DuplicateOptions = { minWordsExact: 4, minWordsNear: 8, containment: 0.8 };

/** Lower case, letters and digits only: punctuation, quotes and spacing do not make a paragraph new. */
export function normalizeWords(text: string): string[] {
  const key = normalizedText(text);
  return key === '' ? [] : key.split(' ');
}

/** The words of `normalizeWords` joined by single spaces, made without the array: the exact-repeat key. */
export function normalizedText(text: string): string {
  const low = text.toLowerCase();
  let out = '';
  let start = -1;
  let words = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = c < CHAR_KINDS.length ? CHAR_KINDS[c]! : OTHER;
    if (kind === WORD) {
      if (start < 0) start = i;
      continue;
    }
    if (kind === OTHER) {
      const key = normalizedTextFully(text);
      keyWords = wordCountOf(key);
      return key;
    }
    if (start >= 0) {
      out = out === '' ? low.slice(start, i) : out + ' ' + low.slice(start, i);
      start = -1;
      words++;
    }
  }
  if (start >= 0) {
    out = out === '' ? low.slice(start) : out + ' ' + low.slice(start);
    words++;
  }
  keyWords = words;
  return out;
}

/** The number of words of the last key `normalizedText` made (the duplicate finder needs both). */
let keyWords = 0;

/** The general case: compatibility forms folded (ligatures, full-width forms), then lower case, letters and digits only. */
function normalizedTextFully(text: string): string {
  // NFKC only matters for compatibility characters: skip it for plain Latin text.
  return (/[^\u0000-\u024f\u2000-\u206f]/u.test(text) ? text.normalize('NFKC') : text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * What each code unit of Latin text and general punctuation (U+0000–U+024F,
 * U+2000–U+206F: no NFKC there) is in `normalizedTextFully`: a letter or digit
 * once lower-cased, or a separator. OTHER is every code unit outside those
 * ranges, and İ, whose lower case is two code units: a text with one of them
 * takes the general path. Elsewhere lower case maps one code unit to one, so
 * the fast path can cut its words out of `text.toLowerCase()` at the same offsets.
 */
const SEPARATOR = 0;
const WORD = 1;
const OTHER = 2;
const CHAR_KINDS = (() => {
  const kinds = new Uint8Array(0x2070).fill(OTHER);
  const letterOrDigit = /^[\p{L}\p{N}]$/u;
  for (let c = 0; c < kinds.length; c++) {
    if (c >= 0x250 && c < 0x2000) continue;
    const lower = String.fromCharCode(c).toLowerCase();
    const l = lower.charCodeAt(0);
    if (lower.length !== 1 || (l >= 0x250 && l < 0x2000) || l >= 0x2070) continue;
    kinds[c] = letterOrDigit.test(lower) ? WORD : SEPARATOR;
  }
  return kinds;
})();

function hashString(s: string): number {
  // FNV-1a, 32 bits.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

let hashBuffer = new Uint32Array(256);
let shingleBuffer = new Uint32Array(256);

/**
 * The distinct hashes of a text's word 3-grams, ascending, in a scratch
 * buffer (valid until the next call): sorted, the bottom-k sketch is the first
 * k values and two texts compare by a merge, with no Set per paragraph.
 */
function shingles(key: string, wordCount: number): Uint32Array {
  if (wordCount < 3) {
    shingleBuffer[0] = hashString(key);
    return shingleBuffer.subarray(0, 1);
  }
  if (hashBuffer.length < wordCount) hashBuffer = new Uint32Array(wordCount * 2);
  if (shingleBuffer.length < wordCount) shingleBuffer = new Uint32Array(wordCount * 2);
  const n = wordHashes(key, hashBuffer);
  // Hash each word once, then mix three word hashes per shingle: no string is built per shingle.
  for (let i = 0; i + 3 <= n; i++) {
    let h = Math.imul(hashBuffer[i]! ^ 0x9e3779b9, 0x85ebca6b);
    h = Math.imul(h ^ hashBuffer[i + 1]!, 0xc2b2ae35);
    h = Math.imul(h ^ (h >>> 13) ^ hashBuffer[i + 2]!, 0x27d4eb2f);
    shingleBuffer[i] = (h ^ (h >>> 16)) >>> 0;
  }
  const out = shingleBuffer.subarray(0, n - 2).sort();
  let unique = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[unique - 1]) out[unique++] = out[i]!;
  return out.subarray(0, unique);
}

/** FNV-1a of each word of a normalised text (words are separated by single spaces), into `out`. */
function wordHashes(key: string, out: Uint32Array): number {
  let n = 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 32) {
      out[n++] = h >>> 0;
      h = 0x811c9dc5;
      continue;
    }
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  out[n++] = h >>> 0;
  return n;
}

/** How many of a text's smallest shingle hashes are looked up (a bottom-k sketch). */
const SKETCH = 8;
/** How many earliest texts an index entry remembers: common phrases do not make the lookup quadratic. */
const POSTINGS = 8;

function wordCountOf(key: string): number {
  if (key === '') return 0;
  let n = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) n++;
  return n;
}

/**
 * The remembered texts' shingles, one after the other in a growing typed
 * array, and an inverted index from shingle to the first POSTINGS texts that
 * hold it, as an open-addressing table of typed arrays. A 20 MB import holds
 * millions of shingles: a Map of arrays and a Set per paragraph cost hundreds
 * of megabytes and most of the time in the garbage collector.
 */
class ShingleStore {
  /** Remembered text k: its id, and its shingles at pool[starts[k], starts[k + 1]). */
  readonly ids: number[] = [];
  private pool = new Uint32Array(4096);
  private readonly starts: number[] = [0];
  /** Open addressing: slot → shingle, its first text (k + 1; 0 = empty slot), and where the others are listed. */
  private keys = new Uint32Array(1024);
  private firsts = new Int32Array(1024);
  private mores = new Int32Array(1024);
  private readonly overflow: number[][] = [];
  private size = 0;

  shinglesOf(k: number): Uint32Array {
    return this.pool.subarray(this.starts[k]!, this.starts[k + 1]!);
  }

  /** Calls `visit(k)` for each remembered text listed under the shingle, earliest first. */
  forEachPosting(shingle: number, visit: (k: number) => void): void {
    const slot = this.find(shingle);
    if (this.firsts[slot] === 0) return;
    visit(this.firsts[slot]! - 1);
    const more = this.mores[slot]!;
    if (more > 0) for (const k of this.overflow[more - 1]!) visit(k);
  }

  add(id: number, shingles: Uint32Array): void {
    const k = this.ids.length;
    this.ids.push(id);
    const start = this.starts[k]!;
    if (start + shingles.length > this.pool.length) {
      const grown = new Uint32Array(Math.max(this.pool.length * 2, start + shingles.length));
      grown.set(this.pool.subarray(0, start));
      this.pool = grown;
    }
    this.pool.set(shingles, start);
    this.starts.push(start + shingles.length);
    for (const h of shingles) this.post(h, k);
  }

  private post(shingle: number, k: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const slot = this.find(shingle);
    if (this.firsts[slot] === 0) {
      this.keys[slot] = shingle;
      this.firsts[slot] = k + 1;
      this.size++;
      return;
    }
    const more = this.mores[slot]!;
    if (more === 0) {
      this.overflow.push([k]);
      this.mores[slot] = this.overflow.length;
    } else {
      const list = this.overflow[more - 1]!;
      if (list.length < POSTINGS - 1) list.push(k);
    }
  }

  /** The slot of a shingle, or the empty slot where it would go. */
  private find(shingle: number): number {
    const mask = this.keys.length - 1;
    let slot = Math.imul(shingle, 0x9e3779b1) & mask;
    while (this.firsts[slot] !== 0 && this.keys[slot] !== shingle) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { keys, firsts, mores } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.firsts = new Int32Array(keys.length * 2);
    this.mores = new Int32Array(keys.length * 2);
    for (let old = 0; old < keys.length; old++) {
      if (firsts[old] === 0) continue;
      const slot = this.find(keys[old]!);
      this.keys[slot] = keys[old]!;
      this.firsts[slot] = firsts[old]!;
      this.mores[slot] = mores[old]!;
    }
  }
}

export function createDuplicateFinder(options: DuplicateOptions = DEFAULT_DUPLICATE_OPTIONS): DuplicateFinder {
  const exact = new Map<string, number>();
  const store = new ShingleStore();
  // Remembered texts that share a sketch value with the text being checked, and how many (a handful: a linear scan).
  const candidates: number[] = [];
  const counts: number[] = [];
  const count = (k: number) => {
    const at = candidates.indexOf(k);
    if (at >= 0) counts[at]!++;
    else {
      candidates.push(k);
      counts.push(1);
    }
  };

  return {
    check(id, text) {
      const key = normalizedText(text);
      const words = keyWords;
      if (words < options.minWordsExact) return null;
      const same = exact.get(key);
      if (same !== undefined) return same;
      exact.set(key, id);
      if (words < options.minWordsNear) return null;
      const own = shingles(key, words);
      const sketch = own.subarray(0, SKETCH);
      candidates.length = 0;
      counts.length = 0;
      for (const h of sketch) store.forEachPosting(h, count);
      let found: number | null = null;
      for (let c = 0; c < candidates.length; c++) {
        // A candidate that shares under half of the sketch cannot contain 80 % of the text (with high probability).
        if (counts[c]! < Math.ceil(sketch.length * options.containment) - 2) continue;
        const k = candidates[c]!;
        const candidate = store.ids[k]!;
        if (sortedOverlap(own, store.shinglesOf(k)) / own.length >= options.containment && (found === null || candidate < found)) found = candidate;
      }
      if (found !== null) return found;
      store.add(id, own);
      return null;
    },
  };
}
