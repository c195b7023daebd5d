import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedDir } from '../helpers/paths';
import { html, pageServer } from '../unit/sources/page-server';
import { expectRefusals, NO_SUCH_ID, NOT_A_UUID, type SpecState } from './spec-support';

const PAGE = `<!doctype html><html><head><title>Talks with Kim Jong Un</title><meta property="og:site_name" content="Kremlin"><meta name="author" content="Press service"></head><body><article><h1>Talks with Kim Jong Un</h1><p>The talks took place at the Vostochny spaceport.</p></article></body></html>`;
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR screenshot of the KCNA page')]);

/** sources.*, attachments.*, pastChecks.*: the evidence of a claim. */
export function describeSourceMethods(s: SpecState) {
  let site: Awaited<ReturnType<typeof pageServer>>;
  beforeAll(async () => {
    site = await pageServer({ '/talks': html(PAGE) });
  });
  afterAll(() => site.close());

  describe('sources', () => {
    it('cites a source, finds it in the library as you type, reuses it for another claim, edits both, and unlinks it', async () => {
      const found = await s.t.client.call('sources.lookUp', { url: site.url('/talks') });
      expect(found).toMatchObject({ ok: true, title: 'Talks with Kim Jong Un' });
      const cited = await s.t.client.call('sources.add', { claimId: s.claimId, source: { url: site.url('/talks'), title: 'Talks with Kim Jong Un', publisher: 'Kremlin', stance: 'context' } });
      expect((await s.t.client.call('sources.search', { q: 'Talks Ki' })).map((x) => x.id)).toContain(cited.id);
      expect((await s.t.client.call('sources.search', {})).map((x) => x.id)).toContain(cited.id); // recent first
      const other = (await s.t.client.call('claims.list', { articleId: s.articleId })).find((c) => c.id !== s.claimId)!;
      const linked = await s.t.client.call('sources.link', { claimId: other.id, sourceId: cited.id, stance: 'supports', excerpt: 'Vostochny', note: '' });
      expect(linked).toMatchObject({ id: cited.id, stance: 'supports' });
      expect((await s.t.client.call('sources.citedBy', { id: cited.id })).map((c) => c.claimId).sort()).toEqual([s.claimId, other.id].sort());
      expect(await s.t.client.call('sources.update', { id: cited.id, patch: { author: 'Press service' } })).toMatchObject({ author: 'Press service' });
      expect(await s.t.client.call('sources.updateCitation', { claimId: other.id, sourceId: cited.id, patch: { stance: 'refutes' } })).toMatchObject({ stance: 'refutes' });
      expect(await s.t.client.call('sources.unlink', { claimId: other.id, sourceId: cited.id })).toEqual({ unlinked: true });
      await expectRefusals(s.t, [
        ['sources.add', { claimId: NO_SUCH_ID, source: { url: 'https://example.org/' } }, 'not-found'],
        ['sources.link', { claimId: s.claimId, sourceId: cited.id, stance: 'context', excerpt: '', note: '' }, 'conflict'],
        ['sources.link', { claimId: s.claimId, sourceId: NOT_A_UUID, stance: 'context', excerpt: '', note: '' }, 'not-found'],
        ['sources.update', { id: NO_SUCH_ID, patch: { title: 'x' } }, 'not-found'],
        ['sources.update', { id: cited.id, patch: { url: 'https://elsewhere.example/' } }, 'invalid-input'],
        ['sources.updateCitation', { claimId: other.id, sourceId: cited.id, patch: { note: 'x' } }, 'not-found'],
        ['sources.unlink', { claimId: other.id, sourceId: cited.id }, 'not-found'],
        ['sources.citedBy', { id: NOT_A_UUID }, 'not-found'],
        ['sources.search', { q: 'x'.repeat(600) }, 'invalid-input'],
        ['sources.lookUp', { url: 'file:///etc/passwd' }, 'invalid-input'],
      ]);
    });

    it('archives the page, gives the snapshot back with its hash, and refuses a source without one', async () => {
      const source = await s.t.client.call('sources.add', { claimId: s.claimId, source: { url: site.url('/talks'), title: 'To archive' } });
      await expectRefusals(s.t, [
        ['sources.snapshot', { id: source.id }, 'not-found'],
        ['sources.archive', { id: NO_SUCH_ID }, 'not-found'],
      ]);
      const archived = await s.t.client.call('sources.archive', { id: source.id });
      expect(archived.snapshotSha256).toMatch(/^[0-9a-f]{64}$/);
      const snapshot = await s.t.client.call('sources.snapshot', { id: source.id });
      expect(Buffer.from(snapshot.base64, 'base64').toString('utf8')).toBe(PAGE);
      expect(snapshot).toMatchObject({ mime: expect.stringMatching(/html/), sha256: archived.snapshotSha256 });
      const gone = await s.t.client.call('sources.add', { claimId: s.claimId, source: { url: site.url('/no-such-page'), title: 'Gone' } });
      await expectRefusals(s.t, [['sources.archive', { id: gone.id }, 'conflict']]);
    });
  });

  describe('attachments', () => {
    it('keeps an evidence file with its type and hash, gives it back, removes it, and refuses a program', async () => {
      const info = await s.t.client.call('attachments.add', { claimId: s.claimId, name: 'kcna.png', dataBase64: PNG.toString('base64') });
      expect(info).toMatchObject({ name: 'kcna.png', mime: 'image/png', size: PNG.length });
      expect((await s.t.client.call('attachments.list', { claimId: s.claimId })).map((a) => a.id)).toEqual([info.id]);
      const file = await s.t.client.call('attachments.get', { id: info.id });
      expect(Buffer.from(file.base64, 'base64').equals(PNG)).toBe(true);
      expect(await s.t.client.call('attachments.remove', { id: info.id })).toEqual({ removed: true });
      await expectRefusals(s.t, [
        ['attachments.add', { claimId: s.claimId, name: 'x.png', dataBase64: Buffer.from('MZ\x90\x00binary').toString('base64') }, 'invalid-input'],
        ['attachments.add', { claimId: NO_SUCH_ID, name: 'x.png', dataBase64: PNG.toString('base64') }, 'not-found'],
        ['attachments.get', { id: info.id }, 'not-found'],
        ['attachments.remove', { id: NOT_A_UUID }, 'not-found'],
        ['attachments.list', { claimId: NO_SUCH_ID }, 'not-found'],
      ]);
    });
  });

  describe('past checks', () => {
    it('imports published ClaimReview once, suggests it for a matching claim, links one and dismisses another', async () => {
      let imported = 0;
      for (const f of fs.readdirSync(path.join(sharedDir, 'datasets/claimreview')).sort()) {
        imported += (await s.t.client.call('pastChecks.import', { json: fs.readFileSync(path.join(sharedDir, 'datasets/claimreview', f), 'utf8') })).imported;
      }
      expect(imported).toBeGreaterThan(0);
      expect((await s.t.client.call('pastChecks.import', { json: fs.readFileSync(path.join(sharedDir, 'datasets/claimreview/03.json'), 'utf8') })).imported).toBe(0);
      const text = "Climat : une intox\n\nSur les réseaux sociaux, un internaute affirme que l'enneigement de l'hémisphère nord prouve que le niveau de CO2 a diminué.\n";
      const { articleId } = await s.t.client.call('articles.import', { text });
      const article = await s.t.client.call('articles.get', { id: articleId });
      const start = article.body.indexOf('un internaute');
      const claim = await s.t.client.call('claims.create', { articleId, start, end: article.body.indexOf('diminué') + 'diminué'.length });
      const suggestions = await s.t.client.call('pastChecks.forClaim', { claimId: claim.id });
      const review = suggestions.find((m) => m.kind === 'claimreview');
      expect(review).toMatchObject({ verdict: 'Faux' });
      const linked = await s.t.client.call('pastChecks.link', { claimId: claim.id, kind: 'claimreview', targetId: review!.id });
      expect(linked.verdict).toBe('false');
      const other = suggestions.find((m) => m.id !== review!.id);
      if (other) expect(await s.t.client.call('pastChecks.dismiss', { claimId: claim.id, kind: other.kind, targetId: other.id })).toEqual({ dismissed: true });
      await expectRefusals(s.t, [
        ['pastChecks.import', { json: '{ not json' }, 'invalid-input'],
        ['pastChecks.import', { json: '{"@type":"Person"}' }, 'invalid-input'],
        ['pastChecks.forClaim', { claimId: NO_SUCH_ID }, 'not-found'],
        ['pastChecks.link', { claimId: claim.id, kind: 'claimreview', targetId: NO_SUCH_ID }, 'not-found'],
        ['pastChecks.link', { claimId: claim.id, kind: 'claim', targetId: NOT_A_UUID }, 'not-found'],
        ['pastChecks.dismiss', { claimId: claim.id, kind: 'claimreview', targetId: NOT_A_UUID }, 'not-found'],
        ['pastChecks.dismiss', { claimId: NO_SUCH_ID, kind: 'claim', targetId: claim.id }, 'not-found'],
      ]);
      await s.t.client.call('articles.delete', { id: articleId });
    });
  });
}
