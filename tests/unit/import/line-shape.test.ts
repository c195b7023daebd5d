import { describe, expect, it } from 'vitest';
import { countWords, isBodyLike, newState, setText } from '../../../src/core/cleaning/units';
import { REFERENCE, newsFiles, nonBlankLines, readText } from './helpers';

/** A line's state reads its word count and running-text shape in one pass: the same as the two exported readings. */
describe('the shape of a line state', () => {
  const lines = [
    ...[...newsFiles(), REFERENCE].flatMap((f) => nonBlankLines(readText(f))),
    'Politique ▪ Société ▪ Culture ▪ Sport',
    'Accueil › Monde › Asie › Corée du Nord, où le dirigeant a rencontré le président russe mercredi',
    'Le Monde | Par Nicolas | 13 septembre 2023 · 09h27',
    'un\u00a0deux\u202ftrois\tquatre\rcinq',
    '• • •',
    '|||',
    '',
    'Le président russe a reçu mercredi le dirigeant nord-coréen au cosmodrome, a annoncé le Kremlin.',
    // A long line with two or three of each separator (and of characters that are not separators): a menu, or running text.
    ...['▪', '•', '|', '·', '›', '»', '/', '-'].flatMap((sep) =>
      [2, 3].map((n) => `${Array.from({ length: n }, (_, i) => `Rubrique${i} ${sep}`).join(' ')} ${'mot '.repeat(25)}fin.`),
    ),
  ];

  it('counts words and tells running text as countWords and isBodyLike do, on every news line and written separators', () => {
    for (const text of lines) {
      const state = newState({ text, kind: null, group: 0 });
      expect(state.words, text).toBe(countWords(text));
      expect(state.bodyLike, text).toBe(isBodyLike(text, countWords(text)));
    }
  });

  it('reads the shape again when the text is cut', () => {
    const state = newState({ text: 'x', kind: null, group: 0 });
    for (const text of lines) {
      setText(state, text);
      expect([state.words, state.bodyLike], text).toEqual([countWords(text), isBodyLike(text, countWords(text))]);
    }
    setText(state, 'Politique ▪ Société ▪ Culture ▪ Sport et beaucoup d’autres rubriques encore, jusqu’à vingt-deux mots au moins pour voir.');
    expect(state.bodyLike).toBe(false);
  });
});
