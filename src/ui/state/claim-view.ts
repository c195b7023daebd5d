import type { Claim, ClaimOrigin, ClaimStatus, ClaimType } from '../../core/model';
import type { VerdictScale } from '../../core/verdicts';
import type { ClaimSort } from '../../contract/methods/ui-state';

/** What the Claims list shows. Empty string = any. */
export interface ClaimFilters {
  /** A verdict id, 'none' for claims without one, '' for any. */
  verdict: string;
  type: ClaimType | '';
  /** A speaker name, 'none' for claims without one, '' for any. */
  speaker: string;
  /** A workflow status, 'recheck' for the claims whose words changed under their verdict, '' for any. */
  status: ClaimStatus | 'recheck' | '';
  origin: ClaimOrigin | '';
  /** 'active' hides dismissed suggestions (the default); the others show one review state only. */
  review: 'active' | 'suggested' | 'accepted' | 'dismissed';
}

export const NO_FILTERS: ClaimFilters = { verdict: '', type: '', speaker: '', status: '', origin: '', review: 'active' };

export function activeFilterCount(f: ClaimFilters): number {
  return (['verdict', 'type', 'speaker', 'status', 'origin'] as const).filter((k) => f[k] !== '').length + (f.review === 'active' ? 0 : 1);
}

/**
 * Whether a claim is on the desk at this threshold: accepted and hand-made
 * claims always are; a suggestion only when it scores above the threshold;
 * dismissed ones never (they are listed only when asked for).
 */
export function onDesk(c: Claim, threshold: number): boolean {
  if (c.review === 'dismissed') return false;
  return c.review !== 'suggested' || c.score >= threshold;
}

export function filterClaims(claims: readonly Claim[], f: ClaimFilters, threshold: number): Claim[] {
  return claims.filter((c) => {
    if (f.review === 'dismissed') {
      if (c.review !== 'dismissed') return false;
    } else if (!onDesk(c, threshold) || (f.review !== 'active' && c.review !== f.review)) return false;
    if (f.verdict && (f.verdict === 'none' ? c.verdict !== null : c.verdict !== f.verdict)) return false;
    if (f.speaker && (f.speaker === 'none' ? c.speaker !== null : c.speaker !== f.speaker)) return false;
    if (f.type && c.type !== f.type) return false;
    if (f.status === 'recheck' ? !c.recheck : f.status && c.status !== f.status) return false;
    if (f.origin && c.origin !== f.origin) return false;
    return true;
  });
}

/** Where a claim sits in the article: its first body anchor (claims found only in captions go last). */
export function positionOf(c: Claim): number {
  const anchor = c.anchors.find((a) => a.foldedLineId === null) ?? c.anchors[0];
  return anchor ? anchor.start + (anchor.foldedLineId === null ? 0 : 1e9) : 2e9;
}

/**
 * Sorted copy. By verdict: the scale's order (best first), then claims still
 * without a verdict; ties keep the article's order so the list never jumps.
 */
export function sortClaims(claims: readonly Claim[], sort: ClaimSort, scale: VerdictScale | null): Claim[] {
  const rank = new Map((scale?.verdicts ?? []).map((v, i) => [v.id, i]));
  const verdictRank = (c: Claim) => (c.verdict === null ? 1000 : (rank.get(c.verdict) ?? 999));
  const keyed = claims.map((c) => ({ c, pos: positionOf(c), v: verdictRank(c) }));
  keyed.sort((a, b) => {
    if (sort === 'score' && a.c.score !== b.c.score) return b.c.score - a.c.score;
    if (sort === 'verdict' && a.v !== b.v) return a.v - b.v;
    return a.pos - b.pos || a.c.createdAt.localeCompare(b.c.createdAt) || a.c.id.localeCompare(b.c.id);
  });
  return keyed.map((k) => k.c);
}

export interface VerdictCount {
  id: string | null;
  count: number;
}

/** Per verdict of the scale (in its order), then the claims with none yet; verdicts not on the scale count under their id. */
export function verdictCounts(claims: readonly Claim[], scale: VerdictScale | null): VerdictCount[] {
  const counts = new Map<string | null, number>();
  for (const c of claims) counts.set(c.verdict, (counts.get(c.verdict) ?? 0) + 1);
  const out: VerdictCount[] = (scale?.verdicts ?? []).map((v) => ({ id: v.id, count: counts.get(v.id) ?? 0 }));
  for (const [id, count] of counts) if (id !== null && !out.some((o) => o.id === id)) out.push({ id, count });
  out.push({ id: null, count: counts.get(null) ?? 0 });
  return out;
}

/** The article's speakers with how many claims on the desk each made, most first. */
export function speakersOf(claims: readonly Claim[]): { name: string; claims: number }[] {
  const counts = new Map<string, number>();
  for (const c of claims) if (c.speaker && c.review !== 'dismissed') counts.set(c.speaker, (counts.get(c.speaker) ?? 0) + 1);
  return [...counts].map(([name, n]) => ({ name, claims: n })).sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
}
