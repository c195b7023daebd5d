import type { FoldKind } from '../model';
import { type LineState, SPREADING_KINDS } from './units';

/**
 * Where the article is in a scraped page: the run of lines that holds the most
 * running text for the least furniture (a maximum-sum subarray, one pass).
 * Lines after it are the page's tail: related links, live feeds, footers.
 */
export function articleCoreEnd(states: LineState[]): number {
  let best = -Infinity;
  let bestEnd = states.length - 1;
  let running = 0;
  for (let i = 0; i < states.length; i++) {
    const s = states[i]!;
    const weight = s.fold !== null ? -60 : s.bodyLike ? s.text.length : -15;
    running = Math.max(weight, running + weight);
    if (running > best) {
      best = running;
      bestEnd = i;
    }
  }
  return bestEnd;
}

/** Kinds a section of furniture takes over: the dates, bylines and labels inside a list of links belong to it. */
const ABSORBED: ReadonlySet<FoldKind> = new Set(['dateline', 'credit', 'photo-credit', 'headline', 'share', 'subheading', 'duplicate']);

function absorb(s: LineState, kind: FoldKind): void {
  if (s.fold === null || ABSORBED.has(s.fold)) {
    s.fold = kind;
    s.block = null;
    s.date = undefined;
    s.byline = undefined;
  }
}

/**
 * A heading such as "Articles en relation" opens a section of links. Inside
 * the article it runs over the short lines that follow and stops at the next
 * paragraph of running text; in the tail it runs to the end of the page.
 */
export function foldSections(states: LineState[], coreEnd: number): void {
  for (let i = 0; i < states.length; i++) {
    const kind = states[i]!.opensSection;
    if (!kind) continue;
    let j = i + 1;
    for (; j < states.length; j++) {
      const s = states[j]!;
      if (s.role !== undefined) break;
      if (s.fold === null && j <= coreEnd && (s.bodyLike || (s.block !== null && s.block !== 'paragraph' && s.block !== 'list-item'))) break;
      if (s.fold === null && j > coreEnd && s.block === 'quote') break;
      // Inside the article, a paywall prompt or a gallery ends the list of links.
      if (s.fold !== null && s.fold !== kind && !ABSORBED.has(s.fold) && j <= coreEnd) break;
      absorb(s, kind);
    }
    i = j - 1;
  }
}

/**
 * Short unknown lines take the kind of the furniture around them: the
 * "Orthographe / Grammaire" choices between two parts of an error form, the
 * "pour consulter" between two paywall lines. In the tail, they take the kind
 * of the line before them ("Mail the editor" after "LinkedIn").
 */
export function spreadFurniture(states: LineState[], coreEnd: number): void {
  foldTail(states, coreEnd);
  let previousKind: FoldKind | null = null;
  let run: LineState[] = [];
  const flush = (nextKind: FoldKind | null, atEnd: boolean) => {
    if (run.length > 0 && previousKind !== null && (nextKind !== null || atEnd)) for (const s of run) s.fold = previousKind;
    run = [];
  };
  for (let i = 0; i < states.length; i++) {
    const s = states[i]!;
    const short = s.fold === null && s.block === null && s.role === undefined && !s.bodyLike && s.words <= 8;
    if (short) {
      run.push(s);
      if (i > coreEnd && previousKind !== null) flush(previousKind, false);
      continue;
    }
    const kind = s.fold !== null && SPREADING_KINDS.has(s.fold) ? s.fold : null;
    flush(kind, false);
    previousKind = kind;
  }
  flush(null, true);
}

/**
 * After the article, once page furniture has started (share buttons, related
 * links, a newsletter box), nothing is the article any more: author boxes, site
 * maps and teasers, however long, fold with the furniture before them.
 */
function foldTail(states: LineState[], coreEnd: number): void {
  // Before the furniture starts: two or more short lines in a row are links (an author box, teasers).
  let run: LineState[] = [];
  const flush = () => {
    if (run.length >= 2) for (const s of run) s.fold = 'related';
    run = [];
  };
  for (let i = coreEnd + 1; i < states.length; i++) {
    const s = states[i]!;
    if (s.fold !== null && SPREADING_KINDS.has(s.fold)) break;
    if (s.fold !== null) continue;
    if (s.block === null && s.words < 15 && !/^[\p{N}\-–•*]/u.test(s.text)) run.push(s);
    else flush();
  }
  flush();
  let kind: FoldKind | null = null;
  for (let i = coreEnd + 1; i < states.length; i++) {
    const s = states[i]!;
    if (s.fold !== null) {
      if (SPREADING_KINDS.has(s.fold)) kind = s.fold;
      continue;
    }
    if (kind !== null && s.block !== 'quote') {
      s.fold = kind;
      s.block = null;
    }
  }
}
