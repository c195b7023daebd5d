import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportError, importArticle } from '../../../src/node/import';
import { REFERENCE, SHARED, readText } from './helpers';

const text = readText(REFERENCE);
const page01 = fs.readFileSync(path.join(SHARED, 'datasets/html/01.html'));

// A local web server in the test: the import fetches over real HTTP.
let server: http.Server;
let base: string;
const hanging: http.ServerResponse[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    switch (req.url) {
      case '/kim-putin.txt':
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        return res.end(text);
      case '/kim-putin-latin1.txt':
        res.writeHead(200, { 'content-type': 'text/plain; charset=windows-1252' });
        return res.end(Buffer.from(text.replace(/[«»]/gu, '"'), 'latin1'));
      case '/suisse/chlorothalonil':
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end(page01);
      case '/moved':
        res.writeHead(302, { location: '/kim-putin.txt' });
        return res.end();
      case '/loop':
        res.writeHead(301, { location: '/loop' });
        return res.end();
      case '/to-ftp':
        res.writeHead(302, { location: 'ftp://example.org/file.txt' });
        return res.end();
      case '/photo.png':
        res.writeHead(200, { 'content-type': 'image/png' });
        return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      case '/huge': {
        // 21 MB sent without a Content-Length: the cap is enforced while reading.
        res.writeHead(200, { 'content-type': 'text/plain' });
        const chunk = Buffer.alloc(1024 * 1024, 'a');
        for (let i = 0; i < 21; i++) res.write(chunk);
        return res.end();
      }
      case '/slow':
        hanging.push(res);
        return;
      default:
        res.writeHead(404, { 'content-type': 'text/plain' });
        return res.end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function failure(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('the import should have failed');
}

describe('import from a URL', () => {
  it('fetches a text page and imports it to the same body as the pasted text', async () => {
    const pasted = await importArticle({ kind: 'text', text });
    const a = await importArticle({ kind: 'url', url: `${base}/kim-putin.txt` });
    expect(a.body).toBe(pasted.body);
    expect(a.meta).toEqual({ ...pasted.meta, url: `${base}/kim-putin.txt` });
    expect(a.original).toBe(text);
  });

  it('decodes with the charset the server names', async () => {
    const a = await importArticle({ kind: 'url', url: `${base}/kim-putin-latin1.txt` });
    expect(a.body).toContain('Washington craint que la Russie ne s\'approvisionne en armes pour ses opérations militaires');
  });

  it('keeps the raw page as the original of an HTML import, and where it came from', async () => {
    const a = await importArticle({ kind: 'url', url: `${base}/suisse/chlorothalonil` });
    expect(a.original).toBe(page01.toString('utf8'));
    expect(a.body).toContain('Le chlorothalonil sera interdit');
    expect(a.meta.url).toBe(`${base}/suisse/chlorothalonil`);
    expect(a.meta.canonicalUrl).toBe('https://www.tdg.ch/suisse/berne-interdit-chlorothalonil/story/18348200');
  });

  it('follows a redirect and records the final address', async () => {
    const a = await importArticle({ kind: 'url', url: `${base}/moved` });
    expect(a.meta.url).toBe(`${base}/kim-putin.txt`);
  });

  it('refuses what a fact-checker cannot use, each with its code and one clear line', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const cases: [() => Promise<unknown>, string, RegExp][] = [
      [() => importArticle({ kind: 'url', url: `${base}/loop` }), 'unreachable', /redirects more than 5 times/u],
      [() => importArticle({ kind: 'url', url: `${base}/to-ftp` }), 'invalid-url', /Only http and https/u],
      [() => importArticle({ kind: 'url', url: `${base}/photo.png` }), 'unsupported', /serves image\/png/u],
      [() => importArticle({ kind: 'url', url: `${base}/missing` }), 'unreachable', /answered 404/u],
      [() => importArticle({ kind: 'url', url: `${base}/huge` }), 'too-large', /limit is 20\.0 MB/u],
      [() => importArticle({ kind: 'url', url: `${base}/slow`, timeoutMs: 300 }), 'timeout', /did not answer within 0\.3 s/u],
      [() => importArticle({ kind: 'url', url: `http://127.0.0.1:${closedPort}/` }), 'unreachable', /Could not reach 127\.0\.0\.1:\d+ \(connection refused\)/u],
      [() => importArticle({ kind: 'url', url: 'file:///etc/passwd' }), 'invalid-url', /Only http and https/u],
      [() => importArticle({ kind: 'url', url: 'not a web address' }), 'invalid-url', /is not a web address/u],
    ];
    for (const [start, code, message] of cases) {
      const error = await failure(start());
      expect(error.code, error.message).toBe(code);
      expect(error.message).toMatch(message);
      expect(error.message).not.toContain('\n');
    }
  });
});
