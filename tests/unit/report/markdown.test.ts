import { marked, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { FORMULA, hostileInput, MD_IMAGE, MD_LINK, SCRIPT } from '../../fixtures/report/hostile';
import { kimPutinInput } from '../../fixtures/report/kim-putin';
import { text } from './render';

/** Every token of a Markdown document, nested ones included. */
function tokens(md: string): Token[] {
  const out: Token[] = [];
  marked.walkTokens(marked.lexer(md), (t) => {
    out.push(t);
  });
  return out;
}

/** The visible text of rendered Markdown (tags dropped, entities decoded). */
function visible(md: string): string {
  return (marked.parse(md) as string)
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('Markdown report read back by marked (GFM)', () => {
  it('has the outline and the content an editor expects', async () => {
    const md = await text(kimPutinInput('en'), 'md');
    const headings = tokens(md).filter((t) => t.type === 'heading') as { depth: number; text: string }[];
    expect(headings[0]).toMatchObject({ depth: 1 });
    expect(headings.filter((h) => h.depth === 2).map((h) => h.text)).toEqual(['Article', 'Review', 'Summary', 'Claims (8)', 'Methodology', 'Corrections', 'Sign-off']);
    expect(headings.filter((h) => h.depth === 3).map((h) => h.text)[0]).toBe('Claim 1 — ✔ Verified');
    expect(tokens(md).filter((t) => t.type === 'table')).toHaveLength(3); // summary, scale, corrections
    const strong = tokens(md).filter((t) => t.type === 'strong').map((t) => (t as { text: string }).text);
    expect(strong).toContain('ferait des liens bilatéraux avec la Russie sa «priorité absolue»');
    const links = tokens(md).filter((t) => t.type === 'link').map((t) => (t as { href: string }).href);
    expect(links).toContain('https://tass.com/politics/1674421');
  });

  it('lets no article or user string become a link, an image, HTML or a block', async () => {
    const input = hostileInput('en');
    const md = await text(input, 'md');
    const all = tokens(md);
    expect(all.filter((t) => t.type === 'image')).toEqual([]);
    expect(all.filter((t) => t.type === 'html')).toEqual([]);
    const hrefs = all.filter((t) => t.type === 'link').map((t) => (t as { href: string }).href);
    // Only the two sources with http(s) URLs are links, and they point where the source said.
    expect(hrefs).toEqual(['https://example.org/a%22quoted%22path?q=%3Cx%3E&y=%281%29', 'http://evil.example/ok']);
    const html = marked.parse(md) as string;
    expect(html).not.toMatch(/<script|<img|<[a-z][^>]*\son\w+=|href="javascript/i);
    // The hostile text is still there, shown as text.
    const seen = visible(md);
    for (const s of [SCRIPT, MD_IMAGE, MD_LINK, FORMULA, '# not a heading', '- not a list']) expect(seen).toContain(s);
  });
});
