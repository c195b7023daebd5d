import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../src/core/text';

const sentences = (text: string, lang: string, keepQuotations = true): string[] =>
  segmentSentences(text, lang, { keepQuotations }).map((r) => text.slice(r.start, r.end));

describe('segmentSentences', () => {
  it('does not break after French titles and abbreviations', () => {
    expect(sentences('M. Kim est arrivé. Mme Dupont aussi. MM. Durand et Martin sont partis. Le Dr Ho a parlé.', 'fr')).toEqual([
      'M. Kim est arrivé.',
      'Mme Dupont aussi.',
      'MM. Durand et Martin sont partis.',
      'Le Dr Ho a parlé.',
    ]);
    expect(sentences('Des fruits, p. ex. des pommes, etc. Le reste est parti. En 52 av. J.-C. César gagna.', 'fr')).toEqual([
      'Des fruits, p. ex. des pommes, etc.',
      'Le reste est parti.',
      'En 52 av. J.-C. César gagna.',
    ]);
  });

  it('does not break after English titles, initials or inside numbers and dates', () => {
    expect(sentences("Mr. Smith went to Washington. Mrs. Jones and Dr. Who met at St. Paul's. J. K. Rowling wrote 3.5 books.", 'en')).toEqual([
      'Mr. Smith went to Washington.',
      "Mrs. Jones and Dr. Who met at St. Paul's.",
      'J. K. Rowling wrote 3.5 books.',
    ]);
    expect(sentences('Il est né le 13.9.2023 à Paris. Il avait 3.5 ans.', 'fr')).toEqual(['Il est né le 13.9.2023 à Paris.', 'Il avait 3.5 ans.']);
    expect(sentences('He lives in the U.S. The end. The No. 5 bus left.', 'en')).toEqual(['He lives in the U.S.', 'The end.', 'The No. 5 bus left.']);
  });

  it('keeps a quotation spanning sentences with its attribution', () => {
    const text = '«Nous discuterons de tous les sujets sans nous presser. Nous avons le temps», a dit pour sa part M. Poutine. Fin.';
    expect(sentences(text, 'fr')).toEqual(['«Nous discuterons de tous les sujets sans nous presser. Nous avons le temps», a dit pour sa part M. Poutine.', 'Fin.']);
    expect(sentences(text, 'fr', false)).toEqual(['«Nous discuterons de tous les sujets sans nous presser.', 'Nous avons le temps», a dit pour sa part M. Poutine.', 'Fin.']);
    expect(sentences('“We will win. We always do,” he said. Then he left.', 'en')).toEqual(['“We will win. We always do,” he said.', 'Then he left.']);
  });

  it('ends a sentence after a closing quotation and with French spacing before »', () => {
    expect(sentences('« Avec un taux de 80 %. C’est pour ça. » Fin du point.', 'fr')).toEqual(['« Avec un taux de 80 %. C’est pour ça. »', 'Fin du point.']);
  });

  it('never lets an unclosed quotation swallow the paragraph', () => {
    expect(sentences('“Sometimes we have had to move fast. Yes. No.', 'en')).toEqual(['“Sometimes we have had to move fast.', 'Yes.', 'No.']);
  });

  it('treats every line break as a boundary and returns offsets into the text', () => {
    const text = '  Titre sans point\nPremière phrase. Deuxième ?\n\nATS';
    const ranges = segmentSentences(text, 'fr');
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Titre sans point', 'Première phrase.', 'Deuxième ?', 'ATS']);
    expect(ranges[0]).toEqual({ start: 2, end: 18 });
  });

  it('handles German ordinals and „…“ quotations', () => {
    expect(sentences('Am 1. Januar 2020 kam er. Er sagte „Wir gehen. Jetzt.“ Dann ging er.', 'de')).toEqual([
      'Am 1. Januar 2020 kam er.',
      'Er sagte „Wir gehen. Jetzt.“',
      'Dann ging er.',
    ]);
  });

  it('is linear: a long paragraph of many sentences segments every sentence', () => {
    const text = 'M. Kim a dit 3.5 fois «oui». '.repeat(20000);
    expect(segmentSentences(text, 'fr')).toHaveLength(20000);
  });
});

describe('segmentSentences in Spanish and Italian', () => {
  it('keeps titles with their names', () => {
    expect(sentences('El Sr. García llegó ayer. La Sra. López no.', 'es').length).toBe(2);
    expect(sentences('Il Sig. Rossi è arrivato. Il Dott. Bianchi no.', 'it').length).toBe(2);
  });
});
