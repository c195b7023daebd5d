import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../src/core/anchoring/selector';
import { reanchorAll, type AnchorToPlace } from '../../../src/core/anchoring/reanchor';
import { referenceArticlePath } from '../../helpers/paths';

const v1 = fs.readFileSync(referenceArticlePath, 'utf8');

function anchorOn(text: string, id: string, quote: string, occurrence = 0): AnchorToPlace {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`quote not in text: ${quote}`);
  return { id, ...describeRange(text, at, at + quote.length) };
}

describe('re-anchoring a new version of the reference story', () => {
  const peskov = 'le porte-parole du Kremlin, Dmitri Peskov, avait indiqué que les deux hommes devaient parler de «sujets sensibles»';
  const tremplin = 'ma rencontre avec le président Poutine sera un tremplin pour des relations bilatérales plus étroites';
  const covid = 'effectue son premier voyage à l\'étranger depuis le début de la pandémie de Covid-19';
  const washington = 'Washington craint que la Russie ne s\'approvisionne en armes pour ses opérations militaires en Ukraine';
  const temps = 'Nous discuterons de tous les sujets sans nous presser. Nous avons le temps';
  const anchors = [
    anchorOn(v1, 'peskov', peskov),
    anchorOn(v1, 'tremplin', tremplin),
    anchorOn(v1, 'covid-2', covid, 2), // the third occurrence: the body sentence after the two captions
    anchorOn(v1, 'washington', washington),
    anchorOn(v1, 'temps', temps),
  ];

  // The desk's corrected version: a new lead paragraph, a typo fixed inside a claim, a reworded claim, a paragraph cut.
  const v2 = ('Mise à jour: la rencontre a duré plus de quatre heures.\n\n' + v1)
    .replace('Des vente d\'armes', 'Des ventes d\'armes')
    .replace('sujets sensibles', 'sujets délicats')
    .replace('sera un tremplin', 'sera vraiment un tremplin')
    .replace(/«Nous discuterons de tous les sujets[^\n]*\n\n/, '');

  const byId = Object.fromEntries(reanchorAll(v1, v2, anchors).map((r) => [r.id, r]));

  it('moves a claim whose words did not change, to exactly its new place', () => {
    const r = byId.washington!;
    expect(r.status).toBe('moved');
    expect(v2.slice(r.start, r.end)).toBe(washington);
  });

  it('keeps the right one of three identical sentences by its context', () => {
    const r = byId['covid-2']!;
    expect(r.status).toBe('moved');
    expect(r.start).toBe(v2.indexOf('le dirigeant nord-coréen effectue son premier voyage') + 'le dirigeant nord-coréen '.length);
  });

  it('shows a reworded claim as changed, covering its new words', () => {
    expect(byId.peskov!.status).toBe('changed');
    expect(byId.peskov!.exact).toBe(peskov.replace('sensibles', 'délicats'));
    expect(byId.tremplin!.status).toBe('changed');
    expect(byId.tremplin!.exact).toBe(tremplin.replace('sera un', 'sera vraiment un'));
    expect(byId.tremplin!.prefix).toBe(v2.slice(byId.tremplin!.start - 32, byId.tremplin!.start));
  });

  it('orphans a claim whose paragraph was cut, and keeps its quote', () => {
    const r = byId.temps!;
    expect(r.status).toBe('orphaned');
    expect(r.exact).toBe(temps);
  });

  it('returns every anchor it was given, in order', () => {
    expect(reanchorAll(v1, v2, anchors).map((r) => r.id)).toEqual(anchors.map((a) => a.id));
  });

  it('leaves anchors unchanged when the text is the same', () => {
    expect(reanchorAll(v1, v1, anchors).map((r) => r.status)).toEqual(anchors.map(() => 'unchanged'));
  });
});

describe('re-anchoring without the old text', () => {
  it('checks the stored position, then finds the quote elsewhere', () => {
    const text = 'Alpha beta gamma. Delta epsilon zeta.';
    const a: AnchorToPlace = { id: 'a', start: 0, end: 10, exact: 'Delta epsilon', prefix: 'gamma. ', suffix: ' zeta' };
    const [r] = reanchorAll(null, text, [a]);
    expect(r).toMatchObject({ status: 'moved', start: 18, end: 31, method: 'quote' });
  });

  it('finds a quote with a typo by fuzzy matching, and refuses text that only looks alike', () => {
    const text = 'Le sommet pourrait déboucher sur un acord de vente d\'armes selon Washington. Rien à voir ici.';
    const typo: AnchorToPlace = { id: 't', start: 500, end: 540, exact: 'déboucher sur un accord de vente d\'armes', prefix: 'Le sommet pourrait ', suffix: ' selon' };
    expect(reanchorAll(null, text, [typo])[0]).toMatchObject({ status: 'changed', method: 'fuzzy', exact: 'déboucher sur un acord de vente d\'armes' });
    const absent: AnchorToPlace = { id: 'x', start: 0, end: 40, exact: 'les sanctions visent les programmes nucléaires', prefix: '', suffix: '' };
    expect(reanchorAll(null, text, [absent])[0]!.status).toBe('orphaned');
  });
});
