import fs from 'node:fs';
import path from 'node:path';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { hostileInput } from '../../fixtures/report/hostile';
import { kimPutinInput } from '../../fixtures/report/kim-putin';
import { ClaimReviewIncomplete } from '../../../src/core/report/claimreview';
import { text } from './render';

const SCHEMA = 'http://schema.org/';
const contextDoc = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../fixtures/report/schemaorg-context.jsonld'), 'utf8')) as { '@context': Record<string, unknown> };
/** The properties and classes the committed context knows: a misspelt term expands to an IRI outside this set. */
const KNOWN = new Set(Object.keys(contextDoc['@context']).filter((k) => !k.startsWith('@')).map((k) => SCHEMA + k));

const requested: string[] = [];
/** No network: schema.org's context comes from the committed file, anything else is an error. */
async function documentLoader(url: string) {
  requested.push(url);
  if (/^https?:\/\/schema\.org\/?$/.test(url)) return { contextUrl: null, documentUrl: url, document: contextDoc };
  throw new Error(`unexpected JSON-LD fetch: ${url}`);
}

type Node = Record<string, unknown>;
async function expand(doc: unknown): Promise<Node[]> {
  return (await jsonld.expand(doc as object, { documentLoader } as never)) as Node[];
}

/** Every property IRI used anywhere in an expanded document. */
function properties(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => properties(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (!k.startsWith('@')) out.add(k);
      properties(v, out);
    }
  }
  return out;
}

const first = (n: Node, p: string) => (n[SCHEMA + p] as Node[] | undefined)?.[0];
const value = (n: Node | undefined, p: string) => (n ? (first(n, p)?.['@value'] ?? first(n, p)?.['@id']) : undefined);
const type = (n: Node | undefined) => (n?.['@type'] as string[] | undefined)?.[0];

interface Compact {
  '@context': string;
  '@graph': {
    claimReviewed: string;
    url?: string;
    reviewRating: { alternateName: string; ratingValue?: number; bestRating?: number; worstRating?: number; ratingExplanation?: string };
    itemReviewed: { '@type': string; author?: { '@type': string; name: string }; datePublished?: string; appearance?: { url?: string; headline?: string } };
    author: { '@type': string; name: string; url?: string };
    datePublished: string;
    inLanguage: string;
  }[];
}

describe('ClaimReview JSON-LD read back by jsonld.expand (offline)', () => {
  it('expands to one schema.org ClaimReview per claim with a verdict, using only known schema.org terms', async () => {
    const doc = JSON.parse(await text(kimPutinInput('en'), 'claimreview')) as Compact;
    expect(doc['@context']).toBe('https://schema.org');
    const expanded = await expand(doc);
    expect(requested.every((u) => /schema\.org/.test(u))).toBe(true);
    expect(expanded).toHaveLength(6); // 6 claims have a verdict; in-progress, unchecked and dismissed ones publish nothing
    for (const n of expanded) {
      expect(type(n)).toBe(`${SCHEMA}ClaimReview`);
      expect(type(first(n, 'reviewRating'))).toBe(`${SCHEMA}Rating`);
      expect(type(first(n, 'itemReviewed'))).toBe(`${SCHEMA}Claim`);
      expect(type(first(first(n, 'itemReviewed') ?? {}, 'appearance'))).toBe(`${SCHEMA}NewsArticle`);
      expect(value(first(n, 'author'), 'name')).toBe('Vérif Suisse');
      expect(value(n, 'datePublished')).toBe('2023-09-14');
      expect(value(n, 'inLanguage')).toBe('en');
      expect(String(value(n, 'url'))).toMatch(/^https:\/\/verif\.example\.ch\/2023\/09\/kim-poutine#claim-\d+$/);
    }
    for (const p of properties(expanded)) expect(KNOWN, p).toContain(p);
  });

  it('carries the fields Google and the issue ask for, with people and institutions told apart', async () => {
    const doc = JSON.parse(await text(kimPutinInput('en'), 'claimreview')) as Compact;
    const byClaim = new Map(doc['@graph'].map((g) => [g.url?.split('#')[1], g]));
    for (const g of doc['@graph']) {
      expect(g.claimReviewed.length).toBeLessThanOrEqual(75);
      expect(g.reviewRating.alternateName).toBeTruthy();
      expect(g.reviewRating.ratingExplanation).toBeTruthy();
      expect(g.itemReviewed.datePublished).toBe('2023-09-13T09:27');
      expect(g.itemReviewed.appearance?.url).toMatch(/^https:\/\/www\.swissinfo\.ch\//);
      expect(g.author).toEqual({ '@type': 'Organization', name: 'Vérif Suisse', url: 'https://verif.example.ch' });
    }
    const kim = byClaim.get('claim-1');
    expect(kim?.reviewRating).toMatchObject({ alternateName: 'Verified', ratingValue: 4, bestRating: 4, worstRating: 1 });
    expect(kim?.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Kim Jong Un' });
    const washington = byClaim.get('claim-4');
    expect(washington?.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Washington' });
    // Unverifiable has no rating on the scale: the textual rating stays, the numbers go.
    expect(washington?.reviewRating.alternateName).toBe('Unverifiable');
    expect(washington?.reviewRating.ratingValue).toBeUndefined();
    // A claim with no speaker is the outlet's own.
    const sanctions = doc['@graph'].find((g) => g.claimReviewed.startsWith('sous sanctions'));
    expect(sanctions?.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'ATS' });
    const fr = JSON.parse(await text(kimPutinInput('fr'), 'claimreview')) as Compact;
    expect(fr['@graph'][0]?.reviewRating.alternateName).toBe('Vérifié');
    expect(fr['@graph'][0]?.inLanguage).toBe('fr');
  });

  it('refuses, naming what to set, rather than publish an empty author or a javascript: URL', async () => {
    const hostile = hostileInput('en');
    await expect(text(hostile, 'claimreview')).rejects.toThrow(ClaimReviewIncomplete);
    await expect(text(hostile, 'claimreview')).rejects.toMatchObject({ missing: ['organisationUrl', 'reviewUrl'] });
    const unnamed = kimPutinInput('en');
    await expect(text({ ...unnamed, settings: { ...unnamed.settings, organisation: '  ' } }, 'claimreview')).rejects.toMatchObject({ missing: ['organisation'] });
    await expect(text({ ...unnamed, settings: { ...unnamed.settings, reviewUrl: 'https://verif.example.ch/{nope}' } }, 'claimreview')).rejects.toMatchObject({ missing: ['reviewUrl'] });
  });

  it('cannot break out of a <script> element, whatever the article and the user wrote', async () => {
    const base = hostileInput('en');
    const raw = await text({ ...base, settings: { ...base.settings, organisationUrl: 'https://verif.example.ch' }, options: { ...base.options, publicationUrl: 'https://verif.example.ch/{article}' } }, 'claimreview');
    expect(raw).not.toMatch(/[<>]/);
    const urls: unknown[] = [];
    JSON.parse(raw, (k, v: unknown) => (k === 'url' && urls.push(v), v));
    for (const u of urls) expect(String(u)).toMatch(/^https?:\/\//);
    const doc = JSON.parse(raw) as Compact;
    expect(doc['@graph']).toHaveLength(3);
    for (const g of doc['@graph']) {
      expect(g.url).toMatch(/^https:\/\/verif\.example\.ch\/[\w-]+#claim-\d+$/);
      expect(g.itemReviewed.appearance?.url).toBeUndefined(); // the article's URL is javascript:, so it is left out
    }
    expect(doc['@graph'][0]?.itemReviewed.author).toEqual({ '@type': 'Organization', name: '<b>Evil</b> "Corp", Inc.' });
    const expanded = await expand(doc);
    expect(expanded).toHaveLength(3);
  });
});
