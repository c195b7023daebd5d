import type { BlockKind, FoldKind } from '../model';

/** One unit of input: a line of flat text, or a block extracted from a page or document. */
export interface Unit {
  text: string;
  /** The structure the source gave (HTML, DOCX, Markdown); null for a line of flat text. */
  kind: BlockKind | null;
  level?: number;
  /** Lines of flat text with no blank line between them share a group (a caption and its credit). */
  group: number;
}

/** A piece cut off a unit: "(ats/nxp)" at the end of a paragraph, a rights tag after a caption. */
export interface Cut {
  text: string;
  kind: FoldKind;
  at: 'start' | 'end';
}

export type DateRole = 'published' | 'modified';

/** What the cleaner knows and has decided about one unit. */
export interface LineState {
  unit: Unit;
  /** The text that stays in the body when the unit is kept (the unit's text minus its cuts). */
  text: string;
  words: number;
  /** Reads like running text: a sentence of some length, or a long line. */
  bodyLike: boolean;
  /** Why the whole unit is folded, or null while it stays in the body. */
  fold: FoldKind | null;
  /** The block kind decided by the cleaner (caption, quote, list item…); null means the source's kind, else paragraph. */
  block: BlockKind | null;
  cuts: Cut[];
  /** A dateline: the date it holds and, when a label says so, which date it is. */
  date?: { iso: string; role: DateRole | null };
  /** A byline read from the unit ("Par Nicolas Gutierrez C."). */
  byline?: string;
  /** The next unit is a byline, date, credit or caption (the unit is a label such as "Par" or "Image caption"). */
  labelFor?: 'byline' | DateRole | 'photo-credit' | 'caption';
  /** The unit opens a section of page furniture (related links, a gallery). */
  opensSection?: FoldKind;
  /** Read into the metadata as the title or the kicker. */
  role?: 'title' | 'kicker';
}

const SENTENCE_END = /[.!?…:;][\s"'”’»)\]]*$/u;

export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x202f;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Running text rather than a label, a title or a link. */
export function isBodyLike(text: string, words: number): boolean {
  // A menu or tag list flattened into one line ("Politique ▪ Société ▪ Culture ▪ …") is not running text, however long.
  if (countSeparators(text) >= 3) return false;
  if (words >= 22 || text.length >= 160) return true;
  return words >= 9 && SENTENCE_END.test(text);
}

function countSeparators(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ▪ • | · › and the » of breadcrumbs; « » as quotation marks come in pairs and are not counted.
    if (c === 0x25aa || c === 0x2022 || c === 0x7c || c === 0xb7 || c === 0x203a) n++;
  }
  return n;
}

/** Separators counted by the last `countWordsAndSeparators`. */
let separatorsSeen = 0;

/** `countWords`, counting the separators of `countSeparators` on the way (into `separatorsSeen`): one pass per line, not two. */
function countWordsAndSeparators(text: string): number {
  let n = 0;
  let separators = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let space = false;
    if (c <= 32) space = c === 32 || c === 9 || c === 10 || c === 13;
    else if (c >= 0x7c) {
      space = c === 160 || c === 0x202f;
      if (c === 0x25aa || c === 0x2022 || c === 0x7c || c === 0xb7 || c === 0x203a) separators++;
    }
    if (!space && !inWord) n++;
    inWord = !space;
  }
  separatorsSeen = separators;
  return n;
}

/** `isBodyLike` with the separators already counted. */
function bodyLikeShape(text: string, words: number, separators: number): boolean {
  if (separators >= 3) return false;
  if (words >= 22 || text.length >= 160) return true;
  return words >= 9 && SENTENCE_END.test(text);
}

export function newState(unit: Unit): LineState {
  const words = countWordsAndSeparators(unit.text);
  return { unit, text: unit.text, words, bodyLike: bodyLikeShape(unit.text, words, separatorsSeen), fold: null, block: null, cuts: [] };
}

/** Recompute the shape of a state after its text was cut. */
export function setText(state: LineState, text: string): void {
  state.text = text;
  state.words = countWordsAndSeparators(text);
  state.bodyLike = bodyLikeShape(text, state.words, separatorsSeen);
}

/** Kept in the body, and not yet given a kind by the cleaner. */
export function isOpen(state: LineState): boolean {
  return state.fold === null && state.block === null && state.role === undefined;
}

/** Kinds of furniture that spread to the short unknown lines around them. */
export const SPREADING_KINDS: ReadonlySet<FoldKind> = new Set(['share', 'boilerplate', 'related', 'gallery']);
