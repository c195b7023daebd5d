/**
 * The loopback host as an attacker meets it. tests/unit/host/guards.test.ts covers
 * the basic refusals (no token, foreign Origin, foreign Host, a big body); this
 * file covers what a hand-made request can try beyond them, and checks that a
 * refused call changed nothing.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type Host } from '../../src/node/host/server';
import { tempDir } from '../helpers/temp';
import { tempWorkspace } from '../helpers/workspace';
import { rawRequest, rpcHead } from './helpers/raw-http';

const LIMIT = 64 * 1024;
const IMPORT = JSON.stringify({ method: 'articles.import', input: { text: 'Le ministre a déclaré que le chômage a baissé de 3 % en 2023.' } });
const LIST = JSON.stringify({ method: 'articles.list', input: {} });

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host, port });
    s.setTimeout(2_000, () => {
      s.destroy();
      resolve(false);
    });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

describe('the loopback host under attack', () => {
  let host: Host;
  let ws: ReturnType<typeof tempWorkspace>;
  let site: { dir: string; cleanup: () => void };
  const good = (extra: Record<string, string | undefined> = {}) => ({ Host: `127.0.0.1:${host.port}`, Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json', ...extra });
  const articleCount = () => (ws.workspace.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;

  beforeAll(async () => {
    ws = tempWorkspace();
    site = tempDir('factbench-site-');
    // A renderer folder with a secret beside it: nothing outside the folder may be served.
    fs.mkdirSync(path.join(site.dir, 'renderer'));
    fs.writeFileSync(path.join(site.dir, 'renderer', 'index.html'), '<!doctype html><title>renderer</title>');
    fs.writeFileSync(path.join(site.dir, 'secret.txt'), 'TOP-SECRET-NEXT-TO-THE-RENDERER');
    host = await startHost({ api: ws.api, staticDir: path.join(site.dir, 'renderer'), bodyLimit: LIMIT });
  });
  afterAll(async () => {
    await host.close();
    ws.cleanup();
    site.cleanup();
  });

  it('cannot be reached on any address but 127.0.0.1', async () => {
    expect(await canConnect('127.0.0.1', host.port)).toBe(true);
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((a): a is os.NetworkInterfaceInfo => !!a && a.address !== '127.0.0.1' && !a.address.startsWith('fe80'))
      .map((a) => a.address);
    expect(others).toContain('::1');
    for (const address of others) expect(await canConnect(address, host.port), address).toBe(false);
  });

  it('draws a fresh token for every run', async () => {
    const other = await startHost({ api: ws.api, staticDir: path.join(site.dir, 'renderer') });
    try {
      expect(other.token).not.toBe(host.token);
      expect(other.token).toMatch(/^[A-Za-z0-9_-]{32,}$/);
      // One run's token opens nothing in another.
      const res = await rawRequest(other.port, rpcHead({ ...good(), Host: `127.0.0.1:${other.port}` }, LIST), LIST);
      expect(res.status).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('refuses a request whose Host is missing, foreign, or a loopback alias it does not serve (DNS rebinding)', async () => {
    const p = host.port;
    const noHost = `POST /rpc HTTP/1.0\nAuthorization: Bearer ${host.token}\nContent-Type: application/json\nContent-Length: ${IMPORT.length}\n`;
    expect((await rawRequest(p, noHost, IMPORT)).status).toBe(421);
    for (const h of ['127.0.0.1', `127.0.0.1.:${p}`, `[::1]:${p}`, `0.0.0.0:${p}`, `2130706433:${p}`, `127.1:${p}`, `localhost.:${p}`, `evil.example:${p}`, `127.0.0.1:${p}@evil.example`, '']) {
      const res = await rawRequest(p, rpcHead(good({ Host: h }), IMPORT), IMPORT);
      expect(res.status, `Host: ${h}`).toBe(421);
    }
    // An absolute-form request line names another host: the Host header still decides, and it is foreign.
    const absolute = rpcHead(good({ Host: 'evil.example' }), IMPORT, `http://evil.example/rpc`);
    expect((await rawRequest(p, absolute, IMPORT)).status).toBe(421);
    // The page itself is not served to a rebinding name either.
    expect((await rawRequest(p, `GET / HTTP/1.1\nHost: evil.example:${p}\nConnection: close\n`)).status).toBe(421);
    expect(articleCount()).toBe(0);
  });

  it('refuses cross-site calls: a null, foreign-port or foreign-scheme Origin', async () => {
    const p = host.port;
    for (const origin of ['null', `http://127.0.0.1:${p + 1}`, `https://127.0.0.1:${p}`, `http://localhost:${p}.evil.example`, 'file://', `http://127.0.0.1:${p}/`, 'http://[::1]:' + p]) {
      const res = await rawRequest(p, rpcHead(good({ Origin: origin }), IMPORT), IMPORT);
      expect(res.status, `Origin: ${origin}`).toBe(403);
    }
    const events = await rawRequest(p, `GET /events HTTP/1.1\nHost: 127.0.0.1:${p}\nAuthorization: Bearer ${host.token}\nOrigin: https://evil.example\nConnection: close\n`);
    expect(events.status).toBe(403);
    expect(articleCount()).toBe(0);
  });

  it('takes the token from the Authorization header only, exactly', async () => {
    const p = host.port;
    const { Authorization: _, ...noAuth } = good();
    const attempts: Record<string, string | undefined>[] = [
      { ...noAuth, Cookie: `token=${host.token}` },
      { ...noAuth, Authorization: `Bearer ${host.token}x` },
      { ...noAuth, Authorization: `Bearer ${host.token.slice(0, -1)}` },
      { ...noAuth, Authorization: `Basic ${Buffer.from(`x:${host.token}`).toString('base64')}` },
      { ...noAuth, Authorization: `Bearer ` },
      { ...noAuth, Authorization: host.token },
    ];
    for (const headers of attempts) expect((await rawRequest(p, rpcHead(headers, IMPORT), IMPORT)).status, JSON.stringify(headers)).toBe(401);
    const inQuery = await rawRequest(p, rpcHead(noAuth, IMPORT, `/rpc?token=${host.token}`), IMPORT);
    expect(inQuery.status).toBe(401);
    expect(articleCount()).toBe(0);
  });

  it('refuses an oversized body however it is sent, and keeps serving afterwards', async () => {
    const p = host.port;
    // A declared length past the limit is refused before a byte of body is read.
    const declared = await rawRequest(p, rpcHead(good({ 'Content-Length': String(10 * 1024 * 1024 * 1024) }), ''), '');
    expect(declared.status).toBe(413);
    // Chunked, with no length to check up front: refused once the limit is crossed, not truncated and run.
    const chunk = 'x'.repeat(16 * 1024);
    const text = JSON.stringify({ method: 'articles.import', input: { text: 'A'.repeat(LIMIT * 2) } });
    let chunked = '';
    for (let i = 0; i < text.length; i += chunk.length) {
      const part = text.slice(i, i + chunk.length);
      chunked += `${Buffer.byteLength(part).toString(16)}\r\n${part}\r\n`;
    }
    chunked += '0\r\n\r\n';
    const res = await rawRequest(p, rpcHead(good({ 'Transfer-Encoding': 'chunked' }), ''), chunked);
    expect(res.status).toBe(413);
    expect(articleCount()).toBe(0);
    // Still healthy.
    const ok = await rawRequest(p, rpcHead(good(), LIST), LIST);
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: [] });
  });

  it('never answers with CORS permissions, even to a preflight', async () => {
    const p = host.port;
    const preflight = await rawRequest(
      p,
      `OPTIONS /rpc HTTP/1.1\nHost: 127.0.0.1:${p}\nOrigin: https://evil.example\nAccess-Control-Request-Method: POST\nAccess-Control-Request-Headers: authorization, content-type\nConnection: close\n`,
    );
    expect(preflight.status).toBeGreaterThanOrEqual(400);
    const answered = await rawRequest(p, rpcHead(good(), LIST), LIST);
    for (const r of [preflight, answered]) {
      expect(Object.keys(r.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('refuses a call sent as a "simple" cross-site form post (text/plain, no preflight)', async () => {
    const p = host.port;
    const res = await rawRequest(p, rpcHead(good({ 'Content-Type': 'text/plain', Origin: undefined }), IMPORT), IMPORT);
    expect(res.status).toBe(415);
    const form = await rawRequest(p, rpcHead(good({ 'Content-Type': 'application/x-www-form-urlencoded' }), 'method=articles.import'), 'method=articles.import');
    expect(form.status).toBe(415);
    expect(articleCount()).toBe(0);
  });

  it('serves nothing outside the renderer folder, and every page carries the CSP', async () => {
    const p = host.port;
    for (const target of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '//../secret.txt', '/.%2e/.%2e/secret.txt', '/renderer/../../secret.txt', '/%00/../secret.txt', '/%E0%A4%A']) {
      const res = await rawRequest(p, `GET ${target} HTTP/1.1\nHost: 127.0.0.1:${p}\nConnection: close\n`);
      expect(res.body, target).not.toContain('TOP-SECRET');
      if (res.status === 200) {
        expect(res.headers['content-security-policy'], target).toMatch(/script-src 'self'/);
        expect(res.headers['content-security-policy']).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
      }
    }
    const post = await rawRequest(p, `POST /index.html HTTP/1.1\nHost: 127.0.0.1:${p}\nContent-Length: 0\nConnection: close\n`);
    expect(post.status).toBe(415);
  });

  it('answers the rightful caller after all of the above', async () => {
    const res = await rawRequest(host.port, rpcHead(good({ Origin: `http://localhost:${host.port}`, Host: `LOCALHOST:${host.port}` }), IMPORT), IMPORT);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true });
    expect(articleCount()).toBe(1);
  });
});
