import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import createDOMPurify from 'dompurify';
import type { ArticleMeta } from '../../core/model';
import type { Unit } from '../../core/cleaning/index';
import { normalizeWords } from '../../core/cleaning/index';
import { htmlUnits } from './html-blocks';
import { type PageDeclarations, kickerFromTitleTag, readPageDeclarations } from './html-meta';
import { keepInlineDatelines, looksScriptBuilt, markShownLineBreaks } from './html-source';

export interface ExtractedPage {
  units: Unit[];
  declared: Partial<ArticleMeta>;
  language: string | null;
  /** The page shows signs of building its text with JavaScript (see looksScriptBuilt). */
  scriptBuilt: boolean;
}

/** Only the structure the editor shows survives sanitizing; no attributes, no scripts, no media. */
const ALLOWED_TAGS = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'figure', 'figcaption', 'table', 'tbody',
  'thead', 'tr', 'td', 'th', 'pre', 'br', 'b', 'strong', 'i', 'em', 'u', 'a', 'span', 'div', 'section', 'article', 'dl', 'dt', 'dd',
  'sub', 'sup', 'small', 'mark', 'q', 'cite', 'abbr', 'time'];

function quietDom(html: string, url?: string): JSDOM {
  // No scripts run, no resources load; CSS and parse errors of scraped pages are not our user's concern.
  return new JSDOM(html, { url: url ?? 'about:blank', virtualConsole: new VirtualConsole() });
}

let purifier: ReturnType<typeof createDOMPurify> | null = null;
let purifierWindow: JSDOM['window'] | null = null;

/** Untrusted HTML → a sanitized element whose structure is safe to walk. */
export function sanitizeToElement(html: string): Element {
  if (!purifier || !purifierWindow) {
    purifierWindow = quietDom('<!doctype html><html><body></body></html>').window;
    purifier = createDOMPurify(purifierWindow as unknown as Parameters<typeof createDOMPurify>[0]);
  }
  const body = purifier.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: [], RETURN_DOM: true, WHOLE_DOCUMENT: false });
  return body as unknown as Element;
}

/**
 * Style sheets and scripts (JSON-LD aside) cut before parsing: jsdom parses every
 * style sheet, and an AMP page's inline CSS alone costs seconds. The HTML parser
 * ends a script or style at the first closing tag, and so does this pattern.
 */
function withoutScriptsAndStyles(html: string): string {
  return html
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/giu, '')
    .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/giu, '');
}

function visibleText(document: Document): string {
  return document.body?.textContent?.replace(/\s+/gu, ' ') ?? '';
}

/**
 * A saved page or fetched page → the article's units and what the page declares.
 * Metadata is read before extraction, because Readability changes the document it reads.
 * The standfirst, which extraction often drops, is put back when the page shows it.
 */
export function extractHtml(html: string, pageUrl: string | null): ExtractedPage {
  const dom = quietDom(withoutScriptsAndStyles(html), pageUrl ?? undefined);
  const document = dom.window.document;
  const declarations: PageDeclarations = readPageDeclarations(document, pageUrl);
  const titleTag = document.querySelector('title')?.textContent?.replace(/\s+/gu, ' ').trim() ?? null;
  for (const el of document.querySelectorAll('script, style, noscript, template')) el.remove();
  const shown = visibleText(document);
  const pageText = normalizeWords(shown).join(' ');
  const scriptBuilt = looksScriptBuilt(html, shown);
  markShownLineBreaks(document);
  keepInlineDatelines(document);

  const article = new Readability(document, { charThreshold: 250 }).parse();
  dom.window.close();
  if (!article?.content) return { units: [], declared: declarations.meta, language: declarations.language, scriptBuilt };
  const units = htmlUnits(sanitizeToElement(article.content), { collapseSpaces: true });

  const declared: Partial<ArticleMeta> = { ...declarations.meta };
  declared.title ??= article.title?.trim() || null;
  declared.outlet ??= article.siteName?.trim() || null;
  if (!declared.byline && !declarations.authorDeclaredEmpty && article.byline) declared.byline = article.byline.replace(/^(?:par|by)\s+/iu, '').trim();
  declared.kicker = kickerFromTitleTag(titleTag, declared.title ?? null);

  const lead = declarations.description;
  if (lead && lead.split(/\s+/u).length >= 6) {
    const key = normalizeWords(lead).join(' ');
    const extracted = normalizeWords(units.map((u) => u.text).join(' ')).join(' ');
    if (key && !extracted.includes(key) && pageText.includes(key)) units.unshift({ text: lead, kind: 'paragraph', group: -1 });
  }
  return { units, declared, language: declarations.language ?? article.lang ?? null, scriptBuilt };
}
