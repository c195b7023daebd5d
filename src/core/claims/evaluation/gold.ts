import type { ClaimType, DetectedClaim, FoldedLine, TextRange } from '../../model';
import { foldForMatch } from '../../text/tokens';

/**
 * Scoring detected claims against a gold annotation (the format of
 * ../shared/fixtures/*.gold.json): a gold claim is found when a detected
 * claim's anchor covers at least half of an occurrence of its `match` text.
 */
export interface ClaimGold {
  article: string;
  /** Where the annotated text comes from and who annotated it. */
  provenance?: string;
  language?: string;
  /** Whether the article was used while developing the detector, or kept aside to measure it. */
  split?: 'development' | 'held-out';
  /** A text written for the tests (invented events), reported apart from real news. */
  synthetic?: boolean;
  /** Canonical speaker → accepted aliases. */
  speakers: Record<string, string[]>;
  claims: GoldClaim[];
  noise?: { line: string; kind: string; occurrences?: number }[];
}

export interface GoldClaim {
  id: string;
  match: string;
  speaker: string | null;
  type: ClaimType;
  occurrences: number;
  must: boolean;
  note?: string;
}

export interface GoldReport {
  mustTotal: number;
  mustFound: string[];
  mustMissed: string[];
  /** Every gold claim (must or not): what a fact-checker marks. */
  goldTotal: number;
  goldFound: number;
  detected: number;
  /** Detected claims that cover some gold claim. */
  detectedMatching: number;
  /** Gold claims with a speaker or an expected null, found, and how many got the speaker right. */
  speakerChecked: number;
  speakerRight: number;
  /** The same, restricted to quotes and attributions (the acceptance criterion). */
  quoteSpeakerChecked: number;
  quoteSpeakerRight: number;
  /** The same, restricted to claims whose gold names a source (speaker not null): the issue's "Sources" figure. */
  namedChecked: number;
  namedRight: number;
  /** Found gold claims that are the outlet's own (speaker null), and how many were left without a speaker. */
  ownChecked: number;
  ownRight: number;
  speakerErrors: { id: string; expected: string | null; got: string | null }[];
  typeChecked: number;
  typeRight: number;
  typeErrors: { id: string; expected: ClaimType; got: ClaimType }[];
  /** Gold claims occurring more than once, and those found as one claim (or one linked pair) with every occurrence anchored. */
  clustersChecked: number;
  clustersRight: number;
  clusterErrors: { id: string; claims: number; anchored: number; expected: number }[];
  /** Detected claims anchored on a noise line. */
  noiseSuggested: string[];
  /** Gold `match` strings that do not occur in the imported text (an annotation or import problem). */
  unmatchable: string[];
}

interface Where extends TextRange {
  folded: number | null;
}

export function scoreAgainstGold(gold: ClaimGold, body: string, folded: readonly Pick<FoldedLine, 'text'>[], claims: readonly DetectedClaim[]): GoldReport {
  const report: GoldReport = {
    mustTotal: 0,
    mustFound: [],
    mustMissed: [],
    goldTotal: gold.claims.length,
    goldFound: 0,
    detected: claims.length,
    detectedMatching: 0,
    speakerChecked: 0,
    speakerRight: 0,
    quoteSpeakerChecked: 0,
    quoteSpeakerRight: 0,
    namedChecked: 0,
    namedRight: 0,
    ownChecked: 0,
    ownRight: 0,
    speakerErrors: [],
    typeChecked: 0,
    typeRight: 0,
    typeErrors: [],
    clustersChecked: 0,
    clustersRight: 0,
    clusterErrors: [],
    noiseSuggested: [],
    unmatchable: [],
  };
  const matching = new Set<number>();
  for (const g of gold.claims) {
    const places = occurrences(g.match, body, folded);
    if (places.length === 0) report.unmatchable.push(g.id);
    const hits: number[] = [];
    let anchored = 0;
    for (const place of places) {
      let covered = false;
      claims.forEach((c, i) => {
        if (c.anchors.some((a) => covers(a, place))) {
          covered = true;
          if (!hits.includes(i)) hits.push(i);
        }
      });
      if (covered) anchored++;
    }
    for (const h of hits) matching.add(h);
    if (g.must) {
      report.mustTotal++;
      (hits.length > 0 ? report.mustFound : report.mustMissed).push(g.id);
    }
    if (hits.length === 0) continue;
    report.goldFound++;
    const claim = claims[hits[0]!]!;
    const speakerOk = sameSpeaker(gold, g.speaker, claim.speaker);
    report.speakerChecked++;
    if (speakerOk) report.speakerRight++;
    else report.speakerErrors.push({ id: g.id, expected: g.speaker, got: claim.speaker });
    if (g.speaker === null) {
      report.ownChecked++;
      if (speakerOk) report.ownRight++;
    } else {
      report.namedChecked++;
      if (speakerOk) report.namedRight++;
    }
    if (g.type === 'quote' || g.type === 'attribution') {
      report.quoteSpeakerChecked++;
      if (speakerOk) report.quoteSpeakerRight++;
    }
    report.typeChecked++;
    if (claim.type === g.type) report.typeRight++;
    else report.typeErrors.push({ id: g.id, expected: g.type, got: claim.type });
    if (g.occurrences > 1) {
      report.clustersChecked++;
      const linked = hits.length === 1 || (hits.length === 2 && (claims[hits[0]!]!.relatedTo === hits[1] || claims[hits[1]!]!.relatedTo === hits[0]));
      const ok = linked && anchored >= Math.min(g.occurrences, places.length);
      if (ok) report.clustersRight++;
      else report.clusterErrors.push({ id: g.id, claims: hits.length, anchored, expected: g.occurrences });
    }
  }
  report.detectedMatching = matching.size;
  for (const n of gold.noise ?? []) {
    for (const place of lineOccurrences(n.line, body, folded)) {
      claims.forEach((c) => {
        if (c.anchors.some((a) => (a.folded ?? null) === place.folded && a.start < place.end && place.start < a.end)) report.noiseSuggested.push(`${n.line} ⇐ ${c.text.slice(0, 60)}`);
      });
    }
  }
  return report;
}

/** Occurrences of a gold match in the body and in the folded lines. */
export function occurrences(match: string, body: string, folded: readonly Pick<FoldedLine, 'text'>[]): Where[] {
  const out: Where[] = [];
  const find = (text: string, f: number | null): void => {
    for (let i = text.indexOf(match); i >= 0; i = text.indexOf(match, i + 1)) out.push({ start: i, end: i + match.length, folded: f });
  };
  find(body, null);
  folded.forEach((line, f) => find(line.text, f));
  return out;
}

/** Whole-line occurrences of a noise line: the line must stand alone between line breaks. */
function lineOccurrences(line: string, body: string, folded: readonly Pick<FoldedLine, 'text'>[]): Where[] {
  const out: Where[] = [];
  for (const w of occurrences(line, body, [])) {
    const before = w.start === 0 ? '\n' : body[w.start - 1];
    const after = w.end === body.length ? '\n' : body[w.end];
    if (before === '\n' && after === '\n') out.push(w);
  }
  folded.forEach((f, i) => {
    const at = f.text.indexOf(line);
    if (at >= 0 && f.text.trim() === line) out.push({ start: at, end: at + line.length, folded: i });
  });
  return out;
}

function covers(anchor: TextRange & { folded?: number }, place: Where): boolean {
  if ((anchor.folded ?? null) !== place.folded) return false;
  const shared = Math.min(anchor.end, place.end) - Math.max(anchor.start, place.start);
  return shared >= (place.end - place.start) / 2;
}

/** Speaker equality up to case, accents and the gold's aliases. */
export function sameSpeaker(gold: ClaimGold, expected: string | null, got: string | null): boolean {
  if (expected === null || got === null) return expected === got;
  const key = (s: string): string => foldForMatch(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const accepted = new Set([expected, ...(gold.speakers[expected] ?? [])].map(key));
  return accepted.has(key(got));
}
