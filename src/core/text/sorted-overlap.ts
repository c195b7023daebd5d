/**
 * How many values two ascending arrays of distinct values share: the
 * intersection size behind shingle containment and Jaccard similarity, used
 * by the duplicate finder of cleaning and by claim clustering.
 */
export function sortedOverlap(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}
