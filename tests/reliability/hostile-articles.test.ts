/**
 * Hostile articles (issue 7): every payload of tests/fixtures/hostile is imported
 * through the loopback host of the browser mode (as an HTML file and as pasted text), planted in a
 * claim's speaker, rationale and source, then the stored article is opened in
 * Debian's Chromium through the app and every report is rendered. Nothing may
 * execute (no `__pwned`, no dialog), reach the network (no request to
 * canary.invalid or anywhere but the host), navigate, open a window, or put
 * markup into the page. The sanitizer and the escaping are the first wall; the CSP
 * the second, and a CSP violation counts as a failure of the first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { marked } from 'marked';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { PAYLOADS, hostileArticleHtml, payloadHtml, type HostileCategory } from '../fixtures/hostile/payloads';
import { tempDir } from '../helpers/temp';
import { createApi } from '../../src/node/api';
import { openWorkspace, type Workspace } from '../../src/node/db/open';
import { startHost, type Host } from '../../src/node/host/server';
import { privateRendererCopy } from './helpers/renderer';

type Rpc = (method: string, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;

interface Watch {
  hits: string[];
  requests: string[];
  popups: string[];
  navigations: string[];
  violations: string[];
}

const CATEGORIES = [...new Set(PAYLOADS.map((p) => p.category))] as HostileCategory[];
const tmp = tempDir('factbench-hostile-');
let host: Host;
let workspace: Workspace;
let rpc: Rpc;
let browser: Browser;
let origin: string;
/** Articles made from the corpus: one per category and way of importing. */
const articles: { articleId: string; category: HostileCategory; via: 'file' | 'text'; claimId: string | null }[] = [];
const refused: string[] = [];
let payloadsTried = 0;

/** Records everything a payload could do in a browser context. */
async function watched(context: BrowserContext, allowedOrigin: string | null): Promise<Watch> {
  const w: Watch = { hits: [], requests: [], popups: [], navigations: [], violations: [] };
  await context.exposeBinding('__pwned', (_source, n: unknown) => void w.hits.push(`__pwned(${String(n)})`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __violations: string[] }).__violations ??= [];
      (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`);
    });
  });
  context.on('request', (r) => {
    const u = r.url();
    if (u.startsWith('data:') || u === 'about:blank' || u.startsWith('blob:')) return;
    if (allowedOrigin && u.startsWith(allowedOrigin + '/')) return;
    if (!allowedOrigin && u.startsWith('file://')) return;
    w.requests.push(u);
  });
  // Nothing leaves the machine even if something slips: every outside request is answered locally.
  await context.route((u) => !(allowedOrigin && u.href.startsWith(allowedOrigin + '/')) && !u.href.startsWith('file://') && !u.href.startsWith('data:'), (route) => route.abort());
  return w;
}

async function pageIn(context: BrowserContext, w: Watch): Promise<Page> {
  const page = await context.newPage();
  page.on('popup', (p) => w.popups.push(p.url()));
  page.on('dialog', (d) => {
    w.hits.push(`dialog: ${d.type()} ${d.message()}`);
    void d.dismiss();
  });
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) w.navigations.push(f.url());
  });
  return page;
}

/** What of the article's markup reached the DOM (any frame). */
async function injected(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const frame of page.frames()) {
    try {
      found.push(
        ...(await frame.evaluate(() => {
          const out: string[] = [];
          // A report's own CSP meta is its second wall, not an intrusion.
          const own = (el: Element) => el.matches('head > meta[http-equiv="Content-Security-Policy"]') && (el.getAttribute('content') ?? '').startsWith("default-src 'none'");
          document.querySelectorAll('[data-hostile], iframe, frame, frameset, object, embed, base, meta[http-equiv], math, svg script, link[rel=import], link[rel=prefetch]').forEach((el) => {
            if (!own(el)) out.push(el.outerHTML.slice(0, 120));
          });
          document.querySelectorAll('script').forEach((s) => {
            if (!s.src || !new URL(s.src, location.href).pathname.startsWith('/assets/')) out.push(`script: ${s.outerHTML.slice(0, 120)}`);
          });
          return out;
        })),
      );
    } catch {
      // a frame that went away
    }
  }
  return found;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
}

beforeAll(async () => {
  // The host of `npm run web` (same server, API and CSP), on a copy of the renderer nobody rebuilds under us.
  workspace = openWorkspace(path.join(tmp.dir, 'hostile.db'));
  host = await startHost({ api: createApi(workspace, {}, 'tester'), staticDir: await privateRendererCopy(path.join(tmp.dir, 'renderer')) });
  const url = new URL(host.url);
  origin = url.origin;
  const token = new URLSearchParams(url.hash.slice(1)).get('token')!;
  rpc = async (method, input) => {
    const res = await fetch(`${origin}/rpc`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ method, input }) });
    return (await res.json()) as Awaited<ReturnType<Rpc>>;
  };
  // ClaimReview is only written for an organisation with a web address and a review address; its name tries to close the script element too.
  const settings = await rpc('settings.update', { patch: { organisation: 'Desk </script><img src=x onerror=alert(1)>', organisationUrl: 'https://factcheck.example', reviewUrl: 'https://factcheck.example/{slug}' } });
  expect(settings.ok, JSON.stringify(settings.error)).toBe(true);

  for (const category of CATEGORIES) {
    const indexes = PAYLOADS.map((p, i) => (p.category === category ? i : -1)).filter((i) => i >= 0);
    const html = indexes.map((i) => hostileArticleHtml(i)).join('\n');
    const all = indexes.map((i) => payloadHtml(i)).join(' ');
    for (const via of ['file', 'text'] as const) {
      const input = via === 'file' ? { file: { name: `hostile-${category}.html`, dataBase64: Buffer.from(html).toString('base64') } } : { text: html };
      const res = await rpc('articles.import', input);
      payloadsTried += indexes.length;
      if (!res.ok) {
        // Refusing an article is safe; crashing on it is not.
        expect(res.error!.code, `${category} via ${via}: ${res.error!.message}`).toBe('import-failed');
        refused.push(`${category}/${via} (${res.error!.message})`);
        continue;
      }
      const articleId = (res.value as { articleId: string }).articleId;
      // The payloads also come in through the fact-checker's own fields: speaker, rationale, a source.
      const { body } = (await rpc('articles.get', { id: articleId })).value as { body: string };
      const at = body.indexOf('chômage');
      let claimId: string | null = null;
      if (at >= 0) {
        const claim = await rpc('claims.create', { articleId, start: at, end: at + 'chômage a baissé'.length });
        expect(claim.ok, JSON.stringify(claim.error)).toBe(true);
        claimId = (claim.value as { id: string }).id;
        const patch = { speaker: all.slice(0, 2000), rationale: all, verdict: 'false', tags: ['<b data-hostile>tag</b>'] };
        const updated = await rpc('claims.update', { id: claimId, patch });
        expect(updated.ok, JSON.stringify(updated.error)).toBe(true);
        const source = { url: `https://example.org/source?q=${encodeURIComponent(all).slice(0, 3000)}`, title: all.slice(0, 2000), publisher: all.slice(0, 2000), excerpt: all, note: all };
        const added = await rpc('sources.add', { claimId, source });
        expect(added.ok, JSON.stringify(added.error)).toBe(true);
        payloadsTried += indexes.length * 6;
      }
      articles.push({ articleId, category, via, claimId });
    }
  }
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
});

afterAll(async () => {
  console.log(`HOSTILE: ${PAYLOADS.length} payloads (${CATEGORIES.length} categories) in ${articles.length} stored articles; ${payloadsTried} placements tried; refused imports: ${refused.join(', ') || 'none'}`);
  await browser?.close();
  await host?.close();
  workspace?.close();
  tmp.cleanup();
});

describe('hostile articles', () => {
  it('are seen by this harness when nothing stops them (the detectors work)', async () => {
    const context = await browser.newContext();
    const w = await watched(context, null);
    const page = await pageIn(context, w);
    const file = path.join(tmp.dir, 'raw.html');
    fs.writeFileSync(file, PAYLOADS.map((_, i) => hostileArticleHtml(i)).join('\n'));
    await page.goto(`file://${file}`);
    await page.waitForTimeout(300);
    await page.mouse.move(300, 300);
    expect(w.hits.length).toBeGreaterThan(5);
    expect(w.requests.some((r) => r.includes('canary.invalid'))).toBe(true);
    expect((await injected(page)).length).toBeGreaterThan(20);
    await context.close();
  });

  it('are stored without losing the fact-checker’s text around them', async () => {
    expect(articles.length).toBeGreaterThanOrEqual(CATEGORIES.length); // at least one way in per category
    for (const a of articles) {
      const { body } = (await rpc('articles.get', { id: a.articleId })).value as { body: string };
      expect(body, `${a.category}/${a.via}`).toMatch(/le chômage a baissé de 3 %/);
      if (!PAYLOADS.some((p) => p.category === a.category && p.swallowsRest)) expect(body, `${a.category}/${a.via}`).toMatch(/Nous avons tenu nos promesses/);
    }
  });

  it('run nothing in the app: no script, no dialog, no request, no navigation, no markup', async () => {
    const context = await browser.newContext();
    const w = await watched(context, origin);
    const page = await pageIn(context, w);
    await page.goto(host.url);
    const list = page.getByRole('list', { name: 'Articles' }).getByRole('button');
    await expect.poll(() => list.count(), { timeout: 30_000 }).toBe(articles.length);
    const problems: string[] = [];
    for (let i = 0; i < articles.length; i++) {
      await list.nth(i).click();
      await page.getByTestId('Editor').waitFor();
      await expect.poll(() => page.getByTestId('Editor').innerText(), { timeout: 15_000 }).toMatch(/chômage|promesses/);
      // The claim with hostile speaker, rationale and source, opened in the claim panel.
      const option = page.getByRole('listbox', { name: 'Claims' }).getByRole('option', { name: /chômage a baissé/ });
      if ((await option.count()) > 0) {
        await option.first().click();
        // The claim panel (DESIGN names: Verdict, Speaker, Rationale); a layout in flux must not hide the real check below.
        await page.getByLabel('Verdict').waitFor({ timeout: 5_000 }).catch(() => undefined);
      }
      await page.waitForTimeout(150); // let any image error, autofocus or animation fire
      for (const item of await injected(page)) problems.push(`article ${i}: markup in the page: ${item}`);
    }
    await page.mouse.move(200, 300);
    await page.mouse.move(700, 500);
    // zod's one-time `new Function("")` probe (src/ui does not set z.config({ jitless: true })) is blocked by the CSP and
    // reported as an eval violation; it is the app's own code and carries no article text. Anything else fails.
    const seen = await violations(page);
    const probe = seen.filter((v) => v.startsWith('script-src eval ') && !/__pwned|hostile|canary/.test(v));
    if (probe.length) console.log(`HOSTILE: app's own eval probe blocked by the CSP: ${probe.join(' | ')}`);
    problems.push(...seen.filter((v) => !probe.includes(v)).map((v) => `CSP violation: ${v}`));
    expect({ problems, hits: w.hits, requests: w.requests, popups: w.popups, navigations: w.navigations.filter((u) => !u.startsWith(origin + '/')) }).toEqual({
      problems: [],
      hits: [],
      requests: [],
      popups: [],
      navigations: [],
    });
    await context.close();
  });

  it('run nothing in any report: HTML opened from disk, Markdown through a viewer that allows HTML, ClaimReview embedded in a page', async () => {
    const context = await browser.newContext();
    const w = await watched(context, null);
    const page = await pageIn(context, w);
    const problems: string[] = [];
    for (const a of articles) {
      const exported: Record<string, string> = {};
      for (const format of ['html', 'md', 'claimreview'] as const) {
        const res = await rpc('reports.export', { articleId: a.articleId, format, includeDismissed: true });
        expect(res.ok, `${format}: ${JSON.stringify(res.error)}`).toBe(true);
        exported[format] = (res.value as { text: string }).text;
      }
      const pages: [string, string][] = [
        ['html report', exported.html!],
        ['markdown report', `<!doctype html><meta charset=utf-8><body>${await marked.parse(exported.md!)}</body>`],
        ['claimreview', `<!doctype html><meta charset=utf-8><script type="application/ld+json">${exported.claimreview!}</script><body><p>published fact-check</p></body>`],
      ];
      for (const [kind, html] of pages) {
        const where = `${kind} of ${a.category}/${a.via}`;
        const file = path.join(tmp.dir, `${kind.replace(/ /g, '-')}-${a.category}-${a.via}.html`);
        fs.writeFileSync(file, html);
        const before = { hits: w.hits.length, requests: w.requests.length, popups: w.popups.length };
        await page.goto(`file://${file}`);
        await page.waitForTimeout(100);
        await page.mouse.move(300, 300);
        for (const item of (await injected(page)).filter((x) => !x.includes('application/ld+json'))) problems.push(`${where}: markup: ${item}`);
        problems.push(...w.hits.slice(before.hits).map((h) => `${where}: ${h}`), ...w.requests.slice(before.requests).map((r) => `${where}: request ${r}`), ...w.popups.slice(before.popups).map((p) => `${where}: popup ${p}`));
        if (!page.url().startsWith('file://')) problems.push(`${where}: navigated to ${page.url()}`);
        if (kind === 'claimreview') {
          const data = await page.evaluate(() => document.querySelector('script[type="application/ld+json"]')?.textContent ?? '');
          if (!isJson(data)) problems.push(`${where}: broke out of its script element`);
        }
      }
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});
