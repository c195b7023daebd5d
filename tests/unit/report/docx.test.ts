import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { FORMULA, hostileInput, MD_IMAGE, SCRIPT } from '../../fixtures/report/hostile';
import { kimPutinInput } from '../../fixtures/report/kim-putin';
import { bytes } from './render';

async function read(data: Uint8Array) {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const html = await mammoth.convertToHtml({ buffer });
  const raw = await mammoth.extractRawText({ buffer });
  return { html: html.value, text: raw.value, messages: html.messages };
}

describe('DOCX report read back by mammoth', () => {
  it('is a Word package with headings, a summary table, links and the claims in context', async () => {
    const data = await bytes(kimPutinInput('en'), 'docx');
    expect(data.constructor).toBe(Uint8Array); // plain bytes, not a Node Buffer
    expect(String.fromCharCode(data[0] ?? 0, data[1] ?? 0)).toBe('PK');
    const { html, text, messages } = await read(data);
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    expect(html).toMatch(/<h1>La Corée du Nord fera des liens avec la Russie "une priorité absolue"<\/h1>/);
    for (const h2 of ['Article', 'Review', 'Summary', 'Claims (8)', 'Methodology', 'Corrections', 'Sign-off']) expect(html).toContain(`<h2>${h2}</h2>`);
    expect(html).toContain('<h3>Claim 1 — ✔ VERIFIED</h3>');
    // The summary table: one row per verdict with its count.
    expect(html).toMatch(/<table>.*<td><p>✔ Verified<\/p><\/td><td><p><strong>4<\/strong><\/p><\/td>/s);
    expect(html).toContain('<a href="https://tass.com/politics/1674421">Putin, Kim to discuss all issues without haste — Putin</a>');
    expect(html).toContain('<strong>ferait des liens bilatéraux avec la Russie sa «priorité absolue»</strong>');
    expect(text).toContain('Archive SHA-256');
    expect(text).toContain('Byline: — → ATS/AFP'); // the corrections log, worded in the report language
  });

  it('writes the report in French when asked, whatever the interface language', async () => {
    const { html } = await read(await bytes(kimPutinInput('fr'), 'docx'));
    expect(html).toContain('<h2>Synthèse</h2>');
    expect(html).toContain('<h3>Affirmation 1 — ✔ VÉRIFIÉ</h3>');
  });

  it('keeps hostile strings as text and links only http(s) URLs', async () => {
    const { html, text } = await read(await bytes(hostileInput('en'), 'docx'));
    expect(html).not.toMatch(/<script|<img|<[a-z][^>]*\son\w+=/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^https?:\/\//);
    for (const s of [SCRIPT, FORMULA, MD_IMAGE, 'Control chars:  end']) expect(text).toContain(s);
  });
});
