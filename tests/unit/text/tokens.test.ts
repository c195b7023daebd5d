import { describe, expect, it } from 'vitest';
import { guessLanguage, tokenize } from '../../../src/core/text';

describe('tokenize', () => {
  it('keeps numbers whole and splits French elisions', () => {
    const t = tokenize("L'OFAG a mesuré 2,22% et 365 000 cas le 13.9.2023 à 09:27, aujourd'hui.");
    expect(t.map((x) => x.text)).toEqual(["L'", 'OFAG', 'a', 'mesuré', '2,22', '%', 'et', '365 000', 'cas', 'le', '13.9.2023', 'à', '09:27', ',', "aujourd'hui"]);
    expect(t.find((x) => x.text === '365 000')?.kind).toBe('number');
  });

  it('gives offsets into the text, lower-cased forms and capitals', () => {
    const text = '«Nous partons», a dit M. Kim Jong-un.';
    const t = tokenize(text);
    for (const x of t) expect(text.slice(x.start, x.end)).toBe(x.text);
    const kim = t.find((x) => x.text === 'Kim')!;
    expect(kim.capitalized).toBe(true);
    expect(t.find((x) => x.text === 'Jong-un')?.lower).toBe('jong-un');
    expect(t[1]!.opensClause).toBe(true);
  });

  it('normalises the typographic apostrophe in lower-case forms', () => {
    expect(tokenize('Aujourd’hui')[0]!.lower).toBe("aujourd'hui");
  });
});

describe('guessLanguage', () => {
  it('tells French, English and German apart, and keeps the fallback when unsure', () => {
    expect(guessLanguage('Le dirigeant a déclaré que la Russie est une priorité pour son pays.')).toBe('fr');
    expect(guessLanguage('The visit came at the invitation of Putin, and analysts say it could lead to deals.')).toBe('en');
    expect(guessLanguage('Die Regierung hat am Montag gesagt, dass die Arbeitslosigkeit gesunken ist.')).toBe('de');
    expect(guessLanguage('Kim Jong Un', 'fr')).toBe('fr');
  });
});
