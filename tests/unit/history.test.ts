import { describe, expect, it } from 'vitest';
import { describeEvent, wordEvent } from '../../src/core/history';
import { DEFAULT_SCALE } from '../../src/core/verdicts';

describe("a claim's history, one line per audited change, worded when shown", () => {
  const line = (entity: string, action: string, before: unknown, after: unknown, lang: 'en' | 'fr' = 'en') => wordEvent(describeEvent({ entity, action, before, after }, DEFAULT_SCALE), lang);

  it('names verdicts by the scale and says a rationale was edited without quoting it', () => {
    expect(line('claim', 'update', { verdict: null, rationale: '' }, { verdict: 'false', rationale: 'long text' })).toBe('Verdict: — → False; Rationale edited');
    expect(line('claim', 'update', { verdict: 'false' }, { verdict: 'verified' }, 'fr')).toBe('Verdict\u00a0: Faux → Vérifié');
  });

  it('words statuses, suggestions and types, in the language asked, never as codes', () => {
    expect(line('claim', 'update', { status: 'unchecked' }, { status: 'checked' })).toBe('Status: Unchecked → Checked');
    expect(line('claim', 'update', { status: 'unchecked' }, { status: 'checked' }, 'fr')).toBe('Statut\u00a0: Non vérifiée → Vérifiée');
    expect(line('claim', 'update', { review: 'suggested' }, { review: 'accepted' }, 'fr')).toBe('Suggestion\u00a0: Suggérée → Acceptée');
    expect(line('claim', 'update', { type: 'other' }, { type: 'statistic' }, 'fr')).toBe('Type\u00a0: Autre → Statistique');
  });

  it('says a merge without the ids of the merged claims', () => {
    const merged = line('claim', 'update', { text: 'a' }, { text: 'a b', merged: ['01a2333a-0000-7000-8000-000000000001', '01a2333a-0000-7000-8000-000000000002'] }, 'fr');
    expect(merged).toBe('Texte modifié\u202f; Fusionnée avec 2 autres affirmations');
    expect(merged).not.toMatch(/01a2333a/);
    expect(line('claim', 'merge', { text: 'a' }, { mergedInto: '01a2333a-0000-7000-8000-000000000001' })).toBe('Merged into another claim');
  });

  it('tells sources, citations, evidence and past checks apart', () => {
    expect(line('claim_source', 'create', null, { title: 'Kremlin readout' })).toBe('Source added: «Kremlin readout»');
    expect(line('claim_source', 'delete', { title: 'Kremlin readout' }, null, 'fr')).toBe('Source retirée\u00a0: «\u00a0Kremlin readout\u00a0»');
    expect(line('citation', 'update', { sourceId: 's', stance: 'supports' }, { sourceId: 's', stance: 'refutes' })).toBe('Citation edited; Stance: Supports → Refutes');
    expect(line('claim_attachment', 'create', null, { name: 'screenshot.png' })).toBe('Evidence attached: «screenshot.png»');
    expect(line('claim', 'update', { verdict: null }, { verdict: 'false', linkedTo: 'claimreview:x' })).toBe('Verdict: — → False; Reuses a past check');
    expect(line('claim', 'dismiss-match', null, { target: 'claim:x' })).toBe('Past check dismissed');
  });
});
