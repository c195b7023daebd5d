import { describe, expect, it } from 'vitest';
import { reanchorAll } from '../../../src/core/anchoring/reanchor';
import { scenario } from '../../fixtures/anchoring/scenario';

describe('re-anchoring 400 claims after a re-import of ten real articles', () => {
  // Paragraphs inserted, cut and moved; typos; words replaced; apostrophes curled (tests/fixtures/anchoring/versions.ts).
  const s = scenario(7, 400);
  const results = reanchorAll(s.oldText, s.newText, s.anchors);

  it('returns every claim: none is dropped', () => {
    expect(results.map((r) => r.id)).toEqual(s.anchors.map((a) => a.id));
  });

  it('finds every claim whose words survived untouched at exactly its new place', () => {
    const untouched = s.truth.map((t, i) => (t && s.newText.slice(t.start, t.end) === s.anchors[i]!.exact ? i : -1)).filter((i) => i >= 0);
    expect(untouched.length).toBeGreaterThan(200);
    for (const i of untouched) expect({ id: i, start: results[i]!.start, end: results[i]!.end }).toEqual({ id: i, start: s.truth[i]!.start, end: s.truth[i]!.end });
  });

  it('orphans the claims whose paragraph was cut and marks edited ones as changed', () => {
    s.truth.forEach((t, i) => {
      if (t === null) expect(results[i]!.status).toBe('orphaned');
    });
    const changed = results.filter((r) => r.status === 'changed');
    expect(changed.length).toBeGreaterThan(0);
    for (const r of changed) expect(r.exact).toBe(s.newText.slice(r.start, r.end));
  });
});
