import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePage, readPageMeta, toIsoDate } from '../../../src/node/sources/page-meta';
import { repoRoot } from '../../helpers/paths';

const fixture = fs.readFileSync(path.join(repoRoot, 'tests/fixtures/desk/kremlin-talks.html'), 'utf8');

describe('reading a source page for its citation', () => {
  it('takes the title, publisher, author and dates a newsroom page declares', () => {
    const meta = readPageMeta(fixture, 'https://www.kremlin.ru/events/president/news/72259?utm=x');
    expect(meta).toMatchObject({
      title: 'Talks with Chairman of the State Affairs of the DPRK Kim Jong Un',
      publisher: 'President of Russia',
      author: 'Presidential Executive Office',
      publishedAt: '2023-09-13T09:27+03:00',
      modifiedAt: '2023-09-14T10:00Z',
      canonicalUrl: 'https://www.kremlin.ru/events/president/news/72259',
      language: 'en',
    });
  });

  it('falls back on JSON-LD and on <title> without the site name', () => {
    const page = `<html><head><title>Le sommet Kim-Poutine | Le Temps</title>
      <script type="application/ld+json">[{"type":"NewsArticle","datePublished":"13.09.2023","author":[{"name":"ATS"},{"name":"AFP"}],"publisher":{"name":"Le Temps"}}]</script>
      </head><body></body></html>`;
    const meta = readPageMeta(page);
    expect(meta.title).toBe('Le sommet Kim-Poutine');
    expect(meta.publisher).toBe('Le Temps');
    expect(meta.author).toBe('ATS, AFP');
  });

  it('decodes entities in attributes and a declared legacy charset', () => {
    const page = '<html><head><meta charset="windows-1252"><meta property="og:title" content="Kim &amp; Poutine: &laquo;priorit&#233; absolue&raquo;"></head></html>';
    const bytes = Uint8Array.from(page, (c) => c.charCodeAt(0));
    expect(readPageMeta(decodePage(bytes, null)).title).toBe('Kim & Poutine: «priorité absolue»');
    const latin = Uint8Array.from('<title>Vérifié</title>', (c) => c.charCodeAt(0));
    expect(decodePage(latin, 'iso-8859-1')).toContain('Vérifié');
  });

  it('writes dates as the workspace stores them, and gives up on nonsense', () => {
    expect(toIsoDate('2023-09-13')).toBe('2023-09-13');
    expect(toIsoDate('2023-09-13T09:27:41.123+0200')).toBe('2023-09-13T09:27+02:00');
    expect(toIsoDate('20230913')).toBe('2023-09-13');
    expect(toIsoDate('Wed, 13 Sep 2023 07:27:00 GMT')).toBe('2023-09-13T07:27Z');
    expect(toIsoDate('last Tuesday')).toBeNull();
    expect(toIsoDate(null)).toBeNull();
  });
});
