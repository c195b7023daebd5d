import { describe, expect, it } from 'vitest';
import { createDuplicateFinder, normalizeIsoDate, parseDateLine, rulesFor, splitGluedKicker } from '../../../src/core/cleaning';
import { detectLanguage } from '../../../src/core/import';

const rules = rulesFor('fr');

describe('datelines', () => {
  it('reads the datelines news pages print, without seconds when they have none', () => {
    const cases: [string, string, string | null][] = [
      ['13.9.2023 - 09:27', '2023-09-13T09:27', null],
      ['le 14.09.2020 à 11h46', '2020-09-14T11:46', 'published'],
      ['Créé: 12.12.2019, 07h36', '2019-12-12T07:36', 'published'],
      ['30 avril 2015 à 07:19', '2015-04-30T07:19', null],
      ['Mis à jour le 5 mai 2015 à 20h13', '2015-05-05T20:13', 'modified'],
      ['Monday 28 September 2020 19:27', '2020-09-28T19:27', null],
      ['Feb 18, 2020', '2020-02-18', null],
      ['Last Modified: Feb 18, 2020', '2020-02-18', 'modified'],
      ['23/10/2020', '2020-10-23', null],
      ['10 April 2020', '2020-04-10', null],
      ['1er janvier 2020', '2020-01-01', null],
      ['March 3, 2021 at 4:05 pm', '2021-03-03T16:05', null],
    ];
    for (const [line, iso, role] of cases) expect(parseDateLine(line, rules), line).toEqual({ iso, role });
  });

  it('does not take a sentence, a time or an impossible day for a dateline', () => {
    for (const line of ['Le 14 mars 2020, Olivier Véran a mis en garde les Français.', '14:44', '31.02.2020', '2 209 Français', 'Plus...']) {
      expect(parseDateLine(line, rules), line).toBeNull();
    }
  });

  it('keeps what structured dates say, zone and seconds included, fractions dropped', () => {
    expect(normalizeIsoDate('2020-09-28T12:41:29.000Z', rules)).toBe('2020-09-28T12:41:29Z');
    expect(normalizeIsoDate('2015-05-04T13:36:31+0200', rules)).toBe('2015-05-04T13:36:31+02:00');
    expect(normalizeIsoDate('2019-12-12', rules)).toBe('2019-12-12');
    expect(normalizeIsoDate('4 mai 2015', rules)).toBe('2015-05-04');
    expect(normalizeIsoDate('yesterday', rules)).toBeNull();
  });
});

describe('kicker glued to its headline', () => {
  it('splits at the word that opens the headline, not at a name that looks like one', () => {
    expect(splitGluedKicker('Poutine - Kim Jong Un La Corée du Nord fera des liens avec la Russie "une priorité absolue"', rules)).toEqual({
      kicker: 'Poutine - Kim Jong Un',
      headline: 'La Corée du Nord fera des liens avec la Russie "une priorité absolue"',
    });
    expect(splitGluedKicker('Biden - Trump The debate that changed nothing at all', rulesFor('en'))).toEqual({
      kicker: 'Biden - Trump',
      headline: 'The debate that changed nothing at all',
    });
  });

  it('leaves a plain headline alone', () => {
    expect(splitGluedKicker('Berne interdit désormais le chlorothalonil', rules)).toBeNull();
    expect(splitGluedKicker('Coronavirus: New York ramps up mass burials amid outbreak', rules)).toBeNull();
  });
});

describe('near-duplicates', () => {
  const lead = "Le dirigeant nord-coréen Kim Jong Un a déclaré mercredi que son pays ferait des liens bilatéraux avec la Russie sa «priorité absolue», lors d'une rencontre avec le président russe Vladimir Poutine sur le cosmodrome de Vostotchny.";
  const caption = "Le dirigeant nord-coréen Kim Jong Un a déclaré mercredi que son pays ferait des liens bilatéraux avec la Russie sa «priorité absolue», lors d'une rencontre avec le président russe Vladimir Poutine.";

  it('finds a later text that repeats an earlier one, exactly or nearly, and names the first', () => {
    const finder = createDuplicateFinder();
    expect(finder.check(0, lead)).toBeNull();
    expect(finder.check(1, 'Washington craint que la Russie ne s’approvisionne en armes auprès de la Corée du Nord.')).toBeNull();
    expect(finder.check(2, caption)).toBe(0);
    expect(finder.check(3, `  ${lead.toUpperCase()} `)).toBe(0);
  });

  it('does not fold a longer paragraph that only quotes a shorter one', () => {
    const finder = createDuplicateFinder();
    expect(finder.check(0, 'Kim Jong Un effectue son premier voyage à l’étranger depuis le début de la pandémie de Covid-19.')).toBeNull();
    expect(
      finder.check(1, 'Entouré par de hauts responsables militaires, suggérant l’orientation de son déplacement, le dirigeant nord-coréen effectue son premier voyage à l’étranger depuis le début de la pandémie de Covid-19.'),
    ).toBeNull();
  });

  it('leaves short repeated lines to the rules (a repeated "Share" is not a duplicate paragraph)', () => {
    const finder = createDuplicateFinder();
    expect(finder.check(0, 'Share')).toBeNull();
    expect(finder.check(1, 'Share')).toBeNull();
  });
});

describe('language', () => {
  it('detects the language and checks it against what the page declares', () => {
    const fr = "Le Conseil fédéral a mis en place en 2010 un programme d'examen des produits phytosanitaires anciens afin de s'assurer qu'ils répondent toujours aux exigences actuelles.";
    expect(detectLanguage(fr)).toEqual({ language: 'fr', warning: null });
    expect(detectLanguage(fr, 'fr-CH')).toEqual({ language: 'fr', warning: null });
    const contradicted = detectLanguage(`${fr} ${fr} ${fr}`, 'en');
    expect(contradicted.language).toBe('fr');
    expect(contradicted.warning).toMatch(/says its language is "en" but the text reads as "fr"/u);
  });
});

describe('a language the user chose', () => {
  it('is kept as given, unlike a page declaration', async () => {
    const { cleanTextArticle } = await import('../../../src/core/import');
    const text = "Le Conseil fédéral a mis en place en 2010 un programme d'examen des produits phytosanitaires anciens.\n\nUne trentaine de pesticides sont encore analysés par les services de l'Office fédéral.";
    expect(cleanTextArticle(text).meta.language).toBe('fr');
    expect(cleanTextArticle(text, { language: 'en' }).meta.language).toBe('en');
  });
});
