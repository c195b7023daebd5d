import { containment, jaccard, overlap } from './shingles';

/**
 * Groups repeated sentences into one claim and links short and long forms of
 * the same statement, without comparing every pair: an exact-text map catches
 * verbatim repeats, and an inverted index from shingle to the first sentence of
 * each group (postings capped) proposes the few candidates worth a Jaccard.
 * Cost is linear in the number of shingles times the posting cap.
 */

export interface ClusterItem {
  /** Folded text, for exact repeats. */
  key: string;
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
const CANDIDATES = 6;

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
  const byKey = new Map<string, number>();
  const index = new Map<number, number[]>();
  const counts = new Map<number, number>();

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
    counts.clear();
    for (const s of item.shingles) {
      const posting = index.get(s);
      // A full posting is a shingle too common to tell groups apart ("de la", "in the"): skipped.
      if (!posting || posting.length >= options.postingCap) continue;
      for (const g of posting) counts.set(g, (counts.get(g) ?? 0) + 1);
    }
    let bestMerge = -1;
    let bestJ = 0;
    let bestRelate = -1;
    let bestC = 0;
    for (const g of strongest(counts, CANDIDATES)) {
      const rep = items[groups[g]![0]!]!;
      // Rare shingles only propose candidates; the verdict uses the exact overlap.
      if (counts.get(g)! * 4 < Math.min(item.shingles.length, rep.shingles.length)) continue;
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
    if (bestMerge >= 0) {
      join(bestMerge, i);
      continue;
    }
    const g = groups.length;
    groups.push([i]);
    related.push(bestRelate);
    if (bestRelate >= 0 && related[bestRelate] === -1) related[bestRelate] = g;
    groupOf[i] = g;
    byKey.set(item.key, g);
    for (const s of item.shingles) {
      const posting = index.get(s);
      if (!posting) index.set(s, [g]);
      else if (posting.length < options.postingCap) posting.push(g);
    }
  }
  return { groupOf, groups, relatedTo: Int32Array.from(related) };

  function strongest(counts: Map<number, number>, k: number): number[] {
    if (counts.size <= k) return [...counts.keys()];
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map((e) => e[0]);
  }

  function join(g: number, i: number): void {
    groups[g]!.push(i);
    groupOf[i] = g;
  }
}
