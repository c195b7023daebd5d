import { describe, expect, it } from 'vitest';
import { newId } from '../../../src/node/db/ids';

describe('ids', () => {
  it('are UUIDv7, all different, and sort in the order they were made, across many refills of the random words', () => {
    const ids = Array.from({ length: 10_000 }, newId);
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    // Random bits differ between consecutive ids (not a counter only): the last 12 hex digits.
    expect(new Set(ids.map((id) => id.slice(-12))).size).toBe(ids.length);
  });
});
