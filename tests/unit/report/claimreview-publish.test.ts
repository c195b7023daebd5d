/**
 * ClaimReview a publisher can post as it is (issue 14): through the API, on a
 * real workspace, every required and recommended property on the reference
 * article and on a round trip of each published ClaimReview of the shared
 * datasets (imported as a past check, reused on a claim, published again and
 * read back); and no ClaimReview at all, but one clear message, when the
 * organisation or the review's address is missing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseClaimReview } from '../../../src/core/claimreview';
import { createClient, type Client } from '../../../src/contract/client';
import type { RpcErrorBody } from '../../../src/contract/envelope';
import { expectPublishable } from '../../helpers/claimreview-check';
import { referenceArticlePath, sharedDir } from '../../helpers/paths';
import { tempWorkspace } from '../../helpers/workspace';

type Node = Record<string, unknown>;
const DATASETS = fs.readdirSync(path.join(sharedDir, 'datasets/claimreview')).filter((f) => f.endsWith('.json')).sort();

describe('ClaimReview ready to publish', () => {
  let ws: ReturnType<typeof tempWorkspace>;
  let client: Client;
  let referenceId = '';

  beforeAll(async () => {
    ws = tempWorkspace();
    client = createClient({ send: (r) => ws.api.dispatch(r), onEvent: (l) => ws.api.subscribe(l) });
    referenceId = (await client.call('articles.import', { text: fs.readFileSync(referenceArticlePath, 'utf8') })).articleId;
    const claims = await client.call('claims.list', { articleId: referenceId });
    const verdicts = ['verified', 'mostly-true', 'misleading', 'false', 'unverifiable'];
    for (const [i, c] of claims.entries()) await client.call('claims.update', { id: c.id, patch: { verdict: verdicts[i % verdicts.length]!, rationale: `Vérifié auprès de la source ${i + 1}.` } });
  });
  afterAll(() => ws.cleanup());

  const exportClaimReview = (articleId: string, extra: Record<string, string> = {}) => client.try('reports.export', { articleId, format: 'claimreview', language: 'fr', ...extra });

  it('is refused with one message naming what to set while the organisation and the review address are missing', async () => {
    const r = await exportClaimReview(referenceId);
    expect(r.ok).toBe(false);
    const error = (r as { error: RpcErrorBody }).error;
    expect(error.code).toBe('settings-required');
    expect(error.details).toEqual({ missing: ['organisation', 'organisationUrl', 'reviewUrl'] });
    expect(error.messageCode).toBe('errors.claimReview.missing');
    expect(error.message).toBe(
      'ClaimReview needs the organisation’s name, the organisation’s web address, and the address where the fact-check is published first.',
    );
    // With the web addresses given for this export alone, only the name is missing.
    const partial = await exportClaimReview(referenceId, { organisationUrl: 'https://verif.example.ch', reviewUrl: 'https://verif.example.ch/{slug}' });
    expect(partial.ok || (partial as { error: RpcErrorBody }).error.details).toEqual({ missing: ['organisation'] });
  });

  it('carries every required and recommended property on each claim of the reference article', async () => {
    await client.call('settings.update', { patch: { organisation: 'Vérif Suisse', organisationUrl: 'https://verif.example.ch', reviewUrl: 'https://verif.example.ch/2023/{slug}' } });
    await client.call('articles.updateMeta', { id: referenceId, patch: { url: 'https://www.swissinfo.ch/fre/kim-poutine/48804502' } });
    const r = await exportClaimReview(referenceId);
    if (!r.ok) throw new Error(r.error.message);
    const doc = JSON.parse(r.value.text!) as { '@context': string; '@graph': Node[] };
    expect(doc['@context']).toBe('https://schema.org');
    const claims = await client.call('claims.list', { articleId: referenceId });
    expect(doc['@graph']).toHaveLength(claims.filter((c) => c.review !== 'dismissed').length);
    const checked = new Set<string>();
    for (const n of doc['@graph']) {
      const v = (n.reviewRating as Node).alternateName;
      for (const p of expectPublishable(n, { claimAuthor: true, claimDate: true, appearanceUrl: true, numericRating: v !== 'Invérifiable' })) checked.add(p);
      expect(n.url).toMatch(/^https:\/\/verif\.example\.ch\/2023\/la-coree-du-nord-fera-des-liens-avec-la-russie-une-priorite#claim-\d+$/);
    }
    // Every property of Google's lists was met at least once.
    for (const p of ['url', 'claimReviewed', 'reviewRating.alternateName', 'reviewRating.ratingValue', 'author.name', 'author.url', 'datePublished', 'itemReviewed.author.@type', 'itemReviewed.datePublished', 'itemReviewed.appearance.url']) {
      expect(checked, p).toContain(p);
    }
    const types = new Set(doc['@graph'].map((n) => ((n.itemReviewed as Node).author as Node)['@type']));
    expect(types).toEqual(new Set(['Person', 'Organization'])); // Kim Jong Un, and Washington
  });

  it('publishes the summary a fact-checker edited as claimReviewed', async () => {
    const claim = (await client.call('claims.list', { articleId: referenceId })).find((c) => c.text.includes('priorité absolue de notre politique'))!;
    await client.call('claims.update', { id: claim.id, patch: { summary: 'Kim : la Russie, «priorité absolue» de la politique étrangère' } });
    const r = await exportClaimReview(referenceId);
    if (!r.ok) throw new Error(r.error.message);
    const reviewed = (JSON.parse(r.value.text!) as { '@graph': Node[] })['@graph'].map((n) => n.claimReviewed);
    expect(reviewed).toContain('Kim : la Russie, «priorité absolue» de la politique étrangère');
    // 76 characters are refused at the boundary; an empty summary goes back to the automatic one.
    expect((await client.try('claims.update', { id: claim.id, patch: { summary: 'x'.repeat(76) } })).ok).toBe(false);
    expect((await client.call('claims.update', { id: claim.id, patch: { summary: '' } })).summary).toBeNull();
  });

  for (const file of DATASETS) {
    it(`round-trips the published ClaimReview ${file}: imported, reused on a claim, published again with every property`, async () => {
      const json = fs.readFileSync(path.join(sharedDir, 'datasets/claimreview', file), 'utf8');
      const [original] = parseClaimReview(json);
      if (!original) throw new Error(`${file} holds no ClaimReview`);
      await client.call('pastChecks.import', { json });

      // The claim turns up again in a new article: the fact-checker marks it and reuses the published check.
      const text = `Revue des réseaux sociaux\n\n${original.claim}\n`;
      const { articleId } = await client.call('articles.import', { text });
      const article = await client.call('articles.get', { id: articleId });
      const appearance = original.appearances.find((u) => /^https?:\/\//.test(u));
      await client.call('articles.updateMeta', { id: articleId, patch: { ...(appearance ? { url: appearance } : {}), ...(original.claimDate ? { publishedAt: original.claimDate.slice(0, 10) } : {}) } });
      const start = article.body.indexOf(original.claim.slice(0, 40));
      expect(start, 'the claim is in the body').toBeGreaterThanOrEqual(0);
      const end = Math.min(article.body.length, start + original.claim.length);
      const claim = await client.call('claims.create', { articleId, start, end });
      if (original.claimant) await client.call('claims.update', { id: claim.id, patch: { speaker: original.claimant } });
      const match = (await client.call('pastChecks.forClaim', { claimId: claim.id })).find((m) => m.kind === 'claimreview' && m.text === original.claim);
      expect(match, 'the imported check is offered').toBeDefined();
      const linked = await client.call('pastChecks.link', { claimId: claim.id, kind: 'claimreview', targetId: match!.id });
      expect(linked.verdict, 'the published verdict is mapped onto the scale').toBe('false');
      expect(linked.rationale, 'nothing is written into the rationale').toBe('');

      const r = await client.try('reports.export', { articleId, format: 'claimreview', language: 'en' });
      if (!r.ok) throw new Error(r.error.message);
      const doc = JSON.parse(r.value.text!) as { '@graph': Node[] };
      expect(doc['@graph']).toHaveLength(1);
      const node = doc['@graph'][0]!;
      expectPublishable(node, { claimAuthor: true, claimDate: original.claimDate !== null, appearanceUrl: appearance !== undefined, numericRating: true });
      // The reuse is said in the report language, from the stored link.
      expect((node.reviewRating as Node).ratingExplanation).toBe(`Checked before by ${original.reviewer}: ${original.verdict}.`);

      // Read back by the same reader that imported the original.
      const [back] = parseClaimReview(r.value.text!);
      expect(back?.reviewer).toBe('Vérif Suisse');
      expect(back?.verdictClass).toBe(original.verdictClass);
      const bare = (t: string) => t.replace(/…$/, '').replace(/^[«“"]\s*/, '').replace(/[»”"]$/, '');
      expect(bare(original.claim).startsWith(bare(back!.claim)), `${back?.claim}`).toBe(true);
      if (appearance) expect(back?.appearances).toContain(appearance);
      if (original.claimant) expect(back?.claimant).toBe(original.claimant);
    });
  }
});
