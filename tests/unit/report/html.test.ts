import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_TITLE, hostileInput, MD_IMAGE, SCRIPT } from '../../fixtures/report/hostile';
import { kimPutinInput } from '../../fixtures/report/kim-putin';
import { launch } from './chromium';
import { text } from './render';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the report with scripts ENABLED (to catch any that would run), recording console errors and every request. */
async function open(html: string): Promise<{ page: Page; errors: string[]; requests: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 1400 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await context.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  await page.setContent(html, { waitUntil: 'load' });
  await page.waitForTimeout(50); // let an onerror handler or a late fetch show itself
  return { page, errors, requests, close: () => context.close() };
}

describe('HTML report rendered in Chromium', () => {
  it('renders the Kim–Putin review as one self-contained document: no console error, no request', async () => {
    const html = await text(kimPutinInput('en'), 'html');
    expect(html).not.toMatch(/<(script|link|img|iframe|object)\b/i);
    const { page, errors, requests, close } = await open(html);
    try {
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.locator('h1').textContent()).toBe('La Corée du Nord fera des liens avec la Russie "une priorité absolue"');
      expect(await page.locator('h1').getAttribute('lang')).toBe('fr');
      expect(await page.locator('article.claim').count()).toBe(8);
      // The badge reads without colour: a glyph and the verdict's name.
      expect(await page.locator('#claim-1 .badge').innerText()).toMatch(/^✔\s*VERIFIED$/);
      expect(await page.locator('#claim-4 .badge').innerText()).toMatch(/^\?\s*UNVERIFIABLE$/);
      expect(await page.locator('#claim-1 mark').textContent()).toBe('ferait des liens bilatéraux avec la Russie sa «priorité absolue»');
      // The chart is inline SVG whose accessible title carries the figures.
      expect(await page.locator('svg.chart title').textContent()).toContain('Verified: 4');
      expect(await page.locator('a[href="https://tass.com/politics/1674421"]').count()).toBe(1);
      expect(await page.getByRole('heading', { name: 'Corrections' }).count()).toBe(1);
      expect(await page.getByRole('heading', { name: 'Methodology' }).count()).toBe(1);
      // A print stylesheet exists and A4 pages are asked for.
      expect(html).toContain('@media print');
      expect(html).toMatch(/@page\{size:A4/);
    } finally {
      await close();
    }
  });

  it('shows hostile strings as text: no script runs, no element is injected, no javascript: link', async () => {
    const input = hostileInput('en');
    const { page, errors, requests, close } = await open(await text(input, 'html'));
    try {
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      const facts = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned,
        scripts: document.scripts.length,
        images: document.images.length,
        handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
        hrefs: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
        bold: document.querySelectorAll('b, i').length,
        title: document.querySelector('h1')?.textContent,
        body: document.body.innerText,
      }));
      expect(facts.pwned).toBeUndefined();
      expect(facts.scripts).toBe(0);
      expect(facts.images).toBe(0);
      expect(facts.handlers).toEqual([]);
      expect(facts.bold).toBe(0);
      for (const h of facts.hrefs) expect(h).toMatch(/^https?:\/\//);
      expect(facts.title).toBe(HOSTILE_TITLE);
      expect(facts.body).toContain(SCRIPT);
      expect(facts.body).toContain(MD_IMAGE);
      expect(facts.body).toContain('javascript:alert(document.cookie)'); // shown, never linked
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.locator('h1').getAttribute('lang')).toBeNull(); // an invalid language code is dropped
    } finally {
      await close();
    }
  });
});
