import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffTexts, mapOffset } from '../../../src/core/anchoring/text-diff';

/** Every run claims that a stretch of the old text equals a stretch of the new one: check it. */
function expectValidRuns(a: string, b: string) {
  const diff = diffTexts(a, b);
  let lastA = 0;
  for (const r of diff.runs) {
    expect(a.slice(r.aStart, r.aStart + r.length)).toBe(b.slice(r.bStart, r.bStart + r.length));
    expect(r.aStart).toBeGreaterThanOrEqual(lastA);
    lastA = r.aStart + r.length;
  }
  // A moved paragraph may send a run back in the new text, but no two runs share a character.
  let lastB = 0;
  for (const r of [...diff.runs].sort((p, q) => p.bStart - q.bStart)) {
    expect(r.bStart).toBeGreaterThanOrEqual(lastB);
    lastB = r.bStart + r.length;
  }
  return diff;
}

describe('text diff', () => {
  it('shares everything but the fixed typo', () => {
    const a = 'Le dirigeant nord-coréen Kim Jong Un a déclré mercredi que son pays';
    const b = 'Le dirigeant nord-coréen Kim Jong Un a déclaré mercredi que son pays';
    const diff = expectValidRuns(a, b);
    const shared = diff.runs.reduce((n, r) => n + r.length, 0);
    expect(shared).toBe(a.length);
    // "mercredi" moves one character to the right, exactly.
    const at = a.indexOf('mercredi');
    expect(mapOffset(diff, at, 1)).toEqual({ pos: b.indexOf('mercredi'), exact: true });
  });

  it('carries offsets past an inserted and a deleted paragraph', () => {
    const paras = ['First paragraph about Kim.', 'Second paragraph about Putin.', 'Third paragraph about the cosmodrome.', 'Fourth one.'];
    const a = paras.join('\n\n');
    const b = ['A new lead paragraph.', paras[0], paras[2], paras[3]].join('\n\n');
    const diff = expectValidRuns(a, b);
    const third = a.indexOf('Third');
    expect(mapOffset(diff, third, 1)).toEqual({ pos: b.indexOf('Third'), exact: true });
    // An offset inside the deleted paragraph is only a guess.
    expect(mapOffset(diff, a.indexOf('Putin'), 1).exact).toBe(false);
  });

  it('puts a range start after text inserted at it, and a range end before', () => {
    const a = 'alpha beta';
    const b = 'alpha XX beta';
    const diff = expectValidRuns(a, b);
    // "beta" starts at 6; text was inserted just before it.
    expect(mapOffset(diff, 6, 1).pos).toBe(b.indexOf('beta'));
    expect(mapOffset(diff, 6, -1).pos).toBeLessThanOrEqual(b.indexOf('XX'));
  });

  it('keeps runs truthful and offsets in shared text exact for any edit', () => {
    const word = fc.constantFrom('Kim', 'Poutine', 'a', 'dit', '«priorité»', ' ', '\n', '\n\n', 'é', '2023', ',', '.');
    const text = fc.array(word, { maxLength: 60 }).map((w) => w.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const diff = expectValidRuns(a, b);
        for (const r of diff.runs) {
          for (let i = 0; i < r.length; i++) {
            const m = mapOffset(diff, r.aStart + i, 1);
            expect(m.exact).toBe(true);
            expect(b[m.pos]).toBe(a[r.aStart + i]);
          }
        }
        for (let o = 0; o <= a.length; o++) {
          const m = mapOffset(diff, o, o % 2 ? 1 : -1);
          expect(m.pos).toBeGreaterThanOrEqual(0);
          expect(m.pos).toBeLessThanOrEqual(b.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds a paragraph that moved where it went', () => {
    const paras = ['Kim arrived by armoured train on Tuesday evening.', 'Putin greeted him at the cosmodrome.', 'Washington fears an arms deal between the two.'];
    const a = paras.join('\n\n');
    const b = [paras[2], paras[0], paras[1]].join('\n\n');
    const diff = expectValidRuns(a, b);
    expect(mapOffset(diff, a.indexOf('fears'), 1)).toEqual({ pos: b.indexOf('fears'), exact: true });
    expect(mapOffset(diff, a.indexOf('cosmodrome'), 1)).toEqual({ pos: b.indexOf('cosmodrome'), exact: true });
  });

  it('maps monotonically: a later offset never lands before an earlier one', () => {
    const a = 'one two three four five six seven eight nine ten';
    const b = 'zero one two 3 four six seven eight eight nine ten eleven';
    const diff = expectValidRuns(a, b);
    let last = -1;
    for (let o = 0; o <= a.length; o++) {
      const { pos } = mapOffset(diff, o, 1);
      expect(pos).toBeGreaterThanOrEqual(last);
      last = pos;
    }
  });
});
