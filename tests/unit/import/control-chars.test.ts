import { describe, expect, it } from 'vitest';
import { importArticle, ImportError } from '../../../src/node/import';

/** Scraped pages sometimes carry a stray NUL or control code; they are still articles. Binary files are not. */
describe('stray control characters', () => {
  const page = (junk: string) =>
    `<html lang="en"><body><article><h1>Budget</h1><p>The government announced on Tuesday a plan of 3 billion${junk} for hospitals, the health minister told reporters in Bern.</p><p>A second sentence${junk} of the story follows with enough words to count as running text.</p></article></body></html>`;

  it('imports a page holding a few of them, removes them and says so', async () => {
    const a = await importArticle({ kind: 'file', name: 'page.html', bytes: new TextEncoder().encode(page('\u0000\u0003')) });
    expect(a.body).toContain('a plan of 3 billion for hospitals');
    expect(a.body).not.toMatch(/[\u0000-\u0008]/);
    expect(a.warnings).toContain('4 stray control characters were removed.');
  });

  it('still refuses binary data renamed as text', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    await expect(importArticle({ kind: 'file', name: 'data.txt', bytes })).rejects.toMatchObject({ code: 'binary' });
    await expect(importArticle({ kind: 'file', name: 'data.txt', bytes })).rejects.toBeInstanceOf(ImportError);
  });
});
