import { describe, expect, it } from 'vitest';
import { analyzeClaims, canonicalIn, mergeInList, mergeSpeakers, renameInList, renameSpeaker, speakerCounts } from '../../../src/core/claims';
import { article } from './article';

const speakerOf = (claims: { text: string; speaker: string | null }[], start: string): string | null | undefined => claims.find((c) => c.text.startsWith(start))?.speaker;

describe('speaker attribution and coreference', () => {
  it('resolves short mentions to the full name given anywhere in the article', () => {
    const { claims, speakers } = analyzeClaims(
      article([
        '«Nous ne céderons pas sur les retraites», a dit M. Dupont mardi devant la presse.',
        'Le ministre de l’Économie Jean-Marc Dupont a présenté un budget en hausse de 3 % pour 2024.',
        '«Ce budget est le plus ambitieux depuis dix ans», a ajouté Dupont.',
      ]),
    );
    expect(speakerOf(claims, '«Nous ne céderons')).toBe('Jean-Marc Dupont');
    expect(speakerOf(claims, '«Ce budget')).toBe('Jean-Marc Dupont');
    const entry = speakers.find((s) => s.name === 'Jean-Marc Dupont');
    expect(entry?.kind).toBe('person');
    expect(entry?.aliases).toEqual(expect.arrayContaining(['M. Dupont', 'Dupont']));
  });

  it('resolves a role to the name it was given with ("le porte-parole du Kremlin, Dmitri Peskov")', () => {
    const { claims } = analyzeClaims(
      article([
        'En amont de la rencontre, le porte-parole du Kremlin, Dmitri Peskov, avait indiqué que les deux hommes parleraient de «sujets sensibles».',
        'Les discussions porteront sur l’énergie et sur les armes, a précisé plus tard le porte-parole du Kremlin.',
      ]),
      { minScore: 0 },
    );
    expect(speakerOf(claims, 'En amont')).toBe('Dmitri Peskov');
    expect(speakerOf(claims, 'Les discussions')).toBe('Dmitri Peskov');
  });

  it('names institutions, acronyms and "selon" sources', () => {
    const { claims } = analyzeClaims(
      article([
        'L’Office fédéral de l’agriculture (OFAG) retire immédiatement le fongicide du marché.',
        'Une centaine de substances ont déjà été réexaminées, précise l’OFAG jeudi dans un communiqué.',
        'Selon l’OMS, il est particulièrement toxique pour les poissons.',
        'Washington craint que la Russie ne s’approvisionne en armes en Corée du Nord.',
      ]),
      { minScore: 0 },
    );
    expect(speakerOf(claims, 'Une centaine')).toBe('Office fédéral de l’agriculture');
    expect(speakerOf(claims, 'Selon l’OMS')).toBe('OMS');
    expect(speakerOf(claims, 'Washington craint')).toBe('Washington');
  });

  it('carries the speaker to a pronoun and to a quotation that continues', () => {
    const { claims } = analyzeClaims(
      article(
        [
          'Governor Andrew Cuomo said the state recorded 777 deaths on Friday, down from 799 the day before.',
          'He said the state was succeeding in "flattening the curve".',
          '“We will get through this,” Cuomo said. “The numbers are going down.”',
        ],
        { language: 'en' },
      ),
      { minScore: 0 },
    );
    expect(speakerOf(claims, 'Governor')).toBe('Andrew Cuomo');
    expect(speakerOf(claims, 'He said')).toBe('Andrew Cuomo');
    expect(speakerOf(claims, '“We will')).toBe('Andrew Cuomo');
  });

  it('takes the name, not the apposition, as the subject ("Fauci, a key member of …, told")', () => {
    const { claims } = analyzeClaims(
      article(['Dr Anthony Fauci, a key member of the White House coronavirus task force, told NBC the final toll "looks more like 60,000".'], { language: 'en' }),
    );
    expect(claims[0]?.speaker).toBe('Anthony Fauci');
    expect(claims[0]?.type).toBe('quote');
  });

  it('does not take a verb used as a noun or an adjective for reported speech', () => {
    const { claims } = analyzeClaims(
      article(['The state’s confirmed caseload is nearly 162,000, and 42 states have closed their schools.', 'The hospital reported the incident to the police on Monday.'], { language: 'en' }),
      { minScore: 0 },
    );
    expect(claims[0]!.speaker).toBeNull();
    // Not reported speech: the hospital is the source of its own act (issue 13), an event, not an attribution.
    expect(claims[1]).toMatchObject({ speaker: 'hospital', speakerKind: 'organisation', type: 'event' });
  });
});

describe('speaker list edits', () => {
  const claims = [
    { text: 'a', speaker: 'Kim Jong Un' },
    { text: 'b', speaker: 'Kim Jong-un' },
    { text: 'c', speaker: 'Vladimir Putin' },
    { text: 'd', speaker: null },
  ];

  it('renames a speaker on every claim, whatever the hyphens', () => {
    expect(renameSpeaker(claims, 'Kim Jong Un', 'Kim Jong-un').map((c) => c.speaker)).toEqual(['Kim Jong-un', 'Kim Jong-un', 'Vladimir Putin', null]);
    expect(claims[0]!.speaker).toBe('Kim Jong Un');
  });

  it('merges speakers and keeps the merged names as aliases', () => {
    expect(mergeSpeakers(claims, ['Vladimir Putin'], 'Vladimir Poutine').map((c) => c.speaker)).toEqual(['Kim Jong Un', 'Kim Jong-un', 'Vladimir Poutine', null]);
    const list = mergeInList(
      [
        { name: 'Vladimir Putin', aliases: ['Putin'], kind: 'person' },
        { name: 'Vladimir Poutine', aliases: ['M. Poutine'], kind: 'person' },
        { name: 'Kremlin', aliases: [], kind: 'organization' },
      ],
      ['Vladimir Putin'],
      'Vladimir Poutine',
    );
    expect(list).toEqual([
      { name: 'Vladimir Poutine', aliases: ['Vladimir Putin', 'Putin', 'M. Poutine'], kind: 'person' },
      { name: 'Kremlin', aliases: [], kind: 'organization' },
    ]);
    expect(canonicalIn(list, 'putin')).toBe('Vladimir Poutine');
    expect(renameInList(list, 'Kremlin', 'le Kremlin')[1]).toEqual({ name: 'le Kremlin', aliases: ['Kremlin'], kind: 'organization' });
  });

  it('counts claims per speaker', () => {
    expect(speakerCounts(claims)).toEqual([
      { name: 'Kim Jong Un', claims: 2 },
      { name: 'Vladimir Putin', claims: 1 },
    ]);
  });
});
