import type { CleanedArticle, ClaimType, SpeakerKind } from '../model';
import { analyzeClaims } from './detect';

export interface RangeAttribution {
  speaker: string | null;
  speakerEvidence: string | null;
  speakerKind: SpeakerKind | null;
  type: ClaimType | null;
}

const NOBODY: RangeAttribution = { speaker: null, speakerEvidence: null, speakerKind: null, type: null };

/**
 * Who says the words in each range of the body, read by the detector itself:
 * the sentence(s) a range lies in are attributed in their context (the article
 * up to that paragraph, so a pronoun or a quotation carried from earlier still
 * finds its speaker). Used when a claim is split: each part is attributed from
 * its own words, not given the whole's speaker.
 */
export function attributeRanges(article: Pick<CleanedArticle, 'body' | 'blocks' | 'meta'>, ranges: readonly { start: number; end: number }[], language: string | null): RangeAttribution[] {
  if (ranges.length === 0) return [];
  const last = Math.max(...ranges.map((r) => r.end));
  // Attribution only looks back: the text after the last range changes nothing.
  const blocks = article.blocks.filter((b) => b.start < last || (b.start === last && b.end === last));
  const upTo = blocks.at(-1)?.end ?? article.body.length;
  const { claims } = analyzeClaims({ body: article.body.slice(0, upTo), blocks, folded: [], meta: article.meta }, { language, minScore: 0 });
  return ranges.map((r) => {
    let best = NOBODY;
    let bestOverlap = 0;
    for (const c of claims) {
      for (const a of c.anchors) {
        if (a.folded !== undefined) continue;
        const overlap = Math.min(a.end, r.end) - Math.max(a.start, r.start);
        if (overlap > bestOverlap) {
          bestOverlap = overlap;
          best = { speaker: c.speaker, speakerEvidence: c.speakerEvidence, speakerKind: c.speakerKind, type: c.type };
        }
      }
    }
    return best;
  });
}
