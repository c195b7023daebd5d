import { type LineState, isOpen } from './units';

/** Lines of flat text that sit with a photo credit (no blank line between) are its caption. */
export function markCaptions(states: LineState[]): void {
  let start = 0;
  while (start < states.length) {
    const group = states[start]!.unit.group;
    let end = start;
    while (end < states.length && states[end]!.unit.group === group) end++;
    const members = states.slice(start, end);
    const credited = members.some((s) => s.fold === 'photo-credit' || s.cuts.some((c) => c.kind === 'photo-credit' || c.kind === 'rights-tag'));
    if (credited && members.length <= 6) {
      for (const s of members) if (s.fold === null && s.block === null && s.words <= 80) s.block = 'caption';
    }
    start = end;
  }
}

const NOT_A_HEADING = /^(?:sources?|notes?|nb|n\.b\.|ps|p\.s\.)\s*:/iu;
const HEADING_START = /^[\p{Lu}\p{N}«"“‘'¿¡]/u;

/** A short line that could be a crosshead, or one of a list of links, in flat text. */
function isShortTitleLine(s: LineState): boolean {
  if (!isOpen(s) || s.bodyLike || s.words > 15 || s.unit.kind !== null) return false;
  const text = s.text;
  if (/[.,;]$/u.test(text) || !HEADING_START.test(text) || NOT_A_HEADING.test(text)) return false;
  // Figures ("33% of those hospitalised…") and list items are content, not titles.
  return !/^[\p{N}\-–•*]/u.test(text);
}

/**
 * Inside the article, a lone short title line between paragraphs is a crosshead
 * (folded as `subheading`; the editor shows it as a heading); two or more in a
 * row are a list of links ("One virus, two Americas" / "Four out of five jobs…").
 */
export function foldCrossheads(states: LineState[], firstBody: number, coreEnd: number): void {
  let run: LineState[] = [];
  const flush = () => {
    const kind = run.length === 1 ? 'subheading' : 'related';
    for (const s of run) s.fold = kind;
    run = [];
  };
  for (let i = firstBody + 1; i <= coreEnd && i < states.length; i++) {
    const s = states[i]!;
    if (s.fold !== null) continue;
    if (isShortTitleLine(s)) run.push(s);
    else flush();
  }
  flush();
}
