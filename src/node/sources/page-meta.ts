/**
 * Reads what a citation needs from a web page's head: title, publisher, author,
 * published and modified dates. Newsrooms' pages say it in several dialects at
 * once (Open Graph, JSON-LD, Dublin Core, Highwire `citation_*`, plain <title>);
 * the first reliable one wins. No DOM: the head is scanned for its few tags,
 * which is fast and cannot run anything the page carries.
 */

export interface PageMeta {
  title: string | null;
  publisher: string | null;
  author: string | null;
  /** ISO 8601 ("2023-09-13" or "2023-09-13T09:27" with its offset when the page gives one). */
  publishedAt: string | null;
  modifiedAt: string | null;
  /** The page's own canonical address, when it names one. */
  canonicalUrl: string | null;
  language: string | null;
}

const EMPTY: PageMeta = { title: null, publisher: null, author: null, publishedAt: null, modifiedAt: null, canonicalUrl: null, language: null };

/** Decodes a page's bytes by its declared charset (header, then <meta charset>), UTF-8 otherwise. */
export function decodePage(bytes: Uint8Array, headerCharset: string | null): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = headerCharset ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
  try {
    return new TextDecoder(declared).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export function readPageMeta(html: string, pageUrl?: string): PageMeta {
  // The head is where metadata lives; bodies can be megabytes of markup.
  const headEnd = html.search(/<\/head\s*>|<body[\s>]/i);
  const head = headEnd === -1 ? html.slice(0, 300_000) : html.slice(0, headEnd);
  const metas = readMetaTags(head);
  const ld = readJsonLd(head.length < html.length ? html.slice(0, Math.min(html.length, 2_000_000)) : head);
  const meta = (...names: string[]) => {
    for (const n of names) {
      const v = metas.get(n);
      if (v) return v;
    }
    return null;
  };
  const rawTitle = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(head)?.[1];
  const publisher = meta('og:site_name', 'citation_publisher', 'dc.publisher', 'application-name') ?? ld.publisher;
  const title = meta('og:title', 'twitter:title', 'citation_title', 'dc.title') ?? ld.headline ?? (rawTitle ? stripSiteName(clean(decodeEntities(rawTitle)), publisher) : null);
  const authorMeta = meta('author', 'citation_author', 'dc.creator', 'article:author', 'parsely-author');
  const author = authorMeta && !/^https?:/i.test(authorMeta) ? authorMeta : ld.author;
  const canonical = /<link[^>]+rel=["']?canonical["']?[^>]*>/i.exec(head)?.[0];
  const canonicalHref = canonical ? attributes(canonical).get('href') ?? null : null;
  return {
    ...EMPTY,
    title,
    publisher,
    author,
    publishedAt: toIsoDate(meta('article:published_time', 'citation_publication_date', 'citation_date', 'dc.date', 'dcterms.created', 'date', 'pubdate', 'parsely-pub-date') ?? ld.datePublished),
    modifiedAt: toIsoDate(meta('article:modified_time', 'og:updated_time', 'dcterms.modified', 'last-modified') ?? ld.dateModified),
    canonicalUrl: canonicalHref ? absolute(canonicalHref, pageUrl) : meta('og:url'),
    language: /<html[^>]*\slang=["']?([a-z]{2,3})/i.exec(html.slice(0, 4000))?.[1]?.toLowerCase() ?? null,
  };
}

/** `<meta name|property|itemprop=… content=…>` by lower-cased key; the first occurrence wins. */
function readMetaTags(head: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const attrs = attributes(tag);
    const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop'))?.toLowerCase();
    const content = attrs.get('content');
    if (!key || content === undefined) continue;
    const value = clean(content);
    if (value && !out.has(key)) out.set(key, value);
  }
  return out;
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    out.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return out;
}

interface LdFields {
  headline: string | null;
  publisher: string | null;
  author: string | null;
  datePublished: string | null;
  dateModified: string | null;
}

/** The first article-like JSON-LD object (through `@graph` and arrays). Broken JSON is skipped. */
function readJsonLd(html: string): LdFields {
  const found: LdFields = { headline: null, publisher: null, author: null, datePublished: null, dateModified: null };
  for (const m of html.matchAll(/<script[^>]+type=["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi)) {
    let data: unknown;
    try {
      data = JSON.parse(m[1]!.trim());
    } catch {
      continue;
    }
    for (const node of flatten(data)) {
      const types = ([] as unknown[]).concat(node['@type'] ?? node.type ?? []).map(String);
      if (!types.some((t) => /Article|Posting|Report|WebPage|Blog|Release/i.test(t))) continue;
      found.headline ??= text(node.headline) ?? text(node.name);
      found.publisher ??= name(node.publisher);
      found.author ??= name(node.author) ?? name(node.creator);
      found.datePublished ??= text(node.datePublished) ?? text(node.dateCreated);
      found.dateModified ??= text(node.dateModified);
    }
  }
  return found;
}

function flatten(data: unknown, depth = 0): Record<string, unknown>[] {
  if (depth > 4 || data === null || typeof data !== 'object') return [];
  if (Array.isArray(data)) return data.flatMap((d) => flatten(d, depth + 1));
  const obj = data as Record<string, unknown>;
  return [obj, ...flatten(obj['@graph'], depth + 1)];
}

function text(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? clean(decodeEntities(v)) : null;
}

function name(v: unknown): string | null {
  if (Array.isArray(v)) {
    const names = v.map(name).filter((n): n is string => n !== null);
    return names.length ? names.join(', ') : null;
  }
  if (typeof v === 'string') return text(v);
  if (v && typeof v === 'object') return text((v as Record<string, unknown>).name);
  return null;
}

/** "Talks with Kim – President of Russia" → "Talks with Kim" when the site name is known. */
function stripSiteName(title: string, publisher: string | null): string {
  if (!publisher) return title;
  const m = /^(.*\S)\s+[|–—-]\s+(.+)$/.exec(title);
  return m && m[2]!.toLowerCase().includes(publisher.toLowerCase().slice(0, 12)) ? m[1]! : title;
}

/**
 * Normalizes a page's date to what the workspace stores: "2023-09-13",
 * "2023-09-13T09:27", with the page's offset kept ("+02:00", "Z"). Unreadable → null.
 */
export function toIsoDate(raw: string | null): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(s);
  if (m) {
    const date = `${m[1]}-${m[2]}-${m[3]}`;
    if (!m[4]) return date;
    const zone = m[6] ? (m[6] === 'Z' ? 'Z' : m[6].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${date}T${m[4]}:${m[5]}${zone}`;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().slice(0, 16) + 'Z';
}

function absolute(href: string, base?: string): string | null {
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', laquo: '«', raquo: '»', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', ndash: '–', mdash: '—', hellip: '…', eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}
