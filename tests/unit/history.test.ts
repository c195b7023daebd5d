import { describe, expect, it } from 'vitest';
import { summarizeEvent } from '../../src/core/history';
import { DEFAULT_SCALE } from '../../src/core/verdicts';

describe("a claim's history, one line per audited change", () => {
  const line = (entity: string, action: string, before: unknown, after: unknown, lang: 'en' | 'fr' = 'en') => summarizeEvent({ entity, action, before, after }, DEFAULT_SCALE, lang);

  it('names verdicts by the scale and says a rationale was edited without quoting it', () => {
    expect(line('claim', 'update', { verdict: null, rationale: '' }, { verdict: 'false', rationale: 'long text' })).toBe('Verdict: — → False; Rationale edited');
    expect(line('claim', 'update', { verdict: 'false' }, { verdict: 'verified' }, 'fr')).toBe('Verdict: Faux → Vérifié');
  });

  it('tells sources, citations, evidence and past checks apart', () => {
    expect(line('claim_source', 'create', null, { title: 'Kremlin readout' })).toBe('Source added: «Kremlin readout»');
    expect(line('claim_source', 'delete', { title: 'Kremlin readout' }, null)).toBe('Source removed: «Kremlin readout»');
    expect(line('citation', 'update', { sourceId: 's', stance: 'supports' }, { sourceId: 's', stance: 'refutes' })).toBe('Citation edited (stance: supports → refutes)');
    expect(line('claim_attachment', 'create', null, { name: 'screenshot.png' })).toBe('Evidence attached: «screenshot.png»');
    expect(line('claim', 'update', { verdict: null }, { verdict: 'false', linkedTo: 'claimreview:x' })).toBe('Verdict: — → False; Linked to a past check');
    expect(line('claim', 'dismiss-match', null, { target: 'claim:x' })).toBe('Past check dismissed');
  });
});
