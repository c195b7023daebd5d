import { z } from 'zod';
import { BLOCK_KINDS, FOLD_KINDS, type Claim } from '../../core/model';
import type { ReanchorMethod, ReanchorStatus } from '../../core/anchoring/reanchor';
import { LIMITS, id, longText, offset, shortText } from '../schemas';
import { newVersionInput } from './articles';
import { method } from './define';

/** A block of the edited body (the editor always sends blocks joined by "\n\n"). */
export const editedBlock = z.strictObject({
  kind: z.enum(BLOCK_KINDS),
  start: offset,
  end: offset,
  level: z.number().int().min(1).max(6).optional(),
  restoredFrom: z.enum(FOLD_KINDS).optional(),
});

/** A folded line as the editor holds it: an existing one (its id) or one just folded (an id the editor made). */
export const editedFoldedLine = z.strictObject({
  id,
  kind: z.enum(FOLD_KINDS),
  text: longText,
  position: offset,
  order: z.number().int().min(0).max(1_000_000),
  inline: z.boolean().optional(),
});

/** Where an anchor is after the edit: body offsets, or offsets into a folded line's text. */
export const editedAnchor = z.strictObject({
  id,
  start: offset,
  end: offset,
  foldedLineId: id.nullable(),
  /** The anchor's words were deleted: it keeps its last quote and waits to be re-attached. */
  orphaned: z.boolean(),
});

export const saveTextInput = z.strictObject({
  articleId: id,
  body: z.string().max(LIMITS.articleChars),
  blocks: z.array(editedBlock).max(50_000),
  folded: z.array(editedFoldedLine).max(50_000),
  anchors: z.array(editedAnchor).max(200_000),
});

export interface TextSaved {
  updatedAt: string;
  /** Claims whose text followed the edit (a typo fixed inside it) or that lost an anchor: their new state. */
  claims: Claim[];
}

/** What happened to one anchor when the article's text was replaced by a new version. */
export interface ReanchorEntry {
  claimId: string;
  anchorId: string;
  status: ReanchorStatus;
  method: ReanchorMethod;
  before: { start: number; end: number; exact: string; foldedLineId: string | null };
  after: { start: number; end: number; exact: string; foldedLineId: string | null };
}

export interface TextUpdateReport {
  articleId: string;
  at: string;
  counts: Record<ReanchorStatus, number>;
  entries: ReanchorEntry[];
  /** Claims whose words changed under a verdict: they now need a re-check (absent from reports made before it existed). */
  recheck?: string[];
  /** Sentences new in this version that the detector found check-worthy: new suggestions. */
  suggested?: { claimId: string; text: string }[];
}

/** What a merge keeps when the claims disagree; a field left out keeps nothing if they disagree (the answer says so). */
export const mergeKeep = z.strictObject({
  speaker: shortText.nullable().optional(),
  verdict: z.string().max(64).nullable().optional(),
});

export interface MergeResult {
  claim: Claim;
  removed: string[];
  /** Fields on which the claims disagreed and none was chosen: the merged claim has none. */
  cleared: ('speaker' | 'verdict')[];
}

export const editingMethods = {
  /** Saves the body after an edit in the editor, with every anchor where the editor's position mapping put it. One transaction, one audit event. */
  'editing.saveText': method(saveTextInput).returns<TextSaved>(),
  /** Replaces the article's text by a new version (pasted or re-imported) and re-anchors every claim: position, then quote, then fuzzy quote. */
  'editing.updateText': method(newVersionInput).returns<TextUpdateReport>(),
  /** The report of the last `editing.updateText` of an article (null when there was none). */
  'editing.lastUpdate': method(z.strictObject({ articleId: id })).returns<{ report: TextUpdateReport | null }>(),
  /** Attaches an anchor (an orphan, usually) to a new range of the body. */
  'editing.reattach': method(z.strictObject({ anchorId: id, start: offset, end: offset })).returns<Claim>(),
  /** Merges claims into one: anchors, sources, rationale and tags move to `into`; the others are removed (their last state stays in the audit trail). */
  'editing.merge': method(z.strictObject({ into: id, from: z.array(id).min(1).max(50), keep: mergeKeep.optional() })).returns<MergeResult>(),
  /** Splits a claim at a body offset inside one of its anchors: the words after it become a new claim; each part is attributed from its own words. */
  'editing.split': method(z.strictObject({ claimId: id, anchorId: id, at: offset })).returns<{ first: Claim; second: Claim }>(),
} as const;
