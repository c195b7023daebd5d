import { describe, expect, it } from 'vitest';
import { analyzeClaims } from '../../../src/core/claims';
import { ImportError, importArticle } from '../../../src/node/import';

/**
 * Saved pages as CMSs write them (issue 13): paragraphs wrapped over several
 * source lines, a dateline in its own <span>, JSON-LD whose publisher is an
 * @id reference, pages built by script. The pages are written for these tests.
 */
const page = (body: string, head = '', lang = 'en'): { kind: 'file'; name: string; bytes: Uint8Array } => ({
  kind: 'file',
  name: 'saved.html',
  bytes: new TextEncoder().encode(`<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>Saved page</title>\n${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`),
});

const wrappedEn = `<article>
<h1>Storm closes the harbour</h1>
<p class="byline">By Jo Lane</p>
<p>A storm with gusts of up to 140 km/h closed the harbour of Port Ellen on Tuesday,
forcing the cancellation of 32 ferry crossings and leaving about 1,200 passengers
stranded, the harbour authority said.</p>
<p>The coastguard said three fishing boats had been towed back to port
during the night. Nobody was hurt, according to the coastguard,
which said the crews had been "lucky and sensible".</p>
<p>Forecasters expect the wind to ease on Thursday, when crossings should
resume.</p>
</article>`;

const wrappedFr = `<article>
<h1>La tempête ferme le port</h1>
<p>Une tempête accompagnée de rafales à 140 km/h a fermé mardi le port de
Saint-Malo, entraînant l'annulation de 32 traversées et bloquant environ
1 200 passagers, a indiqué la capitainerie.</p>
<p>Selon les sauveteurs en mer, trois bateaux de pêche ont été remorqués
pendant la nuit. Aucun blessé n'est à déplorer, ont-ils précisé, en saluant
des équipages « prudents et chanceux ».</p>
</article>`;

describe('a saved page whose source wraps its paragraphs', () => {
  it('reads a line break inside a paragraph as a space, as a browser shows it (English)', async () => {
    const a = await importArticle(page(wrappedEn));
    expect(a.body).toContain('closed the harbour of Port Ellen on Tuesday, forcing the cancellation of 32 ferry crossings and leaving about 1,200 passengers stranded, the harbour authority said.');
    // One paragraph a <p>: three, and no line of the body starts inside a sentence.
    const paragraphs = a.blocks.filter((b) => b.kind === 'paragraph').map((b) => a.body.slice(b.start, b.end));
    expect(paragraphs).toHaveLength(3);
    for (const p of paragraphs) expect(p).not.toContain('\n');
    // No suggestion is a fragment of a sentence: each starts with a capital or a quotation mark and ends a sentence.
    const claims = analyzeClaims(a).claims;
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.text).toMatch(/^[\p{Lu}"“«].*[.!?"”»]$/u);
  });

  it('reads a line break inside a paragraph as a space (French)', async () => {
    const a = await importArticle(page(wrappedFr, '', 'fr'));
    expect(a.body).toContain("a fermé mardi le port de Saint-Malo, entraînant l'annulation de 32 traversées et bloquant environ 1 200 passagers, a indiqué la capitainerie.");
    expect(a.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(2);
    const claims = analyzeClaims(a).claims;
    expect(claims.some((c) => c.text.startsWith('Une tempête') && c.text.endsWith('la capitainerie.'))).toBe(true);
  });

  it('keeps the line breaks a page shows: <pre> and white-space: pre-line', async () => {
    const a = await importArticle(
      page(`<article><h1>Results</h1>
<p>The count ended late on Sunday night in the three districts of the county, and the results were posted at the town hall for anyone to read.</p>
<pre>North  1,204
South    987</pre>
<p style="white-space: pre-line">Turnout: 61%
Spoilt ballots: 42</p>
<p>Officials said a recount in the South district would take place on Tuesday morning, as the margin there was under one per cent.</p></article>`),
    );
    const lines = [a.body, ...a.folded.map((f) => f.text)].join('\n').split('\n').map((l) => l.trim());
    expect(lines).toContain('North 1,204');
    expect(lines).toContain('South 987');
    expect(lines).toContain('Turnout: 61%');
    expect(lines).toContain('Spoilt ballots: 42');
  });

  it('keeps a dateline in its own <span> in the first sentence, and does not take it for the byline', async () => {
    const a = await importArticle(
      page(`<article><h1>Bridge reopens</h1>
<p><span class="dateline">KINGSTON, March 3 (WND) &mdash;</span>
The Long Reach bridge reopened to traffic on Monday after eight months of repairs
that cost 14 million dollars, the transport ministry said.</p>
<p>Engineers found corrosion in 40 of the bridge's 212 cables during an inspection last year, the ministry said in a statement, and all of them were replaced.</p></article>`),
    );
    expect(a.body).toContain('KINGSTON, March 3 (WND) — The Long Reach bridge reopened to traffic on Monday');
    expect(a.meta.byline ?? '').not.toContain('KINGSTON');
    const first = analyzeClaims(a).claims.find((c) => c.text.includes('Long Reach'));
    expect(first?.text.startsWith('KINGSTON, March 3 (WND) — The Long Reach')).toBe(true);
  });
});

describe("a page's outlet read from JSON-LD", () => {
  const ld = (graph: unknown[]) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@graph': graph })}</script>`;
  const body = `<article><h1>Budget vote</h1><p>The assembly adopted the budget on Friday by 118 votes to 64, after three days of debate in which the opposition tabled more than 400 amendments.</p></article>`;

  it("is the organisation's name, reached through an @id reference in the @graph, never the @id address", async () => {
    const a = await importArticle(
      page(
        body,
        ld([
          { '@type': 'NewsMediaOrganization', '@id': 'https://gazette.example/#organization', name: 'La Gazette du Port', url: 'https://gazette.example/' },
          { '@type': 'Person', '@id': 'https://gazette.example/#/schema/person/1', name: 'Samia Ben Ali' },
          { '@type': 'NewsArticle', headline: 'Budget vote', publisher: { '@id': 'https://gazette.example/#organization' }, author: { '@id': 'https://gazette.example/#/schema/person/1' } },
        ]),
      ),
    );
    expect(a.meta.outlet).toBe('La Gazette du Port');
    expect(a.meta.byline).toBe('Samia Ben Ali');
  });

  it('falls back to the page\'s site name when the reference names nothing, and never gives an address', async () => {
    const a = await importArticle(
      page(body, `<meta property="og:site_name" content="Harbour Daily">${ld([{ '@type': 'NewsArticle', headline: 'Budget vote', publisher: { '@id': 'https://harbour.example/#organization' } }])}`),
    );
    expect(a.meta.outlet).toBe('Harbour Daily');
    const bare = await importArticle(page(body, ld([{ '@type': 'NewsArticle', headline: 'Budget vote', publisher: { '@id': 'https://harbour.example/#organization' } }])));
    expect(bare.meta.outlet ?? '').not.toMatch(/^https?:/u);
  });
});

describe('a page that builds its text with JavaScript', () => {
  const angular = `<div ng-app="news" ng-controller="contentDetailController as contentDetailController">
<h1>{{contentDetailController.article.title}}</h1>
<p class="lead">{{contentDetailController.article.lead}}</p>
<div ng-bind-html="contentDetailController.article.body">{{contentDetailController.article.body | trusted}}</div>
<p>Partager sur Facebook</p>
</div>`;

  it('is refused at import with a message that says why and what to do (AngularJS templates)', async () => {
    const error = await importArticle(page(angular, '', 'fr')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('script-built');
    expect((error as ImportError).message).toMatch(/builds its text with JavaScript.*Paste the article[’']s text.*PDF/u);
    // A catalogue message, so the desk words it in its own language.
    expect((error as ImportError).text).toEqual({ key: 'errors.import.scriptBuilt', params: { name: expect.any(String) } });
  });

  it('is refused at import when its body is an empty application shell', async () => {
    const error = await importArticle(page('<div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript>')).catch((e: unknown) => e);
    expect((error as ImportError).code).toBe('script-built');
  });

  it('imports an article that also shows a template placeholder, folds the placeholder and never suggests it', async () => {
    const a = await importArticle(
      page(`<article><h1>Water prices</h1>
<p>Water bills will rise by 6.5% in April, the regulator said on Wednesday, the largest increase in almost twenty years, and households in the south-west will pay the most.</p>
<p>{{ article.relatedLinks | join }}</p>
<p>The regulator said companies had asked for rises of up to 11% to pay for new sewage works, but that it had refused most of the requests.</p></article>`),
    );
    expect(a.body).not.toContain('{{');
    expect(a.folded.some((f) => f.kind === 'script' && f.text.includes('{{'))).toBe(true);
    for (const c of analyzeClaims(a).claims) expect(c.text).not.toMatch(/\{\{|\}\}/u);
  });
});
