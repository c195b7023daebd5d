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
  // NFKC only matters for compatibility characters (ligatures, full-width forms): skip it for plain Latin text.
  return (/[^\u0000-\u024f\u2000-\u206f]/u.test(text) ? text.normalize('NFKC') : text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

function hashString(s: string): number {
  // FNV-1a, 32 bits.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function shingles(words: string[]): Set<number> {
  const set = new Set<number>();
  if (words.length < 3) {
    set.add(hashString(words.join(' ')));
    return set;
  }
  // Hash each word once, then mix three word hashes per shingle: no string is built per shingle.
  const hashes = words.map(hashString);
  for (let i = 0; i + 3 <= hashes.length; i++) {
    let h = Math.imul(hashes[i]! ^ 0x9e3779b9, 0x85ebca6b);
    h = Math.imul(h ^ hashes[i + 1]!, 0xc2b2ae35);
    h = Math.imul(h ^ (h >>> 13) ^ hashes[i + 2]!, 0x27d4eb2f);
    set.add((h ^ (h >>> 16)) >>> 0);
  }
  return set;
}

/** The k smallest values of a set, without sorting all of it. */
function bottom(values: Set<number>, k: number): number[] {
  const out: number[] = [];
  for (const v of values) {
    if (out.length === k && v >= out[k - 1]!) continue;
    let i = Math.min(out.length, k - 1);
    if (out.length < k) out.push(v);
    while (i > 0 && out[i - 1]! > v) {
      out[i] = out[i - 1]!;
      i--;
    }
    out[i] = v;
  }
  return out;
}

/** How many of a text's smallest shingle hashes are looked up (a bottom-k sketch). */
const SKETCH = 8;
/** How many earliest texts an index entry remembers: common phrases do not make the lookup quadratic. */
const POSTINGS = 8;

export function createDuplicateFinder(options: DuplicateOptions = DEFAULT_DUPLICATE_OPTIONS): DuplicateFinder {
  const exact = new Map<string, number>();
  const index = new Map<number, number[]>();
  const sets = new Map<number, Set<number>>();

  return {
    check(id, text) {
      const words = normalizeWords(text);
      if (words.length < options.minWordsExact) return null;
      const key = words.join(' ');
      const same = exact.get(key);
      if (same !== undefined) return same;
      exact.set(key, id);
      if (words.length < options.minWordsNear) return null;
      const own = shingles(words);
      const sketch = bottom(own, SKETCH);
      const hits = new Map<number, number>();
      for (const h of sketch) for (const candidate of index.get(h) ?? []) hits.set(candidate, (hits.get(candidate) ?? 0) + 1);
      let found: number | null = null;
      for (const [candidate, count] of hits) {
        // A candidate that shares under half of the sketch cannot contain 80 % of the text (with high probability).
        if (count < Math.ceil(sketch.length * options.containment) - 2) continue;
        const other = sets.get(candidate)!;
        let shared = 0;
        for (const h of own) if (other.has(h)) shared++;
        if (shared / own.size >= options.containment && (found === null || candidate < found)) found = candidate;
      }
      if (found !== null) return found;
      sets.set(id, own);
      for (const h of own) {
        const list = index.get(h);
        if (!list) index.set(h, [id]);
        else if (list.length < POSTINGS) list.push(id);
      }
      return null;
    },
  };
}
