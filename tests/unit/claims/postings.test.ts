import { describe, expect, it } from 'vitest';
import { PostingIndex } from '../../../src/core/claims/postings';

describe('posting index of the claim clusterer', () => {
  it('keeps each shingle its groups in order, up to the cap, through the table growing', () => {
    const index = new PostingIndex(3);
    const reference = new Map<number, number[]>();
    // Many distinct hashes (the table grows several times), the extremes of 32 bits, and some shingles shared by many groups.
    const shingles = [0, 0xffffffff, 0x80000000, ...Array.from({ length: 5000 }, (_, i) => Math.imul(i + 1, 2654435761) >>> 0)];
    for (let g = 0; g < 4000; g++) {
      for (const s of [shingles[g % shingles.length]!, shingles[(g * 7) % 11]!, shingles[(g * 13 + 5) % shingles.length]!]) {
        index.add(s, g);
        const list = reference.get(s);
        if (!list) reference.set(s, [g]);
        else if (list.length < 3) list.push(g);
      }
    }
    for (const s of shingles) {
      const list = index.find(s);
      const expected = reference.get(s);
      if (!expected) {
        expect(list).toBe(-1);
        continue;
      }
      expect(Array.from({ length: index.size(list) }, (_, k) => index.member(list, k))).toEqual(expected);
    }
    expect(index.find(12345)).toBe(-1);
  });

  it('starts a list with its first group even when the cap is zero', () => {
    const index = new PostingIndex(0);
    index.add(7, 4);
    index.add(7, 5);
    const list = index.find(7);
    expect(index.size(list)).toBe(1);
    expect(index.member(list, 0)).toBe(4);
  });
});
