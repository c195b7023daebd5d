import { describe, expect, it } from 'vitest';
import { NO_FILTERS, activeFilterCount, filterClaims, onDesk, sortClaims, speakersOf, verdictCounts } from '../../src/ui/state/claim-view';
import { snippetParts } from '../../src/ui/state/snippet';
import { DEFAULT_SCALE } from '../../src/core/verdicts';
import { claim } from './fake-api';

const claims = [
  claim('c1', 'A', { score: 0.4 }),
  claim('c2', 'B', { score: 0.8, review: 'accepted', verdict: 'false', status: 'checked', speaker: 'Washington', type: 'attribution' }),
  claim('c3', 'C', { score: 0.9, review: 'dismissed' }),
  claim('c4', 'D', { score: 0.2, review: 'accepted', origin: 'manual', speaker: null }),
  claim('c5', 'E', { score: 0.7, verdict: 'verified', review: 'accepted', status: 'checked' }),
];
const ids = (list: { id: string }[]) => list.map((c) => c.id);

describe('what the Claims list shows', () => {
  it('keeps accepted claims whatever their score, suggestions above the threshold, dismissed ones only on request', () => {
    expect(claims.filter((c) => onDesk(c, 0.5)).map((c) => c.id)).toEqual(['c2', 'c4', 'c5']);
    expect(ids(filterClaims(claims, NO_FILTERS, 0.3))).toEqual(['c1', 'c2', 'c4', 'c5']);
    expect(ids(filterClaims(claims, { ...NO_FILTERS, review: 'dismissed' }, 0.5))).toEqual(['c3']);
  });

  it('filters by verdict (or none), speaker (or none), type, status and origin', () => {
    expect(ids(filterClaims(claims, { ...NO_FILTERS, verdict: 'false' }, 0))).toEqual(['c2']);
    expect(ids(filterClaims(claims, { ...NO_FILTERS, verdict: 'none' }, 0))).toEqual(['c1', 'c4']);
    expect(ids(filterClaims(claims, { ...NO_FILTERS, speaker: 'none' }, 0))).toEqual(['c4']);
    expect(ids(filterClaims(claims, { ...NO_FILTERS, type: 'attribution' }, 0))).toEqual(['c2']);
    expect(ids(filterClaims(claims, { ...NO_FILTERS, status: 'checked', origin: 'auto' }, 0))).toEqual(['c2', 'c5']);
    expect(activeFilterCount({ ...NO_FILTERS, status: 'checked', review: 'accepted' })).toBe(2);
  });

  it('sorts by position, by score, and by the scale’s order of verdicts', () => {
    const open = filterClaims(claims, NO_FILTERS, 0);
    expect(ids(sortClaims(open, 'position', DEFAULT_SCALE))).toEqual(['c1', 'c2', 'c4', 'c5']);
    expect(ids(sortClaims(open, 'score', DEFAULT_SCALE))).toEqual(['c2', 'c5', 'c1', 'c4']);
    expect(ids(sortClaims(open, 'verdict', DEFAULT_SCALE))).toEqual(['c5', 'c2', 'c1', 'c4']);
  });

  it('counts verdicts in the scale’s order, then the claims without one, for the chart', () => {
    const counts = verdictCounts(filterClaims(claims, NO_FILTERS, 0), DEFAULT_SCALE);
    expect(counts.filter((c) => c.count > 0)).toEqual([{ id: 'verified', count: 1 }, { id: 'false', count: 1 }, { id: null, count: 2 }]);
    expect(counts.map((c) => c.id)).toEqual(['verified', 'mostly-true', 'misleading', 'false', 'unverifiable', null]);
  });

  it('lists the article’s speakers, most claims first', () => {
    expect(speakersOf(claims)).toEqual([{ name: 'Kim Jong Un', claims: 2 }, { name: 'Washington', claims: 1 }]);
  });

  it('turns search snippets into text and marks, never HTML', () => {
    expect(snippetParts('…la \uE000priorité\uE001 <b>absolue</b>…')).toEqual([
      { text: '…la ', match: false },
      { text: 'priorité', match: true },
      { text: ' <b>absolue</b>…', match: false },
    ]);
  });
});
