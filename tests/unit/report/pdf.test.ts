import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../src/node/report/pdf';
import { hostileInput, SCRIPT } from '../../fixtures/report/hostile';
import { kimPutinInput } from '../../fixtures/report/kim-putin';
import { launch } from './chromium';
import { text } from './render';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launch();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factbench-pdf-'));
});
afterAll(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Prints the HTML to PDF and reads it back with poppler's pdftotext and pdfinfo. */
async function printAndRead(html: string, name: string) {
  const blocked: string[] = [];
  const pdf = await renderPdf(html, { browser, onBlockedRequest: (u) => blocked.push(u) });
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { pdf, blocked, info, flat: raw.replace(/\s+/g, ' '), compact: raw.replace(/\s+/g, '') };
}

describe('PDF report printed by Chromium and read back by pdftotext', () => {
  it('holds the whole review, on A4 pages, without a single network request', async () => {
    const input = kimPutinInput('fr');
    const { pdf, blocked, info, flat, compact } = await printAndRead(await text(input, 'html'), 'kim-putin');
    expect(String.fromCharCode(...pdf.slice(0, 5))).toBe('%PDF-');
    expect(blocked).toEqual([]);
    expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(2);
    expect(flat).toContain('Rapport de vérification');
    expect(flat).toContain('La Corée du Nord fera des liens avec la Russie "une priorité absolue"');
    expect(flat).toContain('6 affirmations sur 8 ont un verdict (75 %)');
    // pdftotext joins a word hyphenated at a line end ("Covid-" / "19" → "Covid19"): compare without spaces and hyphens.
    const bare = compact.replace(/-/g, '');
    for (const c of input.claims.filter((c) => c.review !== 'dismissed')) expect(bare, c.id).toContain(c.text.replace(/[\s-]+/g, ''));
    expect(flat).toContain('✔ VÉRIFIÉ');
    expect(flat).toContain('◕ PLUTÔT VRAI');
    expect(flat).toContain('Putin, Kim to discuss all issues without haste — Putin');
    for (const s of input.claims.flatMap((c) => c.sources)) expect(compact).toContain(s.snapshotSha256);
    // Section headings are set in capitals by CSS, and pdftotext reads the capitals.
    expect(flat).toContain('MÉTHODOLOGIE');
    expect(flat).toContain('CORRECTIONS');
    expect(flat).toContain('PUBLICATION APPROUVÉE PAR');
  });

  it('prints hostile strings as the text they are', async () => {
    const { blocked, compact } = await printAndRead(await text(hostileInput('en'), 'html'), 'hostile');
    expect(blocked).toEqual([]);
    expect(compact).toContain(SCRIPT.replace(/\s+/g, ''));
    expect(compact).toContain('javascript:alert(document.cookie)');
  });

  it('blocks any request the page would make', async () => {
    const blocked: string[] = [];
    const html = '<!DOCTYPE html><html><body><img src="http://127.0.0.1:9/x.png"><link rel="stylesheet" href="https://evil.example/a.css">Hello</body></html>';
    const pdf = await renderPdf(html, { browser, onBlockedRequest: (u) => blocked.push(u) });
    expect(pdf.byteLength).toBeGreaterThan(0);
    expect(blocked.sort()).toEqual(['http://127.0.0.1:9/x.png', 'https://evil.example/a.css']);
  });
});
