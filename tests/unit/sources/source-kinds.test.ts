import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isPublicArchiveUrl } from '../../../src/core/archive-links';
import { saveToWayback } from '../../../src/node/sources/wayback';
import { deskWorkspace } from '../desk/client';
import { pageServer } from './page-server';

type Desk = Awaited<ReturnType<typeof deskWorkspace>>;

describe('sources a newsroom cites that are not web pages', () => {
  let desk: Desk;
  let claimId: string;
  beforeEach(async () => {
    desk = await deskWorkspace();
    claimId = (await desk.client.call('claims.list', { articleId: desk.articleId }))[0]!.id;
  });
  afterEach(() => desk.cleanup());

  it('cites an interview by its contact, without a URL, and the report says what it is', async () => {
    const cited = await desk.client.call('sources.add', {
      claimId,
      source: { kind: 'interview', title: 'Phone interview with the ministry', contact: 'Press office, +41 00 000 00 00', excerpt: 'The meeting was confirmed.', stance: 'supports' },
    });
    expect(cited).toMatchObject({ kind: 'interview', url: '', contact: 'Press office, +41 00 000 00 00', fileName: null });
    await desk.client.call('claims.update', { id: claimId, patch: { verdict: 'verified' } });
    for (const [language, kind] of [['en', 'Interview'], ['fr', 'Entretien']] as const) {
      const html = (await desk.client.call('reports.export', { articleId: desk.articleId, format: 'html', language })).text!;
      expect(html).toContain(`<span class="kind">${kind}</span>`);
      expect(html).toContain('Press office, +41 00 000 00 00');
    }
    await expect(desk.client.call('sources.archive', { id: cited.id })).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('keeps a document as a file with its SHA-256 and gives the same bytes back', async () => {
    const pdf = Buffer.from('%PDF-1.4\n% the ministry report\n');
    const cited = await desk.client.call('sources.add', { claimId, source: { kind: 'document', title: 'Ministry report', file: { name: 'rapport.pdf', dataBase64: pdf.toString('base64') } } });
    expect(cited).toMatchObject({ kind: 'document', fileName: 'rapport.pdf', snapshotSha256: createHash('sha256').update(pdf).digest('hex') });
    const snapshot = await desk.client.call('sources.snapshot', { id: cited.id });
    expect(snapshot).toMatchObject({ filename: 'rapport.pdf', mime: 'application/pdf', sha256: cited.snapshotSha256 });
    expect(Buffer.from(snapshot.base64, 'base64').equals(pdf)).toBe(true);
    const program = Buffer.from('MZ\x90\x00 not a document');
    await expect(desk.client.call('sources.add', { claimId, source: { kind: 'document', file: { name: 'report.pdf', dataBase64: program.toString('base64') } } })).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('asks a web page for its URL and the others for something that says what they are', async () => {
    await expect(desk.client.call('sources.add', { claimId, source: { kind: 'web', title: 'No address' } })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(desk.client.call('sources.add', { claimId, source: { kind: 'email' } })).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('keeps a public archive link beside the local copy, and only an archive address', async () => {
    const cited = await desk.client.call('sources.add', { claimId, source: { url: 'https://kremlin.ru/events/1', title: 'Talks', archiveUrl: 'https://web.archive.org/web/20230913092700/https://kremlin.ru/events/1' } });
    expect(cited.archiveUrl).toBe('https://web.archive.org/web/20230913092700/https://kremlin.ru/events/1');
    const updated = await desk.client.call('sources.update', { id: cited.id, patch: { archiveUrl: 'https://archive.ph/AbCd1' } });
    expect(updated.archiveUrl).toBe('https://archive.ph/AbCd1');
    await expect(desk.client.call('sources.update', { id: cited.id, patch: { archiveUrl: 'https://example.org/AbCd1' } })).rejects.toMatchObject({ code: 'invalid-input' });
  });
});

describe('archive addresses', () => {
  it('accepts Wayback Machine captures and archive.today pages, nothing else', () => {
    for (const ok of [
      'https://web.archive.org/web/20230913092700/https://kremlin.ru/events/1',
      'http://web.archive.org/web/2023/https://example.org/',
      'https://web.archive.org/web/20230913092700id_/https://example.org/a?b=1',
      'https://archive.today/AbCd1',
      'https://archive.ph/2023.09.13-092700/https://example.org/',
      'https://archive.is/newest/https://example.org/',
    ])
      expect(isPublicArchiveUrl(ok), ok).toBe(true);
    for (const bad of [
      'https://web.archive.org/',
      'https://web.archive.org/save/https://example.org/',
      'https://web.archive.org.evil.example/web/2023/https://x',
      'https://example.org/web/20230913092700/https://x',
      'https://archive.ph/',
      'javascript:alert(1)//web.archive.org/web/2023/x',
      'https://user:pw@web.archive.org/web/2023/https://x',
    ])
      expect(isPublicArchiveUrl(bad), bad).toBe(false);
  });
});

describe('Save to the Wayback Machine', () => {
  const page = 'https://kremlin.ru/events/1';

  it('says the archive cannot be reached when the network does not get there', async () => {
    // A port nothing listens on stands in for a machine without internet.
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const got = await saveToWayback(page, { endpoint: `http://127.0.0.1:${port}/save/` });
    expect(got).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(!got.ok && got.message).toMatch(/could not be reached from this computer \(connection refused\)/);
    // Worded by the desk in its language from the code and its parameters.
    expect(got).toMatchObject({ messageCode: 'errors.wayback.unreachable', params: { reason: { key: 'errors.net.refused' } } });
  });

  it('says the archive refused, with its answer, and never reports a capture it did not give', async () => {
    const server = await pageServer({
      [`/save/${page}`]: (_req, res) => {
        res.writeHead(503, { 'content-type': 'text/html' });
        res.end('<h1>Service Unavailable</h1>');
      },
      '/save/https://example.org/odd': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html', location: 'https://example.org/not-an-archive' });
        res.end('ok');
      },
    });
    try {
      expect(await saveToWayback(page, { endpoint: server.url('/save/') })).toMatchObject({ ok: false, reason: 'refused', message: expect.stringContaining('HTTP 503') });
      expect(await saveToWayback('https://example.org/odd', { endpoint: server.url('/save/') })).toMatchObject({ ok: false, reason: 'unexpected' });
    } finally {
      await server.close();
    }
  });

  it('keeps the capture address the archive gives, through the API, and audits it', async () => {
    const server = await pageServer({
      [`/save/${page}`]: (_req, res) => {
        res.writeHead(302, { location: `/web/20240102030405/${page}` });
        res.end();
      },
    });
    const desk = await deskWorkspace();
    process.env.FACTBENCH_WAYBACK_ENDPOINT = server.url('/save/');
    try {
      const claimId = (await desk.client.call('claims.list', { articleId: desk.articleId }))[0]!.id;
      const cited = await desk.client.call('sources.add', { claimId, source: { url: page, title: 'Talks' } });
      const got = await desk.client.call('sources.saveToWayback', { id: cited.id });
      expect(got).toMatchObject({ ok: true, source: { archiveUrl: `https://web.archive.org/web/20240102030405/${page}` } });
      const event = desk.workspace.db.prepare(`SELECT after FROM events WHERE entity = 'source' AND entity_id = ?`).get(cited.id) as { after: string };
      expect(JSON.parse(event.after)).toEqual({ archiveUrl: `https://web.archive.org/web/20240102030405/${page}` });
    } finally {
      delete process.env.FACTBENCH_WAYBACK_ENDPOINT;
      desk.cleanup();
      await server.close();
    }
  });
});
