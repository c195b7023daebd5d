import type { CleanedArticle, FoldKind } from '../model';
import type { TextRange } from '../model';
import { segmentRange, segmentSentences } from '../text/segment';
import { matchKey } from './shingles';

/** A sentence (or quotation unit) that may be a claim, where it stands, and its paragraph. */
export interface Candidate {
  text: string;
  start: number;
  end: number;
  /** Index into `folded` when the sentence lies in a folded line; offsets then index that line's text. */
  folded: number | null;
  /** The block (or folded line) it belongs to: attribution carries within and across paragraphs in order. */
  paragraph: number;
  /** Set on the pieces of a long multi-sentence quotation: the index of the whole unit, whose attribution they share. */
  partOf: number | null;
  /** A long unit cut into pieces: it only lends its speaker to them and is not a claim itself. */
  split: boolean;
}

/** Folded lines that may repeat a claim of the body. Every other kind is noise and never a claim. */
export const CLAIM_BEARING_FOLDS: ReadonlySet<FoldKind> = new Set<FoldKind>(['duplicate', 'caption']);

/** A quotation unit longer than this is also cut into its sentences, each keeping the unit's speaker. */
const LONG_UNIT = 320;

export function collectCandidates(article: Pick<CleanedArticle, 'body' | 'blocks' | 'folded' | 'meta'>, lang: string): Candidate[] {
  const out: Candidate[] = [];
  // The headline, when the importer left it in the body, is never a claim: compared only against blocks of a similar length.
  const headlines = [article.meta.title, article.meta.kicker, article.meta.kicker && article.meta.title ? `${article.meta.kicker} ${article.meta.title}` : null].filter((t): t is string => !!t);
  const headlineKeys = new Set(headlines.map(matchKey));
  const longest = Math.max(0, ...headlines.map((h) => h.length)) + 10;
  const ranges: TextRange[] = [];
  article.blocks.forEach((block, b) => {
    if (block.kind === 'heading') return;
    if (headlineKeys.size > 0 && block.end - block.start <= longest && headlineKeys.has(matchKey(article.body.slice(block.start, block.end)))) return;
    pushUnits(article.body, block.start, block.end, null, b, lang, out, ranges);
  });
  article.folded.forEach((line, f) => {
    if (!CLAIM_BEARING_FOLDS.has(line.kind)) return;
    pushUnits(line.text, 0, line.text.length, f, article.blocks.length + f, lang, out, ranges);
  });
  return out;
}

function pushUnits(text: string, from: number, to: number, folded: number | null, paragraph: number, lang: string, out: Candidate[], ranges: TextRange[]): void {
  ranges.length = 0;
  for (const r of segmentRange(text, from, to, lang, {}, ranges)) {
    const unit = text.slice(r.start, r.end);
    const index = out.length;
    out.push({ text: unit, start: r.start, end: r.end, folded, paragraph, partOf: null, split: false });
    if (unit.length > LONG_UNIT) {
      const parts = segmentSentences(unit, lang, { keepQuotations: false });
      if (parts.length > 1) {
        out[index]!.split = true;
        for (const p of parts) {
          out.push({ text: unit.slice(p.start, p.end), start: r.start + p.start, end: r.start + p.end, folded, paragraph, partOf: index, split: false });
        }
      }
    }
  }
}
