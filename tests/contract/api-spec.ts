import fs from 'node:fs';
import { wordEvent } from '../../src/core/history';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methods } from '../../src/contract/methods';
import { referenceArticlePath } from '../helpers/paths';
import { describeArticleAndClaimMethods } from './spec-articles';
import { describeEditingMethods } from './spec-editing';
import { describeSourceMethods } from './spec-sources';
import { describeWorkspaceMethods } from './spec-workspace';
import { expectRefusals, tracked, type Refusal, type SpecState, type SpecTarget } from './spec-support';

export type { SpecTarget } from './spec-support';

/**
 * One specification of the API, run unchanged over every transport
 * (in-process dispatcher, the loopback HTTP host) and both engines (SQLite,
 * PostgreSQL). Same cases, same answers. Every method of the contract is
 * called, with its refusals; the last case checks none was forgotten.
 */
export function describeApiSpec(transport: string, setup: () => Promise<SpecTarget>) {
  describe(`the API over ${transport}`, () => {
    let t: SpecTarget;
    let articleId: string;
    let claimId: string;
    const text = fs.readFileSync(referenceArticlePath, 'utf8');
    const state = { answered: new Set<string>(), refused: new Set<string>() } as SpecState;

    beforeAll(async () => {
      const target = await setup();
      t = { ...target, client: tracked(target.client, state) };
      state.t = t;
    });
    afterAll(async () => {
      await t.cleanup();
    });

    it('imports the reference article into the workspace and lists it', async () => {
      const result = await t.client.call('articles.import', { text });
      articleId = result.articleId;
      expect(result.claims).toBeGreaterThan(0);
      const list = await t.client.call('articles.list', {});
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({ id: articleId, claims: result.claims, checked: 0 });
      const article = await t.client.call('articles.get', { id: articleId });
      expect(article.body).toContain('priorité absolue');
      expect('original' in article).toBe(false); // the verbatim import stays in the database, not on the wire
    });

    it('finds the «priorité absolue» claim with its anchors into the body', async () => {
      const claims = await t.client.call('claims.list', { articleId });
      const article = await t.client.call('articles.get', { id: articleId });
      const claim = claims.find((c) => c.text.includes('priorité absolue'));
      expect(claim).toBeDefined();
      claimId = claim!.id;
      state.articleId = articleId;
      state.claimId = claimId;
      const bodyAnchor = claim!.anchors.find((a) => a.foldedLineId === null)!;
      expect(article.body.slice(bodyAnchor.start, bodyAnchor.end)).toBe(bodyAnchor.exact);
    });

    it('saves a verdict and a rationale at once, checks the claim and keeps the history', async () => {
      const updated = await t.client.call('claims.update', { id: claimId, patch: { verdict: 'verified', rationale: 'Matches the Kremlin transcript.' } });
      expect(updated).toMatchObject({ verdict: 'verified', status: 'checked', rationale: 'Matches the Kremlin transcript.', review: 'accepted' });
      const again = await t.client.call('claims.get', { id: claimId });
      expect(again.verdict).toBe('verified');
      const history = await t.client.call('claims.history', { id: claimId });
      expect(history.map((h) => wordEvent(h.changes, 'en')).join('\n')).toMatch(/Verdict: — → Verified/);
      const list = await t.client.call('articles.list', {});
      expect(list[0]!.checked).toBe(1);
    });

    it('adds a source to the claim', async () => {
      const source = await t.client.call('sources.add', {
        claimId,
        source: { url: 'https://www.kremlin.ru/events/president/news/72259', title: 'Talks with Kim Jong Un', publisher: 'Kremlin', excerpt: 'priorité absolue', stance: 'supports' },
      });
      expect(source).toMatchObject({ url: 'https://www.kremlin.ru/events/president/news/72259', stance: 'supports', publisher: 'Kremlin' });
      const detail = await t.client.call('claims.get', { id: claimId });
      expect(detail.sources.map((s) => s.title)).toEqual(['Talks with Kim Jong Un']);
    });

    it('exports an HTML and a JSON report naming the article, the verdict, the rationale and the source', async () => {
      const html = await t.client.call('reports.export', { articleId, format: 'html' });
      expect(html.mime).toMatch(/text\/html/);
      expect(html.text).toContain('Matches the Kremlin transcript.');
      expect(html.text).toContain('Talks with Kim Jong Un');
      const json = await t.client.call('reports.export', { articleId, format: 'json' });
      const doc = JSON.parse(json.text!) as { schemaVersion: number; claims: { text: string; verdict: unknown }[] };
      expect(doc.schemaVersion).toBeGreaterThanOrEqual(1);
      expect(doc.claims.some((c) => c.text.includes('priorité absolue'))).toBe(true);
    });

    it('searches claims across the workspace', async () => {
      const hits = await t.client.call('search.query', { q: 'tremplin' });
      expect(hits.some((h) => h.kind === 'claim' || h.kind === 'article')).toBe(true);
      expect(await t.client.call('search.query', { q: '") OR 1=1 --' })).toEqual(expect.any(Array));
    });

    it('answers bad input with typed errors and changes nothing', async () => {
      const before = await t.snapshot();
      const cases: [string, unknown, string][] = [
        ['claims.update', { id: claimId, patch: { verdict: 42 } }, 'invalid-input'],
        ['claims.update', { id: claimId, patch: { verdict: 'pants-on-fire' } }, 'invalid-input'],
        ['claims.update', { id: claimId, patch: { colour: 'red' } }, 'invalid-input'],
        ['claims.update', { id: 'no-such-claim', patch: { verdict: 'false' } }, 'not-found'],
        ['claims.update', { patch: { verdict: 'false' } }, 'invalid-input'],
        ['articles.get', { id: "x'; DROP TABLE claims; --" }, 'invalid-input'],
        ['articles.get', {}, 'invalid-input'],
        ['claims.create', { articleId, start: 50, end: 10 }, 'invalid-input'],
        ['claims.create', { articleId, start: -1, end: 10 }, 'invalid-input'],
        ['sources.add', { claimId, source: { url: 'javascript:alert(1)' } }, 'invalid-input'],
        ['articles.import', { text: '' }, 'import-failed'],
        ['articles.import', { text: 'a', url: 'https://example.org' }, 'invalid-input'],
        ['no.such.method', {}, 'unknown-method'],
      ];
      for (const [method, input, code] of cases) {
        const res = await t.client.try(method as 'articles.get', input as { id: string });
        expect(res.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
        if (!res.ok) {
          expect(res.error.code, `${method} ${JSON.stringify(input)}`).toBe(code);
          expect(res.error.message.length).toBeGreaterThan(5);
        }
      }
      expect(await t.snapshot()).toEqual(before);
    });

    describeArticleAndClaimMethods(state);
    describeEditingMethods(state);
    describeSourceMethods(state);
    describeWorkspaceMethods(state);

    it('called every method of the contract, each answered or refused as the case asked', () => {
      expect(Object.keys(methods).filter((m) => !state.answered.has(m) && !state.refused.has(m))).toEqual([]);
    });

    it('refuses a field no method knows, on every method, and changes nothing', async () => {
      await expectRefusals(t, Object.keys(methods).map((m): Refusal => [m, { unexpected: true }, 'invalid-input']));
    });
  });
}
