import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { importArticle } from '../../../src/node/import';
import { SHARED, nonBlankLines, restoreLines, squash } from './helpers';

const BLOCK = /^(?:P|DIV|H[1-6]|LI|SECTION|ARTICLE|HEADER|FOOTER|NAV|ASIDE|FIGURE|FIGCAPTION|BLOCKQUOTE|TR|UL|OL|BR|TIME|MAIN|FORM|BUTTON|LABEL)$/u;

/**
 * A whole saved page as the text a select-all copy gives: every block on its
 * own line, menus, footers and all. Pages the cleaner was not written against
 * (the news texts were), so these tests check that the rules carry over.
 */
function pageText(file: string): string {
  const html = fs.readFileSync(path.join(SHARED, 'datasets/html', file), 'utf8')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/giu, '')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/giu, '');
  const document = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
  let out = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) out += (child.nodeValue ?? '').replace(/\s+/gu, ' ');
      else if (child.nodeType === 1 && !/^(?:NOSCRIPT|TEMPLATE|SVG)$/u.test((child as Element).tagName)) {
        const block = BLOCK.test((child as Element).tagName);
        if (block) out += '\n\n';
        walk(child);
        if (block) out += '\n\n';
      }
    }
  };
  walk(document.body);
  return out.split('\n').map((l) => l.trim()).join('\n').replace(/\n{3,}/gu, '\n\n');
}

describe('a whole page copied as text, furniture and all', () => {
  it('Le Monde (02.html): the article, its dates and byline; not the menus, cookie notice or footer', async () => {
    const text = pageText('02.html');
    const a = await importArticle({ kind: 'text', text });
    expect(a.meta).toMatchObject({
      title: "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée",
      publishedAt: '2015-05-04T13:36',
      modifiedAt: '2015-05-05T20:13',
      byline: 'Martin Untersinger (avec Damien Leloup et Morgane Tual)',
      language: 'fr',
    });
    expect(a.body.startsWith('Les députés ont, sans surprise, adopté à une large majorité')).toBe(true);
    expect(a.body).toContain('La loi prévoit également une forme de protection pour les agents');
    for (const furniture of ['cookies', '©', 'Abonnez-vous', 'Piratage de Sony Pictures', 'Index actualité', 'Pixels']) expect(a.body).not.toContain(furniture);
    expect(restoreLines(a).map(squash)).toEqual(nonBlankLines(text).map(squash));
  });

  it('The Independent (03.html): the article around its gallery, by Andrew Woodcock; not the comments or menus', async () => {
    const text = pageText('03.html');
    const a = await importArticle({ kind: 'text', text });
    expect(a.meta).toMatchObject({
      title: 'Coronavirus: £1,000 fine for falsely reporting a contact to force them to self-isolate',
      byline: 'Andrew Woodcock',
      publishedAt: '2020-09-28T19:27',
      language: 'en',
    });
    for (const s of ['Anyone falsely naming an antagonist as a coronavirus contact', 'New fines for failure to self-isolate, starting', 'The only exemptions on the dancing ban']) {
      expect(a.body).toContain(s);
    }
    for (const s of ['Code of conduct and complaints', 'Popular videos', 'UK news in pictures', 'Community Guidelines', 'Subscribe']) expect(a.body).not.toContain(s);
    expect(restoreLines(a).map(squash)).toEqual(nonBlankLines(text).map(squash));
  });
});
