/** A run of text with the claims that cover it. */
export interface Segment {
  start: number;
  end: number;
  claimIds: string[];
}

export interface Highlight {
  claimId: string;
  start: number;
  end: number;
}

/**
 * Cuts [from, to) into runs at every highlight boundary, so overlapping claims
 * render as nested-free spans. Linear in the number of boundaries (sorted once).
 */
export function segmentRange(from: number, to: number, highlights: Highlight[]): Segment[] {
  const inside = highlights.filter((h) => h.end > from && h.start < to && h.end > h.start);
  const cuts = new Set<number>([from, to]);
  for (const h of inside) {
    cuts.add(Math.max(from, h.start));
    cuts.add(Math.min(to, h.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const claimIds = inside.filter((h) => h.start <= start && h.end >= end).map((h) => h.claimId);
    out.push({ start, end, claimIds });
  }
  return out;
}
