import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { autoSummary, claimSummary, SUMMARY_MAX } from '../../src/core/claim-summary';
import { SHARED } from '../fixtures/report/build';

/** Words a phrase cannot end on, as a reader would object to them. */
const OPEN_ENDINGS = /(?<![\p{L}\p{N}])(et|la|le|les|de|du|des|à|que|qui|the|of|and|to|a|an)…$/iu;

describe('a claim’s short summary', () => {
  it('keeps a claim of 75 characters or less whole', () => {
    expect(autoSummary('Nous avons le temps')).toBe('Nous avons le temps');
    expect(autoSummary('  Kim Jong Un\n est arrivé  ')).toBe('Kim Jong Un est arrivé');
  });

  it('cuts the reference claim at a phrase, not inside it (“…la Corée du Nord et la…” was the old cut)', () => {
    const s = autoSummary('«Nous allons donner la priorité à la relation entre la Corée du Nord et la Russie et en faire la priorité absolue de notre politique étrangère», a dit M. Kim');
    expect(s).toBe('Nous allons donner la priorité à la relation entre la Corée du Nord…');
    expect(autoSummary('Nous discuterons de tous les sujets sans nous presser. Nous avons le temps, a dit pour sa part M. Poutine selon des agences.')).toBe(
      'Nous discuterons de tous les sujets sans nous presser…',
    );
    expect(autoSummary('Ce sommet exceptionnel pourrait déboucher, selon Washington, sur un accord de vente d’armes pour soutenir l’offensive russe.')).toBe(
      'Ce sommet exceptionnel pourrait déboucher, selon Washington…',
    );
  });

  it('never exceeds 75 characters, never cuts a word, never ends on an open word, on every claim of the shared news', () => {
    const texts = fs
      .readdirSync(path.join(SHARED, 'datasets/news'))
      .flatMap((f) => fs.readFileSync(path.join(SHARED, 'datasets/news', f), 'utf8').split(/(?<=[.!?»])\s+/u))
      .filter((t) => t.length > 20);
    expect(texts.length).toBeGreaterThan(200);
    for (const t of texts) {
      const s = autoSummary(t);
      expect(s.length, s).toBeLessThanOrEqual(SUMMARY_MAX);
      const words = (x: string) => x.match(/[\p{L}\p{N}]+/gu) ?? [];
      // The summary's words are the claim's first words, each whole (none cut short).
      const kept = words(s);
      expect(words(t).slice(0, kept.length), `${t}\n→ ${s}`).toEqual(kept);
      if (s.endsWith('…') && !t.endsWith('…')) expect(s, t).not.toMatch(OPEN_ENDINGS);
    }
  });

  it('holds its bounds on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (t) => {
        const s = autoSummary(t);
        expect(s.length).toBeLessThanOrEqual(SUMMARY_MAX);
      }),
    );
  });

  it('is the fact-checker’s own when they wrote one', () => {
    expect(claimSummary({ text: 'A long claim that nobody would publish as it stands in the article text, really', summary: 'Short one' })).toBe('Short one');
    expect(claimSummary({ text: 'Short claim', summary: null })).toBe('Short claim');
    expect(claimSummary({ text: 'Short claim', summary: '   ' })).toBe('Short claim');
  });
});
