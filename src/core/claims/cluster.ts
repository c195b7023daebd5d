import { PostingIndex } from './postings';
import { containment, jaccard, overlap } from './shingles';

/**
 * Groups repeated sentences into one claim and links short and long forms of
 * the same statement, without comparing every pair: an exact-text map catches
 * verbatim repeats, and an inverted index from shingle to the first sentence of
 * each group (postings capped) proposes the few candidates worth a Jaccard.
 * Cost is linear in the number of shingles times the posting cap.
 */

export interface ClusterItem {
  /** A 53-bit hash of the folded words, for exact repeats. */
  key: number;
  shingles: Uint32Array;
  /** A sentence of a folded line: it joins a body group when it repeats one, and only makes its own group when it does not. */
  folded: boolean;
}

export interface ClusterOptions {
  /** Jaccard at or above which two sentences are the same claim (a caption repeating the lead). */
  mergeAt: number;
  /** Containment at or above which a shorter sentence is a short form of a longer one (linked, not merged). */
  relateAt: number;
  /** Fewest shingles a sentence needs before it can be linked as a short form. */
  minRelated: number;
  /** Postings kept per shingle: beyond it, a shingle is too common to propose candidates. */
  postingCap: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { mergeAt: 0.7, relateAt: 0.8, minRelated: 5, postingCap: 16 };

/** Candidates per sentence given an exact comparison: those sharing the most rare shingles. */
const CANDIDATES = 4;
/** Shingles of a sentence looked up in the index (the smallest hashes: a bottom-k sketch). */
const SKETCH = 8;

export interface Clustering {
  /** For each item, its group. */
  groupOf: Int32Array;
  /** Each group's items, the first body item first. */
  groups: number[][];
  /** For each group, another group holding a short or long form of it, or -1. */
  relatedTo: Int32Array;
}

export function clusterItems(items: readonly ClusterItem[], options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): Clustering {
  const groupOf = new Int32Array(items.length).fill(-1);
  const groups: number[][] = [];
  const related: number[] = [];
  const byKey = new Map<number, number>();
  const index = new PostingIndex(options.postingCap);
  // Shared-shingle counts per group, in a typed array reset through the list of groups touched.
  let counts = new Int32Array(64);
  const touched: number[] = [];
  const best: number[] = [];

  // Body sentences first, in order; then folded lines, which join body groups.
  const order: number[] = [];
  for (let i = 0; i < items.length; i++) if (!items[i]!.folded) order.push(i);
  for (let i = 0; i < items.length; i++) if (items[i]!.folded) order.push(i);
  for (const i of order) {
    const item = items[i]!;
    const exact = byKey.get(item.key);
    if (exact !== undefined) {
      join(exact, i);
      continue;
    }
    touched.length = 0;
    // Query with the sentence's smallest shingle hashes only (its bottom-k sketch, as in MinHash): two
    // near-duplicates share most of them, and a short form's are all inside its long form's shingles.
    const query = Math.min(item.shingles.length, SKETCH);
    for (let q = 0; q < query; q++) {
      const s = item.shingles[q]!;
      const posting = index.find(s);
      // A full posting is a shingle too common to tell groups apart ("de la", "in the"): skipped.
      if (posting < 0) continue;
      const size = index.size(posting);
      if (size >= options.postingCap) continue;
      for (let k = 0; k < size; k++) {
        const g = index.member(posting, k);
        if (counts[g]!++ === 0) touched.push(g);
      }
    }
    // The few groups sharing the most rare shingles get an exact comparison.
    best.length = 0;
    for (const g of touched) {
      if (best.length < CANDIDATES) best.push(g);
      else {
        let weakest = 0;
        for (let k = 1; k < best.length; k++) if (counts[best[k]!]! < counts[best[weakest]!]!) weakest = k;
        if (counts[g]! > counts[best[weakest]!]!) best[weakest] = g;
      }
    }
    let bestMerge = -1;
    let bestJ = 0;
    let bestRelate = -1;
    let bestC = 0;
    for (const g of best) {
      const rep = items[groups[g]![0]!]!;
      if (counts[g]! * 4 < query) continue;
      const shared = overlap(item.shingles, rep.shingles);
      const j = jaccard(item.shingles, rep.shingles, shared);
      const c = containment(item.shingles, rep.shingles, shared);
      const mergeable = j >= options.mergeAt || (item.folded && c >= options.relateAt);
      if (mergeable && j > bestJ) {
        bestJ = j;
        bestMerge = g;
      }
      if (c >= options.relateAt && Math.min(item.shingles.length, rep.shingles.length) >= options.minRelated && c > bestC) {
        bestC = c;
        bestRelate = g;
      }
    }
    for (const g of touched) counts[g] = 0;
    if (bestMerge >= 0) {
      join(bestMerge, i);
      // Its word-for-word repeats join the same group without a search.
      byKey.set(item.key, bestMerge);
      continue;
    }
    const g = groups.length;
    groups.push([i]);
    related.push(bestRelate);
    if (bestRelate >= 0 && related[bestRelate] === -1) related[bestRelate] = g;
    groupOf[i] = g;
    byKey.set(item.key, g);
    if (g >= counts.length) {
      const grown = new Int32Array(counts.length * 2);
      grown.set(counts);
      counts = grown;
    }
    for (const s of item.shingles) index.add(s, g);
  }
  return { groupOf, groups, relatedTo: Int32Array.from(related) };

  function join(g: number, i: number): void {
    groups[g]!.push(i);
    groupOf[i] = g;
  }
}
