import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CleanedArticle } from '../../../src/core/model';
import { importArticle } from '../../../src/node/import';
import { NEWS_DIR, SHARED, paragraphs, readText } from './helpers';

const page = (name: string) => ({ kind: 'file' as const, name, bytes: fs.readFileSync(path.join(SHARED, 'datasets/html', name)) });

// Saved news pages of ../shared/datasets/html; the must/must-not strings are those the datasets README lists.
describe('saved web pages', () => {
  const articles: Record<string, CleanedArticle> = {};
  beforeAll(async () => {
    for (const name of ['01.html', '02.html', '03.html']) articles[name] = await importArticle(page(name));
  });

  it('01.html (Tribune de Genève): the article text without the page around it, dated 2019-12-12', () => {
    const a = articles['01.html']!;
    for (const s of ['Le chlorothalonil sera interdit', 'Le chlorothalonil est une substance active utilisée', 'Les Suisses pourraient également se prononcer sur']) {
      expect(a.body).toContain(s);
    }
    for (const s of ['Avez-vous apprécié cet article?', 'Plus de sujets', 'Le canton de Berne veut interdire le chlorothalonil']) {
      expect(a.body).not.toContain(s);
    }
    expect(a.meta.publishedAt?.slice(0, 10)).toBe('2019-12-12');
    expect(a.meta).toMatchObject({ title: 'Berne interdit désormais le chlorothalonil', kicker: 'Agriculture', language: 'fr', byline: null });
    expect(a.original).toBe(fs.readFileSync(path.join(SHARED, 'datasets/html/01.html'), 'utf8'));
  });

  it('01.html: the agency signature and the creation line are folded, crossheads are headings', () => {
    const a = articles['01.html']!;
    expect(a.folded.map((f) => [f.kind, f.text])).toEqual(
      expect.arrayContaining([
        ['credit', '(ats/nxp)'],
        ['dateline', 'Créé: 12.12.2019, 07h36'],
      ]),
    );
    const headings = a.blocks.filter((b) => b.kind === 'heading').map((b) => a.body.slice(b.start, b.end));
    expect(headings).toEqual(['Céréales, légumes et plantes ornementales', 'Thème récurrent', 'Deux initiatives']);
  });

  it('03.html (The Independent): the body split by a gallery comes out whole, by Andrew Woodcock, 2020-09-28', () => {
    const a = articles['03.html']!;
    for (const s of ['Anyone falsely naming an antagonist as a coronavirus contact', 'New fines for failure to self-isolate, starting']) {
      expect(a.body).toContain(s);
    }
    for (const s of ['Code of conduct and complaints', 'Popular videos', 'UK news in pictures']) expect(a.body).not.toContain(s);
    expect(a.meta.byline).toBe('Andrew Woodcock');
    expect(a.meta.publishedAt?.slice(0, 10)).toBe('2020-09-28');
    expect(a.meta.language).toBe('en');
  });

  it('02.html (Le Monde): published 2015-05-04 and modified 2015-05-05 kept apart, the byline as printed', () => {
    const a = articles['02.html']!;
    expect(a.meta.publishedAt?.slice(0, 10)).toBe('2015-05-04');
    expect(a.meta.modifiedAt?.slice(0, 10)).toBe('2015-05-05');
    expect(a.meta.byline).toBe('Martin Untersinger (avec Damien Leloup et Morgane Tual)');
    expect(a.meta.title).toBe("Le projet de loi sur le renseignement massivement approuvé à l'Assemblée");
    expect(a.meta.language).toBe('fr');
    expect(a.body).toContain('Les députés ont, sans surprise, adopté à une large majorité');
  });

  it('the same story from html/01.html and news/article-01-fr.txt gives the same article paragraphs', async () => {
    const fromText = await importArticle({ kind: 'text', text: readText(path.join(NEWS_DIR, 'article-01-fr.txt')) });
    expect(paragraphs(articles['01.html']!)).toEqual(paragraphs(fromText));
    expect(paragraphs(fromText).length).toBeGreaterThan(10);
  });
});

describe('HTML is untrusted', () => {
  const story = (extra: string) => `<!doctype html><html lang="en"><head><title>Test</title></head><body><article>
    <h1>Council approves the new bridge</h1>
    <p>The city council approved the construction of a new bridge over the river on Monday, after a debate that lasted most of the afternoon.</p>
    ${extra}
    <p>The mayor said the bridge would open in 2027 and cost about 40 million, a figure the opposition called optimistic and incomplete.</p>
    <p>Work is due to start in the spring, once the last permits have been granted by the regional authorities and the river agency.</p>
    </article></body></html>`;

  it('keeps no script, event handler or javascript: link of an imported page', async () => {
    const a = await importArticle({
      kind: 'text',
      text: story(`<p>Residents <img src="x" onerror="alert('xss')"> were <a href="javascript:alert(1)">consulted</a> twice.<script>alert("boom")</script></p>`),
    });
    expect(a.body).toContain('Residents were consulted twice.');
    expect(a.body).not.toMatch(/alert|onerror|javascript:|<script/u);
    expect(a.folded.map((f) => f.text).join(' ')).not.toMatch(/alert|onerror/u);
  });

  it('reads a JSON-LD @graph NewsArticle: dates apart, authors joined, publisher as outlet', async () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example Site' },
        {
          '@type': ['NewsArticle'],
          headline: 'Council approves the new bridge',
          datePublished: '2024-03-04T08:15:00+01:00',
          dateModified: '2024-03-05T10:00:00+01:00',
          author: [{ '@type': 'Person', name: 'Ana Ruiz' }, { '@type': 'Person', name: 'Tom Berg' }],
          publisher: { '@type': 'Organization', name: 'The Example Gazette' },
        },
      ],
    };
    const a = await importArticle({ kind: 'text', text: story('').replace('<title>', `<script type="application/ld+json">${JSON.stringify(ld)}</script><title>`) });
    expect(a.meta).toMatchObject({
      title: 'Council approves the new bridge',
      byline: 'Ana Ruiz, Tom Berg',
      outlet: 'The Example Gazette',
      publishedAt: '2024-03-04T08:15:00+01:00',
      modifiedAt: '2024-03-05T10:00:00+01:00',
      language: 'en',
    });
    // The title is metadata: the page's <h1> that repeats it is not body text.
    expect(a.body.startsWith('The city council approved')).toBe(true);
    expect(a.body).not.toContain('Council approves the new bridge');
  });
});
