/**
 * The README's nginx configuration (docs/nginx-factbench.conf), run for real
 * in front of two `factbench serve` instances on one PostgreSQL database:
 * its syntax passes `nginx -t`; through it, over TLS and under the public
 * name, the interface and the API answer, a foreign Origin is refused, and
 * the event stream passes each change at once (no buffering) whichever
 * instance made it. Only the ports and the certificate (a self-signed one
 * made here) differ from the file people copy.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/paths';
import { freePort } from '../../helpers/postgres-cluster';
import { freshPostgresDatabase } from '../../helpers/postgres';
import { must, startServe, type ServeProcess } from '../../helpers/serve-process';
import { openEventStream } from '../../helpers/sse-client';
import { tempDir } from '../../helpers/temp';

const NGINX = fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
const TOKEN = 'nginx-test-token-0123456789abc';
const NAME = 'factbench.example';

/** A request to nginx under the public name (the certificate is the test's own). */
function viaProxy(port: number, method: string, urlPath: string, headers: Record<string, string> = {}, body?: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = https.request({ host: '127.0.0.1', port, method, path: urlPath, servername: NAME, rejectUnauthorized: false, headers: { host: `${NAME}:${port}`, ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function listening(port: number, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => (Date.now() > until ? reject(new Error(`nothing listens on ${port}`)) : setTimeout(attempt, 50)));
    };
    attempt();
  });
}

describe('nginx with the README configuration in front of two instances', () => {
  const tmp = tempDir('factbench-nginx-');
  let nginx: ChildProcess | null = null;
  let servers: ServeProcess[] = [];
  let tls = 0;
  let conf = '';
  let dropDb: () => Promise<void> = () => Promise.resolve();

  beforeAll(async () => {
    const db = await freshPostgresDatabase();
    dropDb = db.drop;
    tls = await freePort();
    const plain = await freePort();
    servers = await Promise.all([0, 1].map(() => startServe(['--database', db.url, '--token', TOKEN, '--public-url', `https://${NAME}:${tls}`])));

    // The file as published, with this test's ports and a certificate of its own.
    const dir = tmp.dir;
    fs.chmodSync(dir, 0o777); // nginx's workers (another user, as root) write their buffers here
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${NAME}`, '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });
    const published = fs.readFileSync(path.join(repoRoot, 'docs/nginx-factbench.conf'), 'utf8');
    const ports = servers.map((s) => new URL(s.origin).port);
    const site = published
      .replace('server 127.0.0.1:8081;', `server 127.0.0.1:${ports[0]};`)
      .replace('server 127.0.0.1:8082;', `server 127.0.0.1:${ports[1]};`)
      .replace('listen 443 ssl http2;', `listen 127.0.0.1:${tls} ssl http2;`)
      .replace('listen 80;', `listen 127.0.0.1:${plain};`)
      .replace('/etc/ssl/factbench/fullchain.pem', path.join(dir, 'cert.pem'))
      .replace('/etc/ssl/factbench/privkey.pem', path.join(dir, 'key.pem'));
    const directives = site.split('\n').filter((l) => !l.trim().startsWith('#')).join('\n');
    expect(directives).not.toMatch(/8081|8082|listen 443|listen 80;|\/etc\/ssl/);
    fs.writeFileSync(path.join(dir, 'factbench.conf'), site);
    conf = path.join(dir, 'nginx.conf');
    const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
    fs.writeFileSync(
      conf,
      [
        'worker_processes 1;',
        `pid ${path.join(dir, 'nginx.pid')};`,
        `error_log ${path.join(dir, 'error.log')} warn;`,
        'events { worker_connections 256; }',
        `http { access_log ${path.join(dir, 'access.log')}; ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')} include ${path.join(dir, 'factbench.conf')}; }`,
      ].join('\n'),
    );
  });
  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((done) => nginx!.once('exit', done));
      nginx.kill('SIGTERM');
      await exited;
    }
    await Promise.all(servers.map((s) => s.stop()));
    await dropDb();
    tmp.cleanup();
  });

  it('passes nginx -t', () => {
    const r = spawnSync(NGINX, ['-t', '-p', tmp.dir, '-c', conf], { encoding: 'utf8' });
    expect(r.stderr).toMatch(/syntax is ok[\s\S]*test is successful/);
    expect(r.status).toBe(0);
  });

  it('serves the interface and the API over TLS under the public name, refuses a foreign Origin, and streams each change at once', async () => {
    nginx = spawn(NGINX, ['-p', tmp.dir, '-c', conf, '-g', 'daemon off;'], { stdio: 'ignore' });
    await listening(tls);
    const page = await viaProxy(tls, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/<html/i);
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");

    const call = (method: string, input: unknown, origin = `https://${NAME}:${tls}`) =>
      viaProxy(tls, 'POST', '/rpc', { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', origin }, JSON.stringify({ method, input }));
    const listed = await call('articles.list', {});
    expect(listed.status).toBe(200);
    expect(JSON.parse(listed.body)).toEqual({ ok: true, value: [] });
    expect((await call('articles.list', {}, 'https://evil.example')).status).toBe(403);

    const stream = await openEventStream({ origin: `https://127.0.0.1:${tls}`, token: TOKEN }, undefined, { headers: { host: `${NAME}:${tls}` } });
    try {
      // Changes through each instance directly: whichever one nginx streams from hears both.
      for (const server of servers) {
        const { articleId } = await must<{ articleId: string }>(server, 'articles.import', { text: `Le chômage a baissé de 2 % en 2024, selon le ministre ${server.origin}.`, language: 'fr' });
        await stream.waitFor((f) => f.event?.type === 'changed' && f.event.id === articleId);
      }
    } finally {
      stream.close();
    }
  });
});
