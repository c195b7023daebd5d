import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isoDate, parseClaimReview, verdictClass } from '../../../src/core/claimreview';
import { matchPastChecks } from '../../../src/core/claims';
import { SHARED } from './paths';

// The five published ClaimReview objects of ../shared/datasets/claimreview, each with a real-world quirk.
const read = (f: string): string => fs.readFileSync(path.join(SHARED, 'datasets/claimreview', f), 'utf8');

describe('parseClaimReview', () => {
  it('reads a ClaimReview inside @graph with a non-ISO date and a 1–5 scale (AFP)', () => {
    const [check, ...rest] = parseClaimReview(read('01.json'));
    expect(rest).toEqual([]);
    expect(check!.claim).toMatch(/^The US Centers for Disease Control and Prevention lied/);
    expect(check!.reviewer).toBe('AFP Fact Check');
    expect(check!.verdict).toBe('False');
    expect(check!.verdictClass).toBe('false');
    expect(check!.rating).toEqual({ value: 1, best: 5, worst: 1 });
    expect(check!.normalizedRating).toBe(0);
    expect(check!.reviewDate).toBe('2020-06-24T00:03');
    expect(check!.claimDate).toBe('2020-05-14');
    expect(check!.claimant).toBe('multiple sources');
    expect(check!.reviewUrl).toBe('https://factcheck.afp.com/cdc-does-not-add-flu-and-pneumonia-deaths-covid-19-toll');
  });

  it('joins an author name given as an array and keeps a +0200 offset as ISO (Africa Check)', () => {
    const [check] = parseClaimReview(read('02.json'));
    expect(check!.claimant).toBe('Mzwandile Masina, mayor of Ekurhuleni');
    expect(check!.reviewDate).toBe('2020-03-27T10:46:13+02:00');
    expect(check!.verdict).toBe('Incorrect');
    expect(check!.rating).toEqual({ value: 1, best: 6, worst: 1 });
  });

  it('accepts "type" for "@type" and a French verdict with a numeric rating (De Facto)', () => {
    const [check] = parseClaimReview(read('03.json'));
    expect(check!.claim).toBe("L'enneigement de l'hémisphère nord prouve que le niveau de CO2 a diminué");
    expect(check!.verdict).toBe('Faux');
    expect(check!.verdictClass).toBe('false');
    expect(check!.rating?.value).toBe(2);
    expect(check!.language).toBe('fr');
    expect(check!.reviewDate).toBe('2022-11-30T17:44:21+01:00');
  });

  it('accepts @type as an array and a rating with no worst end, without inventing a normalised value (Lupa)', () => {
    const [check] = parseClaimReview(read('04.json'));
    expect(check!.verdict).toBe('Falso');
    expect(check!.rating).toEqual({ value: 4, best: 6, worst: null });
    expect(check!.normalizedRating).toBeNull();
    expect(check!.verdictClass).toBe('false');
    expect(check!.reviewDate).toBe('2020-08-31T17:22:16');
  });

  it('unwraps a DataFeedItem and keeps a text-only rating (dpa)', () => {
    const [check] = parseClaimReview(read('05.json'));
    expect(check!.reviewer).toBe('Deutsche Presse-Agentur');
    expect(check!.rating?.value).toBeNull();
    expect(check!.verdict).toMatch(/^Reker hat diesen Satz nie gesagt/);
    expect(check!.verdictClass).toBe('false');
    expect(check!.appearances).toEqual(['https://www.facebook.com/photo.php?fbid=389949688569877&set=a.155170952047753&type=3&theater']);
  });

  it('returns nothing, without throwing, for input that is not ClaimReview', () => {
    expect(parseClaimReview('not json')).toEqual([]);
    expect(parseClaimReview({ '@type': 'NewsArticle', headline: 'x' })).toEqual([]);
    expect(parseClaimReview(null)).toEqual([]);
    expect(parseClaimReview({ '@type': 'ClaimReview' })).toEqual([]);
  });

  it('reads several reviews from a plain array and strips HTML from texts', () => {
    const checks = parseClaimReview([
      { '@type': 'ClaimReview', claimReviewed: 'A <b>bold</b> claim &amp; more', reviewRating: { ratingValue: '3', bestRating: '5', worstRating: '1', alternateName: 'Half true' } },
      { '@type': 'ClaimReview', claimReviewed: 'Another claim', reviewRating: { alternateName: 'Trompeur' } },
    ]);
    expect(checks.map((c) => c.claim)).toEqual(['A bold claim & more', 'Another claim']);
    expect(checks[0]!.normalizedRating).toBe(0.5);
    expect(checks.map((c) => c.verdictClass)).toEqual(['mixed', 'misleading']);
  });
});

describe('isoDate and verdictClass', () => {
  it('normalises the date shapes publishers use', () => {
    expect(isoDate('2020-06-24 00:03')).toBe('2020-06-24T00:03');
    expect(isoDate('2019-12-09T15:11:25.619782+00:00')).toBe('2019-12-09T15:11:25+00:00');
    expect(isoDate('30/04/2015')).toBe('2015-04-30');
    expect(isoDate('April 30, 2015')).toBe('2015-04-30');
    expect(isoDate('30 avril 2015')).toBe('2015-04-30');
    expect(isoDate('yesterday')).toBeNull();
  });

  it('reads qualified verdicts before plain ones', () => {
    expect(verdictClass('Partly false')).toBe('misleading');
    expect(verdictClass('Mostly true')).toBe('true');
    expect(verdictClass('Faux')).toBe('false');
    expect(verdictClass('Sin pruebas')).toBe('unproven');
    expect(verdictClass(null)).toBeNull();
  });
});

describe('imported reviews as past checks', () => {
  it('matches a new claim that repeats an imported review, with the label the claim panel shows', () => {
    const checks = ['01.json', '02.json', '03.json', '04.json', '05.json'].flatMap((f) => parseClaimReview(read(f)));
    const candidates = checks.map((c) => ({ text: c.claim, articleTitle: c.reviewTitle ?? c.reviewer, verdict: c.verdict }));
    const matches = matchPastChecks("Selon un tweet, l'enneigement de l'hémisphère nord prouve que le niveau de CO2 a diminué.", candidates);
    expect(matches).toHaveLength(1);
    expect(matches[0]!.label).toBe('Already checked in «Alexis ORSINI, AFP France» — Faux');
    expect(matchPastChecks('Le Conseil fédéral a adopté le budget 2024.', candidates)).toEqual([]);
  });
});
