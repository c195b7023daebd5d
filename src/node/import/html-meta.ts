import type { ArticleMeta } from '../../core/model';
import { normalizeIsoDate, rulesFor } from '../../core/cleaning/index';

/** What a page declares about itself, before any extraction. */
export interface PageDeclarations {
  meta: Partial<ArticleMeta>;
  /** `<html lang>`, Content-Language, og:locale. */
  language: string | null;
  /** The page's summary (og:description, description, JSON-LD): often the standfirst that extraction drops. */
  description: string | null;
  /** True when the page's JSON-LD article names no author: then a byline guessed from the page is not trusted. */
  authorDeclaredEmpty: boolean;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPE = /^(?:\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|OpinionNewsArticle)$/u;

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function types(o: JsonObject): string[] {
  const t = o['@type'] ?? o.type;
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/u, ''));
}

/** Every object of every JSON-LD block, `@graph` and arrays flattened. */
function jsonLdObjects(document: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: Json) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isObject(v)) {
      out.push(v);
      if (v['@graph'] !== undefined) visit(v['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? '') as Json);
    } catch {
      // A broken JSON-LD block is common and says nothing: skip it.
    }
  }
  return out;
}

/** Objects of the page's JSON-LD by their `@id`, so that a reference ({"@id": "…#organization"}) reaches the object it names. */
type Nodes = ReadonlyMap<string, JsonObject>;

function byId(objects: readonly JsonObject[]): Nodes {
  const nodes = new Map<string, JsonObject>();
  for (const o of objects) {
    const id = o['@id'];
    // The fullest description wins: a bare reference repeated elsewhere does not replace it.
    if (typeof id === 'string' && (!nodes.has(id) || Object.keys(o).length > Object.keys(nodes.get(id)!).length)) nodes.set(id, o);
  }
  return nodes;
}

/** A reference followed to the object it names (once: a reference to a reference stays as it is). */
function deref(v: Json | undefined, nodes: Nodes): Json | undefined {
  if (isObject(v) && typeof v['@id'] === 'string' && v.name === undefined) return nodes.get(v['@id']) ?? v;
  return v;
}

/**
 * A string, or an object's name (a publisher, an author): never its `@id`,
 * which is an address ("https://lapresse.tn/#organization"), not a name.
 */
function text(v: Json | undefined, nodes: Nodes = new Map()): string | null {
  if (typeof v === 'string') return v.replace(/\s+/gu, ' ').trim() || null;
  const o = deref(v, nodes);
  if (isObject(o)) return typeof o.name === 'string' || Array.isArray(o.name) ? text(o.name) : null;
  if (Array.isArray(v)) {
    const names = v.map((x) => text(x, nodes)).filter((x): x is string => x !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  return null;
}

/** An organisation's name as a page gives it; never an address. */
function outletName(v: Json | undefined, nodes: Nodes): string | null {
  const name = text(v, nodes);
  return name && !/^https?:\/\//u.test(name) ? name : null;
}

function url(v: Json | undefined): string | null {
  if (typeof v === 'string') return /^https?:\/\//u.test(v) ? v : null;
  if (isObject(v)) return url(v['@id'] ?? v.url);
  return null;
}

function cleanByline(v: string | null): string | null {
  if (!v || /^https?:\/\//u.test(v)) return null;
  return v.replace(/^(?:par|by)\s+/iu, '').trim() || null;
}

/** The page's WebSite or Organization, when the article names no publisher: its publisher, else itself. */
function siteOf(objects: readonly JsonObject[]): Json | undefined {
  const site = objects.find((o) => types(o).includes('WebSite'));
  if (site) return site.publisher ?? site;
  return objects.find((o) => types(o).some((t) => t === 'Organization' || t === 'NewsMediaOrganization'));
}

/** Reads title, dates, author, outlet, addresses and language from meta tags, JSON-LD and microdata. */
export function readPageDeclarations(document: Document, pageUrl: string | null): PageDeclarations {
  const rules = rulesFor(null);
  const metas = new Map<string, string>();
  for (const m of document.querySelectorAll('meta[content]')) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv') ?? '').toLowerCase();
    const content = m.getAttribute('content')?.trim();
    if (key && content && !metas.has(key)) metas.set(key, content);
  }
  const meta = (...keys: string[]) => {
    for (const k of keys) {
      const v = metas.get(k);
      if (v) return v;
    }
    return null;
  };
  const micro = (prop: string): string | null => {
    const el = document.querySelector(`[itemprop="${prop}"]`);
    if (!el) return null;
    return (el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent ?? '').replace(/\s+/gu, ' ').trim() || null;
  };

  const objects = jsonLdObjects(document);
  const nodes = byId(objects);
  const article = objects.find((o) => types(o).some((t) => ARTICLE_TYPE.test(t)));
  const ld = (key: string) => (article ? article[key] : undefined);
  const date = (v: string | null | undefined) => normalizeIsoDate(v ?? null, rules);

  const modifiedAt =
    date(text(ld('dateModified'))) ??
    date(meta('article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified')) ??
    date(micro('dateModified'));
  let publishedAt =
    date(text(ld('datePublished'))) ??
    date(meta('article:published_time', 'og:article:published_time', 'datepublished', 'dc.date.issued', 'dcterms.issued',
      'dcterms.created', 'dc.date', 'sailthru.date', 'parsely-pub-date', 'publish-date', 'pubdate')) ??
    date(micro('datePublished'));
  // A bare "date" meta is often the last modification: only take it when it is not that.
  const bare = date(meta('date'));
  if (publishedAt === null && bare !== null && bare !== modifiedAt) publishedAt = bare;

  const ldAuthor = article && ld('author') !== undefined ? text(ld('author'), nodes) : undefined;
  const byline = cleanByline(
    ldAuthor ?? meta('author', 'article:author', 'dc.creator', 'sailthru.author', 'parsely-author', 'byl') ?? micro('author'),
  );

  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const absolute = (href: string | null) => {
    if (!href) return null;
    try {
      return new URL(href, pageUrl ?? undefined).href;
    } catch {
      return null;
    }
  };
  const language =
    document.documentElement.getAttribute('lang') ??
    meta('content-language', 'dc.language', 'language', 'og:locale') ??
    text(ld('inLanguage'));

  // Meta tags first: their entities are decoded by the parser, JSON-LD's are not ("dancing&nbsp;").
  const description = meta('og:description', 'description', 'twitter:description') ?? text(ld('description'));
  return {
    meta: {
      title: text(ld('headline')) ?? meta('og:title', 'twitter:title'),
      outlet: outletName(ld('publisher'), nodes) ?? meta('og:site_name', 'application-name') ?? outletName(siteOf(objects), nodes),
      byline,
      publishedAt,
      modifiedAt,
      url: pageUrl ?? absolute(meta('og:url')) ?? url(ld('url')),
      canonicalUrl: absolute(canonical) ?? url(ld('mainEntityOfPage')) ?? url(ld('url')),
    },
    language: language?.trim() || null,
    description: description?.replace(/\s+/gu, ' ').trim() || null,
    authorDeclaredEmpty: article !== undefined && ldAuthor === null,
  };
}

/** "Agriculture: Berne interdit…" as the <title> of a page titled "Berne interdit…": the kicker is "Agriculture". */
export function kickerFromTitleTag(titleTag: string | null, title: string | null): string | null {
  if (!titleTag || !title) return null;
  const at = titleTag.indexOf(title);
  if (at <= 0) return null;
  const m = /^\s*(\p{Lu}[^:|–—-]{1,40}?)\s*[:|–—-]\s*$/u.exec(titleTag.slice(0, at));
  return m && m[1]!.split(/\s+/u).length <= 4 ? m[1]!.trim() : null;
}
