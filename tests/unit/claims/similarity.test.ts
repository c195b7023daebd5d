import { describe, expect, it } from 'vitest';
import { claimSimilarity, matchPastChecks, pastCheckLabel } from '../../../src/core/claims';

describe('claimSimilarity', () => {
  it('scores a rewording of the same claim high and a different claim on the same topic low', () => {
    expect(claimSimilarity('Le chlorothalonil sera interdit dès 2020 en Suisse.', 'La Suisse interdit le chlorothalonil dès 2020')).toBeGreaterThanOrEqual(0.8);
    expect(claimSimilarity('Le chlorothalonil sera interdit dès 2020 en Suisse.', 'Le glyphosate sera interdit dès 2022 en France.')).toBeLessThan(0.4);
  });

  it('ignores case, accents and punctuation', () => {
    expect(claimSimilarity('Kim Jong Un a déclaré que la Russie était sa «priorité absolue».', 'KIM JONG UN A DECLARE QUE LA RUSSIE ETAIT SA PRIORITE ABSOLUE')).toBe(1);
  });

  it('scores a short claim inside its longer statement high', () => {
    const short = 'Kim Jong Un effectue son premier voyage à l’étranger depuis le début de la pandémie de Covid-19.';
    const long = 'Entouré par de hauts responsables militaires, le dirigeant nord-coréen effectue son premier voyage à l’étranger depuis le début de la pandémie de Covid-19.';
    expect(claimSimilarity(short, long)).toBeGreaterThanOrEqual(0.7);
  });

  it('pulls apart claims that differ only by their figures', () => {
    const same = claimSimilarity('Près de 45 tonnes ont été utilisées en 2017.', 'Près de 45 tonnes ont été utilisées en 2017 en Suisse.');
    const other = claimSimilarity('Près de 45 tonnes ont été utilisées en 2017.', 'Près de 54 tonnes ont été utilisées en 2018.');
    expect(same).toBeGreaterThan(0.8);
    expect(other).toBeLessThan(0.6);
  });

  it('is symmetric and 0 for empty text', () => {
    const a = 'The US has recorded 467,000 cases and about 16,700 deaths.';
    const b = 'About 16,700 people have died in the US, out of 467,000 cases.';
    expect(claimSimilarity(a, b)).toBe(claimSimilarity(b, a));
    expect(claimSimilarity('', b)).toBe(0);
  });
});

describe('matchPastChecks', () => {
  const candidates = [
    { id: 'c1', text: 'La Suisse interdit le chlorothalonil dès 2020.', articleTitle: 'Berne interdit désormais le chlorothalonil', verdict: 'Verified' },
    { id: 'c2', text: 'Le glyphosate sera interdit en France en 2022.', articleTitle: 'Glyphosate : le calendrier', verdict: 'False' },
    { id: 'c3', text: 'Le chlorothalonil sera interdit en Suisse dès 2020, selon l’OFAG.', articleTitle: null, verdict: null },
  ];

  it('offers the checks a claim repeats, best first, with the label the claim panel shows', () => {
    const matches = matchPastChecks('Le chlorothalonil sera interdit dès 2020 en Suisse.', candidates);
    expect(matches.map((m) => m.candidate.id).sort()).toEqual(['c1', 'c3']);
    expect(matches[0]!.similarity).toBeGreaterThanOrEqual(matches[1]!.similarity);
    expect(matches.find((m) => m.candidate.id === 'c1')!.label).toBe('Already checked in «Berne interdit désormais le chlorothalonil» — Verified');
    expect(matches.find((m) => m.candidate.id === 'c3')!.label).toBe('Already checked');
  });

  it('respects the threshold and the limit', () => {
    expect(matchPastChecks('Le chlorothalonil sera interdit dès 2020 en Suisse.', candidates, { limit: 1 })).toHaveLength(1);
    expect(matchPastChecks('Le chlorothalonil sera interdit dès 2020 en Suisse.', candidates, { threshold: 0.99 })).toEqual([]);
    expect(matchPastChecks('Le budget 2024 est en hausse de 3 %.', candidates)).toEqual([]);
  });

  it('labels a check without a title or a verdict plainly', () => {
    expect(pastCheckLabel({ text: 'x', verdict: 'False' })).toBe('Already checked — False');
  });
});
