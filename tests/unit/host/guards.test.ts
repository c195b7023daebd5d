import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type Host } from '../../../src/node/host/server';
import { repoRoot } from '../../helpers/paths';
import { tempWorkspace } from '../../helpers/workspace';

/** Raw requests (fetch would not let us forge Host), so each check is seen as an attacker would send it. */
function request(port: number, opts: { method?: string; path?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: opts.method ?? 'POST', path: opts.path ?? '/rpc', headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

describe('the loopback host', () => {
  let host: Host;
  let ws: ReturnType<typeof tempWorkspace>;
  const envelope = JSON.stringify({ method: 'articles.list', input: {} });
  const good = () => ({ host: `127.0.0.1:${host.port}`, authorization: `Bearer ${host.token}`, 'content-type': 'application/json' });

  beforeAll(async () => {
    ws = tempWorkspace();
    host = await startHost({ api: ws.api, staticDir: path.join(repoRoot, 'out/renderer'), bodyLimit: 64 * 1024 });
  });
  afterAll(async () => {
    await host.close();
    ws.cleanup();
  });

  it('answers a call with the token, our Host and no foreign Origin', async () => {
    const res = await request(host.port, { headers: good(), body: envelope });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: [] });
    const local = await request(host.port, { headers: { ...good(), host: `localhost:${host.port}`, origin: `http://localhost:${host.port}` }, body: envelope });
    expect(local.status).toBe(200);
  });

  it('listens on 127.0.0.1 only and prints a URL that carries the token', () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/#token=${host.token}$`));
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses a request without the token, or with a wrong one (401)', async () => {
    const { authorization: _, ...noToken } = good();
    expect((await request(host.port, { headers: noToken, body: envelope })).status).toBe(401);
    expect((await request(host.port, { headers: { ...good(), authorization: 'Bearer guess' }, body: envelope })).status).toBe(401);
    expect((await request(host.port, { method: 'GET', path: '/events', headers: noToken })).status).toBe(401);
  });

  it('refuses a cross-site request from a foreign Origin, even with the token (403)', async () => {
    const res = await request(host.port, { headers: { ...good(), origin: 'https://evil.example' }, body: envelope });
    expect(res.status).toBe(403);
    const sneaky = await request(host.port, { headers: { ...good(), origin: `http://127.0.0.1:${host.port}.evil.example` }, body: envelope });
    expect(sneaky.status).toBe(403);
  });

  it('refuses a Host other than 127.0.0.1 or localhost: DNS rebinding (421)', async () => {
    for (const h of ['evil.example', `evil.example:${host.port}`, `127.0.0.1.nip.io:${host.port}`, `localhost:1`]) {
      expect((await request(host.port, { headers: { ...good(), host: h }, body: envelope })).status, h).toBe(421);
    }
    expect((await request(host.port, { method: 'GET', path: '/', headers: { host: 'evil.example' } })).status).toBe(421);
  });

  it('refuses a body over the size limit (413) and a non-JSON body (415)', async () => {
    const big = JSON.stringify({ method: 'articles.import', input: { text: 'x'.repeat(100 * 1024) } });
    expect((await request(host.port, { headers: good(), body: big })).status).toBe(413);
    expect((await request(host.port, { headers: { ...good(), 'content-type': 'text/plain' }, body: envelope })).status).toBe(415);
  });

  it('answers a malformed envelope as data, not a crash', async () => {
    const res = await request(host.port, { headers: good(), body: '{not json' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});
