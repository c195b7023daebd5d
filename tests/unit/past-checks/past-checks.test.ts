import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from '../../../src/contract/client';
import { referenceArticlePath, sharedDir } from '../../helpers/paths';
import { snapshotTables, tempWorkspace } from '../../helpers/workspace';

/** "Never make the user mark the same claim twice": matches against past checks, linked or dismissed. */
describe('already checked', () => {
  let ws: ReturnType<typeof tempWorkspace>;
  let client: Client;
  let checkedClaimId = '';

  beforeAll(async () => {
    ws = tempWorkspace();
    client = createClient({ send: (r) => ws.api.dispatch(r), onEvent: (l) => ws.api.subscribe(l) });
    const { articleId } = await client.call('articles.import', { text: fs.readFileSync(referenceArticlePath, 'utf8') });
    const claim = (await client.call('claims.list', { articleId })).find((c) => c.text.includes('sa «priorité absolue»'))!;
    checkedClaimId = claim.id;
    await client.call('claims.update', { id: claim.id, patch: { verdict: 'verified', rationale: 'Kremlin readout.' } });
    await client.call('sources.add', { claimId: claim.id, source: { url: 'https://www.kremlin.ru/events/president/news/72259', title: 'Talks with Kim Jong Un', stance: 'supports' } });
  });
  afterAll(() => ws.cleanup());

  async function claimOf(text: string, needle: string) {
    const { articleId } = await client.call('articles.import', { text });
    const claims = await client.call('claims.list', { articleId });
    const claim = claims.find((c) => c.text.includes(needle)) ?? (await client.call('claims.create', { articleId, start: 0, end: text.indexOf('\n') > 0 ? text.indexOf('\n') : text.length }));
    return claim;
  }

  it('suggests a claim checked in another article, and linking reuses its verdict and sources', async () => {
    const claim = await claimOf(
      'Sommet Russie - Corée du Nord\n\nSelon la télévision russe, Kim Jong Un a déclaré que son pays ferait des liens bilatéraux avec la Russie sa «priorité absolue», lors de sa rencontre avec Vladimir Poutine.\n',
      'priorité absolue',
    );
    const suggestions = await client.call('pastChecks.forClaim', { claimId: claim.id });
    const match = suggestions.find((m) => m.kind === 'claim' && m.id === checkedClaimId);
    expect(match).toBeDefined();
    expect(match!.label).toBe('Already checked in «La Corée du Nord fera des liens avec la Russie "une priorité absolue"» — Verified');
    const linked = await client.call('pastChecks.link', { claimId: claim.id, kind: 'claim', targetId: checkedClaimId });
    expect(linked).toMatchObject({ verdict: 'verified', status: 'checked' });
    // The reuse is kept as the link (worded in the reader's language by the reports), not written into the rationale.
    expect(linked.rationale).toBe('');
    const detail = await client.call('claims.get', { id: claim.id });
    expect(detail.sources.map((s) => s.url)).toEqual(['https://www.kremlin.ru/events/president/news/72259']);
    expect((await client.call('pastChecks.forClaim', { claimId: claim.id }))[0]!.state).toBe('linked');
  });

  it('imports the five published ClaimReview files with their quirks', async () => {
    let total = 0;
    for (const f of ['01.json', '02.json', '03.json', '04.json', '05.json']) {
      const r = await client.call('pastChecks.import', { json: fs.readFileSync(path.join(sharedDir, 'datasets/claimreview', f), 'utf8') });
      expect(r.imported, f).toBeGreaterThanOrEqual(1);
      total += r.imported;
    }
    const again = await client.call('pastChecks.import', { json: fs.readFileSync(path.join(sharedDir, 'datasets/claimreview/03.json'), 'utf8') });
    expect(again).toEqual({ imported: 0, duplicates: again.duplicates });
    expect(again.duplicates).toBeGreaterThanOrEqual(1);
    expect(total).toBeGreaterThanOrEqual(5);
  });

  it('matches a new claim against imported ClaimReview and maps the published verdict onto the scale', async () => {
    const claim = await claimOf(
      "Climat : une intox\n\nSur les réseaux sociaux, un internaute affirme que l'enneigement de l'hémisphère nord prouve que le niveau de CO2 a diminué.\n",
      'enneigement',
    );
    const suggestions = await client.call('pastChecks.forClaim', { claimId: claim.id });
    const review = suggestions.find((m) => m.kind === 'claimreview');
    expect(review).toBeDefined();
    expect(review!.verdict).toBe('Faux');
    expect(review!.label).toMatch(/^Already checked in «.+» — Faux$/);
    const linked = await client.call('pastChecks.link', { claimId: claim.id, kind: 'claimreview', targetId: review!.id });
    expect(linked.verdict).toBe('false');
    const detail = await client.call('claims.get', { id: claim.id });
    expect(detail.sources[0]).toMatchObject({ stance: 'refutes' });
  });

  it('keeps a dismissed match out of the suggestions, and restorable', async () => {
    const claim = await claimOf(
      'CDC\n\nA viral post claims the US Centers for Disease Control and Prevention lied about the number of deaths caused by COVID-19 by combining the count with pneumonia and influenza fatalities.\n',
      'Centers for Disease Control',
    );
    const [first] = await client.call('pastChecks.forClaim', { claimId: claim.id });
    expect(first).toMatchObject({ kind: 'claimreview', verdict: 'False' });
    await client.call('pastChecks.dismiss', { claimId: claim.id, kind: first!.kind, targetId: first!.id });
    expect((await client.call('pastChecks.forClaim', { claimId: claim.id })).some((m) => m.id === first!.id)).toBe(false);
    const all = await client.call('pastChecks.forClaim', { claimId: claim.id, includeDismissed: true });
    expect(all.find((m) => m.id === first!.id)?.state).toBe('dismissed');
  });

  it('does not offer unrelated checks', async () => {
    const claim = await claimOf('Météo\n\nLe canton de Vaud a enregistré 42 millimètres de pluie mardi, un record pour un mois de novembre.\n', 'millimètres');
    expect(await client.call('pastChecks.forClaim', { claimId: claim.id })).toEqual([]);
  });

  it('refuses what is not ClaimReview and changes nothing', async () => {
    const before = snapshotTables(ws.workspace);
    for (const json of ['{not json', '{"@type":"NewsArticle","headline":"x"}', '[]']) {
      const r = await client.try('pastChecks.import', { json });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('invalid-input');
    }
    const unknown = await client.try('pastChecks.link', { claimId: checkedClaimId, kind: 'claimreview', targetId: 'nope' });
    expect(unknown.ok).toBe(false);
    expect(snapshotTables(ws.workspace)).toEqual(before);
  });
});
