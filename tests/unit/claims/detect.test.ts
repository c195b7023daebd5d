import { describe, expect, it } from 'vitest';
import { analyzeClaims, detectClaims } from '../../../src/core/claims';
import { article } from './article';

describe('detectClaims on hand-built articles', () => {
  it('never suggests a heading, the headline or folded noise', () => {
    const a = article(
      [
        ['heading', 'Le gouvernement a interdit 12 pesticides en 2019'],
        'Le gouvernement a interdit 12 pesticides en 2019, a déclaré jeudi le ministre de l’Agriculture Jean Dupont.',
      ],
      {
        folded: [
          { text: 'Le gouvernement a interdit 12 pesticides en 2019, selon la radio nationale.', kind: 'related' },
          { text: '13.9.2023 - 09:27', kind: 'dateline' },
          { text: 'Image: Keystone', kind: 'photo-credit' },
        ],
      },
    );
    const claims = detectClaims(a, { minScore: 0 });
    expect(claims).toHaveLength(1);
    expect(claims[0]!.anchors).toEqual([{ start: a.blocks[1]!.start, end: a.blocks[1]!.end }]);
  });

  it('gives a repeated caption one claim with an anchor in the folded line', () => {
    const lead = 'Le Parlement a adopté mercredi une loi qui interdit la vente de 45 pesticides dès 2025.';
    const a = article([lead, 'La décision a été saluée par les écologistes, qui réclamaient une interdiction depuis 2019.'], {
      folded: [{ text: 'Le Parlement a adopté mercredi une loi qui interdit la vente de 45 pesticides.', kind: 'duplicate' }],
    });
    const claims = detectClaims(a);
    const law = claims.filter((c) => c.text.startsWith('Le Parlement'));
    expect(law).toHaveLength(1);
    expect(law[0]!.anchors).toEqual([
      { start: 0, end: lead.length },
      { start: 0, end: a.folded[0]!.text.length, folded: 0 },
    ]);
    expect(law[0]!.reasons.map((r) => r.code)).toContain('repeated');
  });

  it('links a short and a long form of the same statement', () => {
    const short = 'Kim Jong Un effectue son premier voyage à l’étranger depuis le début de la pandémie de Covid-19.';
    const long = 'Entouré par de hauts responsables militaires, le dirigeant nord-coréen effectue son premier voyage à l’étranger depuis le début de la pandémie de Covid-19.';
    const claims = detectClaims(article([short, 'Il a rencontré le président russe mercredi à Vostotchny.', long]), { minScore: 0 });
    const s = claims.findIndex((c) => c.text === short);
    const l = claims.findIndex((c) => c.text === long);
    expect(s).toBeGreaterThanOrEqual(0);
    expect(l).toBeGreaterThanOrEqual(0);
    expect(claims[l]!.relatedTo).toBe(s);
    expect(claims[s]!.relatedTo).toBe(l);
  });

  it('returns every candidate with minScore 0, and only the check-worthy ones by default', () => {
    const a = article(['Bonjour à tous.', 'Près de 45 tonnes de chlorothalonil ont été utilisées en 2017 en Suisse, selon l’OFAG.']);
    expect(detectClaims(a, { minScore: 0 })).toHaveLength(2);
    const claims = detectClaims(a);
    expect(claims.map((c) => c.text)).toEqual(['Près de 45 tonnes de chlorothalonil ont été utilisées en 2017 en Suisse, selon l’OFAG.']);
    expect(claims[0]!.type).toBe('statistic');
    expect(claims[0]!.speaker).toBe('OFAG');
    expect(claims[0]!.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['number', 'quantity', 'reported-speech']));
  });

  it('explains a score: every reason has a code, its words and a signed weight', () => {
    const [claim] = detectClaims(article(['«Nous allons doubler le budget de la défense d’ici 2030», a déclaré mardi le président Emmanuel Macron.']));
    expect(claim!.type).toBe('quote');
    expect(claim!.speaker).toBe('Emmanuel Macron');
    expect(claim!.speakerEvidence).toBe('a déclaré mardi le président Emmanuel Macron');
    const quote = claim!.reasons.find((r) => r.code === 'direct-quote');
    expect(quote?.evidence).toBe('Nous allons doubler le budget de la défense d’ici 2030');
    expect(quote!.weight).toBeGreaterThan(0);
    const total = claim!.reasons.reduce((s, r) => s + r.weight, 0);
    expect(claim!.score).toBeGreaterThan(0.5);
    expect(total).toBeGreaterThan(0);
  });

  it('types predictions, attributions, statistics and events', () => {
    const claims = detectClaims(
      article([
        'Ce sommet pourrait déboucher, selon Washington, sur un accord de vente d’armes.',
        'Washington craint que la Russie ne s’approvisionne en armes auprès de la Corée du Nord.',
        'Le chômage a atteint 7,4 % au deuxième trimestre, contre 7,1 % un an plus tôt.',
        'La police a arrêté trois suspects dimanche soir à Lausanne.',
      ]),
      { minScore: 0 },
    );
    expect(claims.map((c) => c.type)).toEqual(['prediction', 'attribution', 'statistic', 'event']);
  });

  it('reads an English caption inside a French article with the English lexicon', () => {
    const claims = detectClaims(
      article([
        'Le dirigeant nord-coréen est arrivé mercredi à Vostotchny pour rencontrer Vladimir Poutine.',
        'The visit came at the invitation of Putin, and analysts say it could lead to significant military deals between the two countries.',
      ]),
    );
    const caption = claims.find((c) => c.text.startsWith('The visit'));
    expect(caption?.speaker).toBe('analysts');
    expect(caption?.type).toBe('prediction');
  });

  it('guesses the language when the article has none', () => {
    const result = analyzeClaims(article(['The government said on Monday that unemployment fell to 3.5 percent in May, the lowest rate since 1969.'], { language: null }));
    expect(result.language).toBe('en');
    expect(result.claims).toHaveLength(1);
    expect(result.claims[0]!.speaker).toBe('government');
  });

  it('handles an empty article and lines of punctuation', () => {
    expect(detectClaims(article([]))).toEqual([]);
    expect(detectClaims(article(['…', '***', '«»']), { minScore: 0 }).every((c) => c.score < 0.5)).toBe(true);
  });
});

describe('the English model in the score', () => {
  it('scores a claim of the kind debates hold by the model, and says which of its words weighed most', () => {
    const claims = analyzeClaims(article(['I want to thank everybody for being here tonight.', 'We cut taxes for 80 percent of working families last year, and unemployment fell to 3.5 percent.'], { language: 'en' })).claims;
    expect(claims.map((c) => c.text)).toEqual(['We cut taxes for 80 percent of working families last year, and unemployment fell to 3.5 percent.']);
    const model = claims[0]!.reasons.find((r) => r.code === 'learned-ranker')!;
    expect(model.weight).toBeGreaterThan(0);
    expect(model.words!.length).toBeGreaterThan(0);
    for (const w of model.words!) expect(claims[0]!.text).toContain(w);
    // The rule signals the model weighs are shown as reasons of their own, with the model's weight for them.
    expect(claims[0]!.reasons.map((r) => r.code)).toContain('number');
  });

  it('keeps the news rules for what debates rarely hold: a new regulation in news is still suggested', () => {
    // The debate-trained model reads regulation wording as talk ("must", "play", "music"); the rules see a policy and a quantity.
    const claims = analyzeClaims(article(['The new regulations state that venues must not play recorded music above 85 decibels.'], { language: 'en' })).claims;
    expect(claims).toHaveLength(1);
    expect(claims[0]!.reasons.some((r) => r.code === 'learned-ranker')).toBe(false);
  });
});

describe('reasons in words', () => {
  it('the interface labels every reason the detector gives, in English and French', async () => {
    const { SIGNAL_CODES } = await import('../../../src/core/claims');
    const { en } = await import('../../../src/ui/i18n/en');
    const { fr } = await import('../../../src/ui/i18n/fr');
    const codes = [...SIGNAL_CODES, 'speaker', 'repeated', 'learned-ranker', 'learned-ranker-against'];
    expect(codes.filter((code) => !(code in en.reason))).toEqual([]);
    expect(codes.filter((code) => !(code in fr.reason))).toEqual([]);
  });
});
