import fs from 'node:fs';
import { wordEvent } from '../../../src/core/history';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/paths';
import { html, pageServer } from '../sources/page-server';
import { deskWorkspace } from './client';

const fixture = fs.readFileSync(path.join(repoRoot, 'tests/fixtures/desk/kremlin-talks.html'), 'utf8');

describe('the source library', () => {
  let desk: Awaited<ReturnType<typeof deskWorkspace>>;
  let server: Awaited<ReturnType<typeof pageServer>>;
  let claimA: string;
  let claimB: string;
  beforeAll(async () => {
    desk = await deskWorkspace();
    server = await pageServer({ '/talks': html(fixture) });
    const claims = await desk.client.call('claims.list', { articleId: desk.articleId });
    claimA = claims.find((c) => c.text.includes('priorité absolue'))!.id;
    claimB = claims.find((c) => c.text.includes('Washington craint'))!.id;
  });
  afterAll(async () => {
    await server.close();
    desk.cleanup();
  });

  it('fills a citation from the page, and an unreachable page is an answer, not an error', async () => {
    const found = await desk.client.call('sources.lookUp', { url: server.url('/talks') });
    expect(found).toMatchObject({ ok: true, title: 'Talks with Chairman of the State Affairs of the DPRK Kim Jong Un', publisher: 'President of Russia', publishedAt: '2023-09-13T09:27+03:00' });
    const gone = await desk.client.try('sources.lookUp', { url: 'http://127.0.0.1:1/gone' });
    expect(gone).toMatchObject({ ok: true, value: { ok: false, reason: 'unreachable' } });
    const bad = await desk.client.try('sources.lookUp', { url: 'javascript:alert(1)' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('finds a source as you type and links it to a second claim without copying it', async () => {
    const added = await desk.client.call('sources.add', { claimId: claimA, source: { url: server.url('/talks'), title: 'Talks with Kim Jong Un', publisher: 'Kremlin', stance: 'supports' } });
    for (const q of ['Kre', 'talks kim', 'kremlin']) {
      const hits = await desk.client.call('sources.search', { q });
      expect(hits.map((h) => h.id), q).toContain(added.id);
    }
    expect(await desk.client.call('sources.search', { q: 'nothing-like-this' })).toEqual([]);
    const recent = await desk.client.call('sources.search', {});
    expect(recent[0]).toMatchObject({ id: added.id, uses: 1 });

    const linked = await desk.client.call('sources.link', { claimId: claimB, sourceId: added.id, stance: 'context', excerpt: 'arms' });
    expect(linked).toMatchObject({ id: added.id, stance: 'context', excerpt: 'arms' });
    expect((await desk.client.call('sources.search', { q: 'Kremlin' }))[0]!.uses).toBe(2);
    const again = await desk.client.try('sources.link', { claimId: claimB, sourceId: added.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const cited = await desk.client.call('sources.citedBy', { id: added.id });
    expect(cited.map((c) => c.claimId).sort()).toEqual([claimA, claimB].sort());
    const history = await desk.client.call('claims.history', { id: claimB });
    expect(wordEvent(history.at(-1)!.changes, 'en')).toBe('Source added: «Talks with Kim Jong Un»');

    // One source, edited once, reads the same from every claim citing it.
    await desk.client.call('sources.update', { id: added.id, patch: { title: 'Talks with the DPRK leader', accessedAt: '2023-09-14' } });
    const fromB = await desk.client.call('claims.get', { id: claimB });
    expect(fromB.sources[0]).toMatchObject({ title: 'Talks with the DPRK leader', accessedAt: '2023-09-14' });
    const cite = await desk.client.call('sources.updateCitation', { claimId: claimB, sourceId: added.id, patch: { stance: 'refutes' } });
    expect(cite.stance).toBe('refutes');
    expect((await desk.client.call('claims.get', { id: claimA })).sources[0]!.stance).toBe('supports');
  });

  it('archives the page in the workspace with its SHA-256 and gives it back byte for byte', async () => {
    const [source] = await desk.client.call('sources.search', { q: 'DPRK' });
    const archived = await desk.client.call('sources.archive', { id: source!.id });
    expect(archived.snapshotSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(archived.snapshotAt).not.toBeNull();
    const file = await desk.client.call('sources.snapshot', { id: source!.id });
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).toBe(fixture);
    expect(file).toMatchObject({ sha256: archived.snapshotSha256, mime: 'text/html; charset=utf-8' });
    expect(file.filename).toMatch(/\.html$/);
    const row = desk.workspace.db.prepare(`SELECT length(snapshot) AS n FROM sources WHERE id = ?`).get(source!.id) as { n: number };
    expect(row.n).toBe(Buffer.byteLength(fixture));
  });

  it('says why an archive failed and stores nothing', async () => {
    const added = await desk.client.call('sources.add', { claimId: claimA, source: { url: 'http://127.0.0.1:1/unreachable', title: 'Gone' } });
    const got = await desk.client.try('sources.archive', { id: added.id });
    expect(got.ok).toBe(false);
    if (!got.ok) expect(got.error.message).toMatch(/not archived: The page could not be reached/);
    const no = await desk.client.try('sources.snapshot', { id: added.id });
    expect(no).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
