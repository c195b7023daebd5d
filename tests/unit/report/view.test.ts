import { describe, expect, it } from 'vitest';
import { autoSummary } from '../../../src/core/claim-summary';
import { contextIn } from '../../../src/core/report/context';
import { formatDate } from '../../../src/core/report/dates';
import { safeHttpUrl } from '../../../src/core/report/escape';
import { REPORT_RESOURCES } from '../../../src/core/report/i18n';
import { speakerKind } from '../../../src/core/report/speaker-kind';
import { buildView } from '../../../src/core/report/view';
import { hostileInput } from '../../fixtures/report/hostile';
import { kimPutinInput } from '../../fixtures/report/kim-putin';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('report view (what every human-readable format shows)', () => {
  it('has the same strings in French and English', () => {
    expect(keys(REPORT_RESOURCES.fr).sort()).toEqual(keys(REPORT_RESOURCES.en).sort());
  });

  it('lists claims in article order, numbered, and leaves dismissed claims out by default', () => {
    const view = buildView(kimPutinInput('en'));
    expect(view.claims.map((c) => c.claim.id)).toEqual([
      'c01-priorite', 'c02-tremplin', 'c03-presser', 'c04-armes', 'c06-peskov', 'c05-sanctions', 'c07-train', 'c08-covid',
    ]);
    expect(view.claims.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(view.exclusions).toEqual(['1 dismissed claim is not shown in this report.']);
  });

  it('follows the options: without unchecked claims only verdicts remain; with dismissed ones they show as dismissed', () => {
    const checkedOnly = buildView(kimPutinInput('en', { includeUnchecked: false }));
    expect(checkedOnly.claims.every((c) => c.claim.verdict !== null)).toBe(true);
    expect(checkedOnly.claims).toHaveLength(6);
    expect(checkedOnly.exclusions[0]).toBe('2 claims without a verdict are not shown in this report.');
    const all = buildView(kimPutinInput('fr', { includeDismissed: true }));
    expect(all.claims).toHaveLength(9);
    const dismissed = all.claims.find((c) => c.claim.id === 'c09-temps');
    expect(dismissed?.badge).toEqual({ tone: 'dismissed', glyph: '⊘', label: 'Écartée' });
  });

  it('counts claims by verdict (every verdict of the scale, zeros too) and measures progress over the whole review', () => {
    const view = buildView(kimPutinInput('en'));
    expect(view.counts.map((r) => [r.label, r.count])).toEqual([
      ['Verified', 4], ['Mostly true', 1], ['Misleading', 0], ['False', 0], ['Unverifiable', 1], ['In progress', 1], ['Unchecked', 1],
    ]);
    expect(view.progress).toEqual({ checked: 6, total: 8, percent: 75 });
    expect(buildView(kimPutinInput('en', { includeUnchecked: false })).progress).toEqual({ checked: 6, total: 8, percent: 75 });
  });

  it('marks the claim inside its sentence, across an abbreviation ("M. Poutine") and in French quotes', () => {
    const view = buildView(kimPutinInput('fr'));
    const presser = view.claims.find((c) => c.claim.id === 'c03-presser')?.context;
    expect(presser).toEqual({
      before: '«',
      marked: 'Nous discuterons de tous les sujets sans nous presser. Nous avons le temps',
      after: '», a dit pour sa part M. Poutine selon des agences de presse russes.',
      where: 'body',
    });
    const priorite = view.claims[0]?.context;
    expect(priorite?.before).toBe('Le dirigeant nord-coréen Kim Jong Un a déclaré mercredi que son pays ');
    expect(priorite?.after.endsWith("dans l'Est de la Russie.")).toBe(true);
    expect(view.claims[0]?.occurrences).toBe(3); // the body and two photo captions
  });

  it('takes the context from a folded caption when the claim is only there, and says so', () => {
    const text = 'First sentence. Mr. Smith said the bridge will open in 2026 and cost 3 bn. Next one.';
    const start = text.indexOf('the bridge');
    const ctx = contextIn(text, start, start + 'the bridge will open in 2026'.length, 'folded');
    expect(ctx.before).toBe('Mr. Smith said ');
    expect(ctx.after).toBe(' and cost 3 bn.');
  });

  it('says where a claim stands when it is only in a caption, or can no longer be found', () => {
    const input = hostileInput('en');
    const caption = buildView(input).claims.find((c) => c.claim.id === 'h4');
    expect(caption?.context?.where).toBe('folded');
    expect(caption?.contextNote).toBe('Found in a caption folded out of the body.');
    const lost = input.claims[0];
    if (!lost) throw new Error('fixture');
    lost.anchors = lost.anchors.map((a) => ({ ...a, orphaned: true }));
    const orphan = buildView(input).claims.find((c) => c.claim.id === lost.id);
    expect(orphan?.context).toBeNull();
    expect(orphan?.occurrences).toBe(0);
    expect(orphan?.contextNote).toBe('This claim can no longer be found in the article text (orphaned).');
  });

  it('formats dates in the report language, keeping the wall-clock time the source gave', () => {
    expect(formatDate('2023-09-13T09:27', 'en')).toBe('13 September 2023 at 09:27');
    expect(formatDate('2023-09-13T09:27', 'fr')).toBe('13 septembre 2023 à 09:27');
    expect(formatDate('2023-09-14T17:05:00.000Z', 'en')).toBe('14 September 2023 at 17:05 UTC');
    expect(formatDate('2023-09-13', 'fr')).toBe('13 septembre 2023');
    expect(formatDate('sometime in 2019', 'en')).toBe('sometime in 2019');
  });

  it('links only absolute http(s) URLs', () => {
    expect(safeHttpUrl('https://Example.org/a?b=c#d')).toBe('https://example.org/a?b=c#d');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', '//evil.example', '/relative', 'http://user:pw@evil.example', 'https://', 'http://.evil', ' vbscript:x']) {
      expect(safeHttpUrl(bad), bad).toBeNull();
    }
  });

  it('tells institutions from people for ClaimReview authors', () => {
    expect(speakerKind('Washington')).toBe('Organization');
    expect(speakerKind('Kremlin')).toBe('Organization');
    expect(speakerKind('le Kremlin')).toBe('Organization');
    expect(speakerKind('NATO')).toBe('Organization');
    expect(speakerKind('le ministère de la Défense')).toBe('Organization');
    expect(speakerKind('Kim Jong Un')).toBe('Person');
    expect(speakerKind('Dmitri Peskov')).toBe('Person');
    expect(speakerKind('Vladimir Poutine')).toBe('Person');
    expect(speakerKind('Jane Doe', { 'Jane Doe': 'Organization' })).toBe('Organization');
  });

  it('shows each claim’s short summary: the fact-checker’s own, else one cut from the text at a phrase', () => {
    const input = kimPutinInput('fr');
    const claims = input.claims.map((c, i) => (i === 0 ? { ...c, summary: 'Kim fera de la Russie sa «priorité absolue»' } : c));
    const view = buildView({ ...input, claims });
    const [first, ...rest] = view.claims;
    expect(first?.summary).toBe('Kim fera de la Russie sa «priorité absolue»');
    for (const v of rest) {
      expect(v.summary.length).toBeLessThanOrEqual(75);
      expect(v.summary).toBe(autoSummary(v.claim.text));
    }
  });
});
