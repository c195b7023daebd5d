/**
 * Not a benchmark: a CPU profile of the editor's work per key press (the same
 * page as editor.bench.ts), printed as the functions that take the most time.
 * For finding what to speed up: npx tsx tests/bench/editor/profile-typing.ts
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../../playwright.config';
import { bigArticle, bundle } from './chromium-setup';

const data = bigArticle();
const { js, css } = await bundle();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS], headless: true });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
await page.addStyleTag({ content: css });
await page.addScriptTag({ content: js });
await page.evaluate((d) => (window as unknown as { bench: { open(d: unknown, e: boolean): number } }).bench.open(d, true), data);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const times = await page.evaluate(() => (window as unknown as { bench: { dispatchTimes(n: number): number[] } }).bench.dispatchTimes(100));
const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[]; samples: number[]; timeDeltas: number[] } };
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const byName = new Map<string, number>();
for (const n of profile.nodes) {
  const key = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.columnNumber}`;
  byName.set(key, (byName.get(key) ?? 0) + (self.get(n.id) ?? 0));
}
console.log('dispatch ms, sorted:', times.sort((a, b) => a - b).filter((_, i) => i % 10 === 0).map((t) => t.toFixed(1)).join(' '));
for (const [k, us] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((us / 1000).toFixed(1).padStart(8), 'ms', k);
await browser.close();
