import type { CleanedArticle, FoldKind } from '../model';
import { segmentSentences } from '../text/segment';
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
  const headlineKeys = new Set([article.meta.title, article.meta.kicker].filter((t): t is string => !!t).map(matchKey));
  const headlineCombined = matchKey(`${article.meta.kicker ?? ''} ${article.meta.title ?? ''}`);
  article.blocks.forEach((block, b) => {
    if (block.kind === 'heading') return;
    const text = article.body.slice(block.start, block.end);
    if (b === 0 || block.kind !== 'paragraph' || text.length < 300) {
      const key = matchKey(text);
      if (headlineKeys.has(key) || (headlineCombined.length > 0 && key === headlineCombined)) return;
    }
    pushUnits(text, block.start, null, b, lang, out);
  });
  article.folded.forEach((line, f) => {
    if (!CLAIM_BEARING_FOLDS.has(line.kind)) return;
    pushUnits(line.text, 0, f, article.blocks.length + f, lang, out);
  });
  return out;
}

function pushUnits(text: string, offset: number, folded: number | null, paragraph: number, lang: string, out: Candidate[]): void {
  for (const r of segmentSentences(text, lang)) {
    const unit = text.slice(r.start, r.end);
    const index = out.length;
    out.push({ text: unit, start: offset + r.start, end: offset + r.end, folded, paragraph, partOf: null, split: false });
    if (unit.length > LONG_UNIT) {
      const parts = segmentSentences(unit, lang, { keepQuotations: false });
      if (parts.length > 1) {
        out[index]!.split = true;
        for (const p of parts) {
          out.push({ text: unit.slice(p.start, p.end), start: offset + r.start + p.start, end: offset + r.start + p.end, folded, paragraph, partOf: index, split: false });
        }
      }
    }
  }
}
