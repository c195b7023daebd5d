import { describe, expect, it } from 'vitest';
import { createDuplicateFinder, normalizedText } from '../../../src/core/cleaning/near-duplicates';
import { REFERENCE, newsFiles, nonBlankLines, readText } from './helpers';

/**
 * The duplicate finder's key is read in one pass over Latin text; it must be
 * exactly what the general definition gives: NFKC (skipped when every
 * character is Latin or general punctuation, so "ǆ" and "½" stay as they are),
 * lower case, runs of anything but letters and digits turned into one space,
 * trimmed.
 */
function byDefinition(text: string): string {
  return (/[^\u0000-\u024f\u2000-\u206f]/u.test(text) ? text.normalize('NFKC') : text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

describe('the exact-repeat key of a paragraph', () => {
  it('is the general definition on every line of the shared news texts', () => {
    const lines = [...newsFiles(), REFERENCE].flatMap((f) => nonBlankLines(readText(f)));
    expect(lines.length).toBeGreaterThan(500);
    for (const line of lines) expect(normalizedText(line), line).toBe(byDefinition(line));
  });

  it('is the general definition for every character of Latin text and general punctuation, alone and between words', () => {
    for (let c = 0; c < 0x2100; c++) {
      if (c >= 0x250 && c < 0x2000) continue;
      const ch = String.fromCharCode(c);
      for (const text of [ch, `Le${ch}Monde`, `${ch}Été 2023 ${ch}`, `a ${ch}${ch} b`]) {
        expect(normalizedText(text), `U+${c.toString(16)}`).toBe(byDefinition(text));
      }
    }
  });

  it('folds case, compatibility forms and punctuation as a reader would', () => {
    const cases = [
      'İstanbul, İzmir', // İ lower-cases to two code units
      'Kelvin: 300 K, ſtreet', // the Kelvin sign and the long s
      'ΣΟΦΟΣ — ὈΔΥΣΣΕΎΣ', // the final sigma depends on the next letter
      'ﬁnance ﬂotte', // ligatures (NFKC)
      'Ｔｏｋｙｏ ２０２３', // full-width forms (NFKC)
      'l’État « dit » — 12,5 % … “oui”',
      '  ,.;  ',
      '',
      'Ǆemal ǅemal ǆemal', // title-case digraphs
      'emoji 😀 here, 𝐁𝐨𝐥𝐝',
      'lone \ud800 surrogate',
      'Café\u0301 combining',
      'Ⅻ chapitre ½',
    ];
    for (const text of cases) expect(normalizedText(text), text).toBe(byDefinition(text));
    expect(normalizedText('  « L’État », a-t-il dit. ')).toBe('l état a t il dit');
  });
});

describe('exact repeats, counted in words of the key', () => {
  it('fold a repeat of four words or more, however it is punctuated, and keep shorter ones', () => {
    const finder = createDuplicateFinder();
    expect(finder.check(0, 'Un, deux; trois !')).toBeNull();
    expect(finder.check(1, '« Un — deux, trois »')).toBeNull();
    expect(finder.check(2, 'Un, deux; trois, quatre.')).toBeNull();
    expect(finder.check(3, 'UN deux — trois… QUATRE')).toBe(2);
    // Text outside Latin takes the general path: ligatures fold, words are counted the same way.
    expect(finder.check(4, 'ﬁn ﬁn ﬁn')).toBeNull();
    expect(finder.check(5, 'fin, fin, fin')).toBeNull();
    expect(finder.check(6, 'ﬁn ﬁn ﬁn ﬁn')).toBeNull();
    expect(finder.check(7, 'FIN fin fin, fin.')).toBe(6);
  });
});

