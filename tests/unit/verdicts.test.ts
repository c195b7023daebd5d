import { describe, expect, it } from 'vitest';
import { DEFAULT_SCALE, SCALE_PRESETS, findVerdict } from '../../src/core/verdicts';

describe('verdict scales', () => {
  it('offers the default scale of the design with a rating inside its range for each rated verdict', () => {
    expect(DEFAULT_SCALE.verdicts.map((v) => v.label.en)).toEqual(['Verified', 'Mostly true', 'Misleading', 'False', 'Unverifiable']);
    for (const scale of SCALE_PRESETS) {
      for (const v of scale.verdicts) {
        if (v.rating === null) continue;
        expect(v.rating).toBeGreaterThanOrEqual(scale.worstRating);
        expect(v.rating).toBeLessThanOrEqual(scale.bestRating);
      }
    }
  });
  it('finds a verdict by id and answers null for none', () => {
    expect(findVerdict(DEFAULT_SCALE, 'false')?.label.fr).toBe('Faux');
    expect(findVerdict(DEFAULT_SCALE, null)).toBeNull();
    expect(findVerdict(DEFAULT_SCALE, 'nope')).toBeNull();
  });
});
