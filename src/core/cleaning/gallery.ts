import type { LineState } from './units';

/**
 * Galleries scraped as text repeat the same short line every few lines
 * ("UK news in pictures" / date / caption / credit, fifty times). A short line
 * that comes back at a regular interval marks a gallery: everything from its
 * first to its last occurrence, plus one more cycle, is folded as `gallery`.
 * One pass over the lines and a map of short texts: linear.
 */
export function foldGalleries(states: LineState[]): void {
  const occurrences = new Map<string, number[]>();
  for (let i = 0; i < states.length; i++) {
    const s = states[i]!;
    if (s.words > 8 || s.bodyLike || (s.fold !== null && s.fold !== 'gallery')) continue;
    const key = s.unit.text.toLowerCase();
    const list = occurrences.get(key);
    if (list) list.push(i);
    else occurrences.set(key, [i]);
  }
  for (const positions of occurrences.values()) {
    if (positions.length < 4) continue;
    const gaps: number[] = [];
    for (let k = 1; k < positions.length; k++) gaps.push(positions[k]! - positions[k - 1]!);
    const period = mode(gaps);
    // A label repeated on adjacent lines or far apart is not a gallery cycle.
    if (period < 2 || period > 8) continue;
    const regular = gaps.filter((g) => Math.abs(g - period) <= 1).length;
    if (regular < gaps.length * 0.7) continue;
    const first = positions[0]!;
    const last = Math.min(states.length - 1, positions[positions.length - 1]! + period - 1);
    for (let i = first; i <= last; i++) {
      const s = states[i]!;
      if (s.fold === 'script') continue;
      s.fold = 'gallery';
      s.block = null;
      s.cuts = [];
      s.text = s.unit.text;
    }
  }
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

/** The title line of a gallery ("UK news in pictures" above "Show all 50") belongs to the gallery. */
export function foldGalleryTitles(states: LineState[]): void {
  for (let i = 0; i + 1 < states.length; i++) {
    const s = states[i]!;
    if (states[i + 1]!.fold === 'gallery' && s.fold === null && s.block === null && !s.bodyLike && s.words <= 8) s.fold = 'gallery';
  }
}
