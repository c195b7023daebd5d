import type { LanguageRules } from './rules/types';
import { classifyUnits } from './classify';
import { foldGalleries, foldGalleryTitles } from './gallery';
import { type TextMeta, foldRepeats, headerEnd, readBareByline, readTextMeta, readTitle } from './header';
import { createDuplicateFinder } from './near-duplicates';
import { foldCrossheads, markCaptions } from './structure';
import { type LineState, type Unit, newState } from './units';
import { articleCoreEnd, foldSections, spreadFurniture } from './zones';

export interface CleanOptions {
  rules: LanguageRules[];
  /**
   * Flat text (a paste, a .txt, a PDF's lines) has no structure: the cleaner
   * finds its title, kicker, crossheads and captions. Extracted HTML already
   * has them, and its title comes from the page's metadata.
   */
  flat: boolean;
  /** The title the page's metadata gives (structured input): blocks that repeat it are folded as `headline`. */
  title?: string | null;
}

export interface CleanResult {
  states: LineState[];
  meta: TextMeta;
}

/**
 * Decides, for every unit of an import, whether it stays in the body (and as
 * what kind of block) or is folded away (and why). Nothing is dropped: a folded
 * unit keeps its text. Every pass is linear in the number of units.
 */
export function cleanUnits(units: Unit[], options: CleanOptions): CleanResult {
  const { rules, flat } = options;
  const states = units.map(newState);
  classifyUnits(states, rules);
  foldGalleries(states);
  foldGalleryTitles(states);
  if (flat) markCaptions(states);

  let end = headerEnd(states);
  let title: string | null = null;
  let kicker: string | null = null;
  if (flat) {
    ({ title, kicker } = readTitle(states, end, rules));
    end = headerEnd(states);
  } else if (options.title) {
    foldRepeats(states, -1, [options.title]);
    end = headerEnd(states);
  }
  readBareByline(states, end);

  const coreEnd = articleCoreEnd(states);
  foldSections(states, coreEnd);
  spreadFurniture(states, coreEnd);
  if (flat) foldCrossheads(states, headerEnd(states), coreEnd);
  foldDuplicates(states);

  return { states, meta: readTextMeta(states, end, title, kicker) };
}

/** Repeated paragraphs and captions: the first occurrence stays, the others fold as `duplicate`. */
function foldDuplicates(states: LineState[]): void {
  const finder = createDuplicateFinder();
  for (let i = 0; i < states.length; i++) {
    const s = states[i]!;
    if (s.fold !== null) continue;
    if (finder.check(i, s.text) !== null) {
      s.fold = 'duplicate';
      s.text = s.unit.text;
      s.cuts = [];
    }
  }
}
