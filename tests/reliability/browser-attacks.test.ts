/**
 * The loopback host against a real browser's attacks: a web page on another
 * origin (a site the fact-checker has open in another tab) trying to drive the
 * API, and DNS rebinding (evil.test resolving to 127.0.0.1, so the attacker's page
 * becomes "same origin" with the host). Chromium does what it does for real:
 * simple requests without preflight, CORS preflights, form posts.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { startHost, type Host } from '../../src/node/host/server';
import { repoRoot } from '../helpers/paths';
import { tempWorkspace } from '../helpers/workspace';
import { ensureRendererBuilt } from './helpers/renderer';

let host: Host;
let ws: ReturnType<typeof tempWorkspace>;
let attacker: http.Server;
let attackerPort = 0;
let browser: Browser;
const articleCount = () => (ws.workspace.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;

/** The attacker's page: every way a page can send a request to the host, reporting what it could read. */
function attackPage(target: string, submitForm: boolean): string {
  const envelope = JSON.stringify({ method: 'articles.import', input: { text: 'Injected by a web page.' } });
  return `<!doctype html><meta charset=utf-8><body>
<form id=f method=POST action="${target}/rpc" enctype="text/plain"><input name='${envelope.slice(0, -2)}' value='"}'></form>
<script>
window.results = {};
const target = ${JSON.stringify(target)};
const envelope = ${JSON.stringify(envelope)};
async function attempt(name, fn) {
  try { const r = await fn(); window.results[name] = r; } catch (e) { window.results[name] = 'blocked: ' + e.message; }
}
(async () => {
  await attempt('simple text/plain', async () => { const r = await fetch(target + '/rpc', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: envelope }); return r.status + ' ' + (await r.text()).slice(0, 80); });
  await attempt('no-cors json', async () => { const r = await fetch(target + '/rpc', { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: envelope }); return 'opaque ' + r.type; });
  await attempt('cors json with a guessed token', async () => { const r = await fetch(target + '/rpc', { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer guess' }, body: envelope }); return r.status + ' ' + (await r.text()).slice(0, 80); });
  await attempt('read the page', async () => { const r = await fetch(target + '/'); return r.status + ' ' + (await r.text()).slice(0, 80); });
  await attempt('event stream', async () => { const r = await fetch(target + '/events'); return r.status; });
  if (${submitForm}) document.getElementById('f').submit();
})();
</script>`;
}

beforeAll(async () => {
  ensureRendererBuilt();
  ws = tempWorkspace();
  host = await startHost({ api: ws.api, staticDir: path.join(repoRoot, 'out/renderer') });
  attacker = http.createServer((req, res) => {
    const target = req.headers.host?.startsWith('evil.test') ? `http://evil.test:${host.port}` : `http://127.0.0.1:${host.port}`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(attackPage(target, req.url === '/form'));
  });
  await new Promise<void>((r) => attacker.listen(0, '127.0.0.1', () => r()));
  attackerPort = (attacker.address() as AddressInfo).port;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP evil.test 127.0.0.1'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => attacker.close(() => r()));
  await host.close();
  ws.cleanup();
});

describe('a hostile web page in the fact-checker’s browser', () => {
  it('cannot drive the API from another origin by any kind of request', async () => {
    // A form posted across origins (no preflight, no CORS): the browser navigates to whatever the host answers.
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${attackerPort}/form`);
    await page.waitForURL((u) => u.port === String(host.port), { timeout: 15_000 });
    const formAnswer = await page.content();
    await page.close();
    expect(formAnswer).toMatch(/refused|token|application\/json/i);
    const again = await browser.newPage();
    await again.goto(`http://127.0.0.1:${attackerPort}/`);
    await again.waitForFunction(() => Object.keys((window as unknown as { results: object }).results).length >= 5, undefined, { timeout: 15_000 }).catch(() => undefined);
    const results = await again.evaluate(() => (window as unknown as { results: Record<string, unknown> }).results).catch(() => ({}));
    await again.close();
    console.log(`BROWSER cross-origin: ${JSON.stringify(results)}`);
    expect(Object.keys(results)).toHaveLength(5); // every attempt was made
    expect(articleCount(), JSON.stringify(results)).toBe(0);
    expect(formAnswer).not.toMatch(/"ok":true/);
    // Whatever reached the host was refused, and nothing readable came back to the page.
    for (const [name, value] of Object.entries(results)) expect(String(value), name).not.toMatch(/"ok":true/);
  });

  it('cannot reach it through DNS rebinding: evil.test resolving to 127.0.0.1 gets nothing', async () => {
    const page = await browser.newPage();
    const res = await page.goto(`http://evil.test:${host.port}/`);
    expect(res?.status()).toBe(421);
    expect(await page.content()).not.toMatch(/id="app"|<script/);
    // The attacker's own page on evil.test (its port), aiming at evil.test:<host port> — same site after rebinding.
    await page.goto(`http://evil.test:${attackerPort}/`);
    await page.waitForFunction(() => Object.keys((window as unknown as { results: object }).results).length >= 5, undefined, { timeout: 15_000 }).catch(() => undefined);
    const results = await page.evaluate(() => (window as unknown as { results: Record<string, unknown> }).results).catch(() => ({}));
    await page.close();
    console.log(`BROWSER rebinding: ${JSON.stringify(results)}`);
    expect(Object.keys(results)).toHaveLength(5);
    expect(articleCount(), JSON.stringify(results)).toBe(0);
    for (const [name, value] of Object.entries(results)) expect(String(value), name).not.toMatch(/"ok":true|id="app"/);
  });
});
