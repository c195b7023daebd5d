import { CLAIM_TYPES, SPEAKER_KINDS, type ClaimType, type DetectedClaim, type SpeakerKind } from '../../core/model';

/**
 * The detector's claims laid out for the trip from a worker thread to storage:
 * one string holding every text field, typed arrays for the rest. Cloning
 * 180,000 claim objects across threads cost ~2.5 s to serialize in the worker
 * and ~9 s to deserialize on the thread that answers requests (a 20 MB article);
 * this is one string copy and a few buffers moved. The reasons are already the
 * JSON that storage keeps. Anchors keep offsets only: the selectors (exact,
 * prefix, suffix) are slices of the article that storage has anyway.
 */
export interface ClaimBatch {
  count: number;
  /** Every text field of every claim, end to end; `bounds` gives where each is. */
  strings: string;
  /** Per claim and field (text, speaker, speaker evidence, reasons JSON): start and end in `strings`; -1 for null. */
  bounds: Int32Array;
  /** Per claim: its type's index in CLAIM_TYPES. */
  types: Uint8Array;
  /** Per claim: 0 without a speaker kind, else 1 + its index in SPEAKER_KINDS. */
  kinds: Uint8Array;
  scores: Float64Array;
  /** Per claim: the index of a related claim, or -1. */
  related: Int32Array;
  /** Per anchor, four numbers: claim index, start, end, folded line index (-1 in the body). Claims' anchors are in order. */
  anchors: Int32Array;
}

export const CLAIM_FIELDS = { text: 0, speaker: 1, speakerEvidence: 2, reasons: 3 } as const;
const FIELDS = 4;
export const ANCHOR_STRIDE = 4;

export function packClaims(detected: readonly DetectedClaim[]): ClaimBatch {
  const count = detected.length;
  const parts: string[] = [];
  const bounds = new Int32Array(count * FIELDS * 2);
  const types = new Uint8Array(count);
  const kinds = new Uint8Array(count);
  const scores = new Float64Array(count);
  const related = new Int32Array(count);
  let anchorCount = 0;
  for (const c of detected) anchorCount += c.anchors.length;
  const anchors = new Int32Array(anchorCount * ANCHOR_STRIDE);
  let at = 0;
  let a = 0;
  const put = (slot: number, value: string | null) => {
    if (value === null) {
      bounds[slot] = bounds[slot + 1] = -1;
      return;
    }
    parts.push(value);
    bounds[slot] = at;
    at += value.length;
    bounds[slot + 1] = at;
  };
  detected.forEach((c, i) => {
    const slot = i * FIELDS * 2;
    put(slot, c.text);
    put(slot + 2, c.speaker);
    put(slot + 4, c.speakerEvidence);
    put(slot + 6, JSON.stringify(c.reasons));
    types[i] = CLAIM_TYPES.indexOf(c.type);
    kinds[i] = c.speaker === null || c.speakerKind === null ? 0 : 1 + SPEAKER_KINDS.indexOf(c.speakerKind);
    scores[i] = c.score;
    related[i] = c.relatedTo ?? -1;
    for (const o of c.anchors) {
      anchors[a++] = i;
      anchors[a++] = o.start;
      anchors[a++] = o.end;
      anchors[a++] = o.folded ?? -1;
    }
  });
  return { count, strings: parts.join(''), bounds, types, kinds, scores, related, anchors };
}

/** One text field of claim `i` (a slice of the batch's string: no copy). */
export function claimField(batch: ClaimBatch, i: number, field: keyof typeof CLAIM_FIELDS): string | null {
  const slot = (i * FIELDS + CLAIM_FIELDS[field]) * 2;
  const start = batch.bounds[slot]!;
  return start < 0 ? null : batch.strings.slice(start, batch.bounds[slot + 1]);
}

export function claimType(batch: ClaimBatch, i: number): ClaimType {
  return CLAIM_TYPES[batch.types[i]!]!;
}

export function claimSpeakerKind(batch: ClaimBatch, i: number): SpeakerKind | null {
  const k = batch.kinds[i]!;
  return k === 0 ? null : SPEAKER_KINDS[k - 1]!;
}

/** The buffers a batch can hand over instead of copying. */
export function batchBuffers(batch: ClaimBatch): ArrayBuffer[] {
  return [batch.bounds.buffer, batch.types.buffer, batch.kinds.buffer, batch.scores.buffer, batch.related.buffer, batch.anchors.buffer] as ArrayBuffer[];
}

/** The claims of a batch as the detector gave them (for the few that are read back, as a new version's new sentences). */
export function unpackClaims(batch: ClaimBatch): DetectedClaim[] {
  const out: DetectedClaim[] = [];
  for (let i = 0; i < batch.count; i++) {
    out.push({
      text: claimField(batch, i, 'text') ?? '',
      type: claimType(batch, i),
      speaker: claimField(batch, i, 'speaker'),
      speakerEvidence: claimField(batch, i, 'speakerEvidence'),
      speakerKind: claimSpeakerKind(batch, i),
      score: batch.scores[i]!,
      reasons: JSON.parse(claimField(batch, i, 'reasons') ?? '[]') as DetectedClaim['reasons'],
      anchors: [],
      relatedTo: batch.related[i]! < 0 ? null : batch.related[i]!,
    });
  }
  for (let a = 0; a < batch.anchors.length; a += ANCHOR_STRIDE) {
    const folded = batch.anchors[a + 3]!;
    out[batch.anchors[a]!]!.anchors.push(folded < 0 ? { start: batch.anchors[a + 1]!, end: batch.anchors[a + 2]! } : { start: batch.anchors[a + 1]!, end: batch.anchors[a + 2]!, folded });
  }
  return out;
}
