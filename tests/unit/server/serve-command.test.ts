/**
 * `factbench serve` as an administrator meets it: the one ready line, the
 * refusals before anything starts (one line, exit 2), and the Host and
 * Origin checks that follow the address it serves and its public URL.
 */
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase } from '../../helpers/postgres';
import { runServe, startServe, type ServeProcess } from '../../helpers/serve-process';
import { tempDir } from '../../helpers/temp';

const TOKEN = 'serve-command-test-token-0123';

/** A raw request (fetch would not let us forge Host). */
function request(origin: string, headers: Record<string, string>, body = JSON.stringify({ method: 'articles.list', input: {} })): Promise<number> {
  const u = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, method: 'POST', path: '/rpc', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('factbench serve refuses, before starting anything', () => {
  it('to listen beyond loopback without a token: one line saying why, exit 2', async () => {
    for (const listen of ['0.0.0.0:0', '192.0.2.10:8080']) {
      const r = await runServe(['--db', path.join(tempDir().dir, 'x.db'), '--listen', listen]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^factbench serve: refusing to listen on .+ without --token \(or FACTBENCH_TOKEN\): until accounts exist/)]);
    }
  });

  it('to serve a public URL without a token (instances behind a proxy must share one), and a token too short', async () => {
    const proxied = await runServe(['--db', path.join(tempDir().dir, 'x.db'), '--public-url', 'https://factbench.example']);
    expect(proxied.status).toBe(2);
    expect(proxied.stderr.trim().split('\n')).toEqual([expect.stringContaining('refusing to serve https://factbench.example without --token')]);
    const short = await runServe(['--db', path.join(tempDir().dir, 'x.db'), '--listen', '0.0.0.0:0'], { FACTBENCH_TOKEN: 'guessable' });
    expect(short.status).toBe(2);
    expect(short.stderr.trim().split('\n')).toEqual([expect.stringContaining('the token must be at least 16 printable characters')]);
  });

  it('an outdated PostgreSQL database unless told to migrate (exit 1, the command to run)', async () => {
    const db = await freshPostgresDatabase('template0');
    try {
      const r = await runServe(['--database', db.url, '--token', TOKEN]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/holds no Factbench workspace yet; create it with: factbench migrate --database postgres:\/\/postgres@127\.0\.0\.1:\d+\/fb_/);
    } finally {
      await db.drop();
    }
  });
});

describe('a running team server', () => {
  let server: ServeProcess;
  let local: ServeProcess;
  const cleanups: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    const db = await freshPostgresDatabase('template0');
    cleanups.push(db.drop);
    // --migrate creates the schema of an empty database; the token comes from the environment.
    server = await startServe(['--database', db.url, '--migrate', '--public-url', 'https://factbench.example/'], { FACTBENCH_TOKEN: TOKEN });
    cleanups.unshift(() => server.stop());
    local = await startServe(['--db', path.join(tempDir().dir, 'local.db')]);
    cleanups.unshift(() => local.stop());
  });
  afterAll(async () => {
    for (const c of cleanups) await c().catch(() => undefined);
  });

  it('prints one ready line with the URL people open and the token', () => {
    expect(server.output().split('\n').filter((l) => l.startsWith('Factbench team server at'))).toEqual([`Factbench team server at https://factbench.example/#token=${TOKEN}`]);
    // Without a token on loopback, a random one, as the browser mode does; without --database, a SQLite file.
    expect(local.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{32}$/);
    expect(local.output()).toContain('local.db');
  });

  it('answers its own address and the public name behind the proxy, and refuses other Hosts (421) and Origins (403)', async () => {
    const port = new URL(server.origin).port;
    const auth = { authorization: `Bearer ${TOKEN}` };
    expect(await request(server.origin, { ...auth, host: `127.0.0.1:${port}` })).toBe(200);
    expect(await request(server.origin, { ...auth, host: 'factbench.example', origin: 'https://factbench.example' })).toBe(200);
    expect(await request(server.origin, { ...auth, host: 'evil.example' })).toBe(421);
    expect(await request(server.origin, { ...auth, host: 'factbench.example.evil.example' })).toBe(421);
    expect(await request(server.origin, { ...auth, host: 'factbench.example', origin: 'https://evil.example' })).toBe(403);
    expect(await request(server.origin, { ...auth, host: 'factbench.example', origin: 'http://factbench.example' })).toBe(403);
    expect(await request(server.origin, { host: 'factbench.example' })).toBe(401);
  });
});
