import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturePage, lookUpPage, sha256Hex } from '../../../src/node/sources/capture';
import { checkSourceUrl, fetchPage } from '../../../src/node/sources/fetch-page';
import { repoRoot } from '../../helpers/paths';
import { html, pageServer } from './page-server';

const fixture = fs.readFileSync(path.join(repoRoot, 'tests/fixtures/desk/kremlin-talks.html'), 'utf8');

describe('fetching a source page', () => {
  let server: Awaited<ReturnType<typeof pageServer>>;
  beforeAll(async () => {
    server = await pageServer({
      '/talks': html(fixture),
      '/moved': (_req, res) => {
        res.writeHead(301, { location: '/talks' });
        res.end();
      },
      '/loop': (_req, res) => {
        res.writeHead(302, { location: '/loop' });
        res.end();
      },
      '/to-file': (_req, res) => {
        res.writeHead(302, { location: 'file:///etc/passwd' });
        res.end();
      },
      '/slow': () => {}, // never answers
      '/big': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write(fixture);
        res.end('x'.repeat(3 * 1024 * 1024));
      },
      '/report.pdf': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.end('%PDF-1.7\n…');
      },
      '/gone': (_req, res) => {
        res.writeHead(410, 'Gone');
        res.end();
      },
    });
  });
  afterAll(() => server.close());

  it('reads the metadata of a page, following its redirects', async () => {
    const found = await lookUpPage(server.url('/moved'));
    expect(found).toMatchObject({ ok: true, url: server.url('/talks'), meta: { title: 'Talks with Chairman of the State Affairs of the DPRK Kim Jong Un', publisher: 'President of Russia', publishedAt: '2023-09-13T09:27+03:00' } });
  });

  it('reads only the head of a large page for metadata, but refuses to archive past the cap', async () => {
    const found = await lookUpPage(server.url('/big'));
    expect(found.ok && found.meta.publisher).toBe('President of Russia');
    const archived = await capturePage(server.url('/big'), { maxBytes: 1024 * 1024 });
    expect(archived).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('says why a page could not be read, as data', async () => {
    expect(await fetchPage(server.url('/slow'), { timeoutMs: 300 })).toMatchObject({ ok: false, reason: 'timeout' });
    expect(await fetchPage(server.url('/loop'))).toMatchObject({ ok: false, reason: 'too-many-redirects' });
    expect(await fetchPage(server.url('/to-file'))).toMatchObject({ ok: false, reason: 'invalid-url' });
    expect(await fetchPage(server.url('/gone'))).toMatchObject({ ok: false, reason: 'http-error', message: expect.stringContaining('410') });
    expect(await fetchPage('http://127.0.0.1:1/nothing-listens-here')).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(await fetchPage('ftp://example.org/file')).toMatchObject({ ok: false, reason: 'invalid-url' });
  });

  it('accepts only http and https addresses without credentials', () => {
    expect(checkSourceUrl('https://apnews.com/article/x')).not.toBeNull();
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,hi', 'https://user:pw@example.org/', 'not a url']) expect(checkSourceUrl(bad)).toBeNull();
  });

  it('archives a page whole, with the SHA-256 of exactly the bytes served and the capture time', async () => {
    const before = Date.now();
    const got = await capturePage(server.url('/talks'));
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    expect(new TextDecoder().decode(got.snapshot.bytes)).toBe(fixture);
    expect(got.snapshot.sha256).toBe(sha256Hex(new TextEncoder().encode(fixture)));
    expect(got.snapshot.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(got.snapshot.mime).toBe('text/html; charset=utf-8');
    expect(Date.parse(got.snapshot.capturedAt)).toBeGreaterThanOrEqual(before - 1000);
    const pdf = await capturePage(server.url('/report.pdf'));
    expect(pdf.ok && pdf.snapshot.mime).toBe('application/pdf');
  });
});
