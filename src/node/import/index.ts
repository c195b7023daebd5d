import type { CleanedArticle } from '../../core/model';
import { msg, type Message } from '../../core/i18n';
import type { Unit } from '../../core/cleaning/index';
import { buildArticle } from '../../core/import/article';
import { cleanTextArticle } from '../../core/import/text-article';
import { decodeBytes } from './decode';
import { ImportError, MAX_IMPORT_BYTES, tooLarge } from './errors';
import { DEFAULT_FETCH_OPTIONS, charsetOf, fetchPage } from './fetch-url';
import type { ImportProgress } from './progress';
import { type SourceFormat, detectFormat, formatFromContentType, looksLikeHtml } from './sniff';

// jsdom, mammoth and pdf.js take most of a second to load: each is loaded only when its format is imported,
// so pasted text and the command line on a .txt answer at once.
const loadDocx = () => import('./docx');
const loadHtml = () => import('./html');
const loadPdf = () => import('./pdf');

export { ImportError, MAX_IMPORT_BYTES, type ImportErrorCode } from './errors';
export type { ImportProgress } from './progress';

/** What the user gave us: pasted text, a file's bytes, or a URL. */
export type ImportInput =
  | { kind: 'text'; text: string; language?: string | null }
  | { kind: 'file'; name: string; bytes: Uint8Array; language?: string | null }
  | { kind: 'url'; url: string; language?: string | null; timeoutMs?: number };

interface Source {
  format: SourceFormat;
  bytes: Uint8Array;
  /** Where the bytes came from: a file name, the fetched address, or "the pasted text" (worded in the reader's language). */
  label: SourceLabel;
  url: string | null;
  charset: string | null;
  language: string | null;
}

type SourceLabel = string | Message;

/** A `<meta charset>` in the first bytes of a page, read before decoding. */
function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/iu.exec(head)?.[1] ?? null;
}

/** Units of a binary document laid out as text: the "original" of a DOCX or PDF import. */
function unitsAsText(units: Unit[]): string {
  let text = '';
  let group: number | null = null;
  for (const u of units) {
    if (text) text += group === u.group ? '\n' : '\n\n';
    text += u.text;
    group = u.group;
  }
  return text;
}

function requireArticle(article: CleanedArticle, label: SourceLabel): CleanedArticle {
  if (article.body.trim() === '') {
    throw new ImportError('no-article', 'errors.import.onlyFurniture', { name: label });
  }
  return article;
}

async function importSource(source: Source, progress: ImportProgress): Promise<CleanedArticle> {
  const { format, bytes, label } = source;
  if (bytes.byteLength === 0) throw new ImportError('empty', 'errors.import.empty', { name: label });
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw tooLarge(typeof label === 'string' ? { name: label } : { text: true }, bytes.byteLength);
  progress('read', 0.1);
  switch (format) {
    case 'text':
    case 'markdown':
    case 'html': {
      const decoded = decodeBytes(bytes, source.charset ?? (format === 'html' ? metaCharset(bytes) : null));
      if (decoded.text.trim() === '') throw new ImportError('empty', 'errors.import.empty', { name: label });
      progress('extract', 0.3);
      if (format === 'html' || looksLikeHtml(decoded.text)) return importHtml(decoded.text, source, decoded.warnings, progress);
      progress('clean', 0.6);
      const article = cleanTextArticle(decoded.text, { language: source.language, markdown: format === 'markdown', warnings: decoded.warnings });
      return withUrl(requireArticle(article, label), source.url);
    }
    case 'docx': {
      let read: Awaited<ReturnType<Awaited<ReturnType<typeof loadDocx>>['docxUnits']>>;
      try {
        read = await (await loadDocx()).docxUnits(bytes);
      } catch (error) {
        throw new ImportError('unsupported', 'errors.import.unreadableWord', { name: label }, (error as Error).message.split('\n')[0]);
      }
      progress('clean', 0.6);
      return fromUnits(read.units, source, read.warnings);
    }
    case 'pdf': {
      let units: Unit[];
      try {
        units = await (await loadPdf()).pdfUnits(bytes, (_stage, f) => progress('extract', 0.1 + 0.6 * f));
      } catch (error) {
        throw new ImportError('unsupported', 'errors.import.unreadablePdf', { name: label }, (error as Error).message.split('\n')[0]);
      }
      if (units.length === 0) throw new ImportError('no-article', 'errors.import.noTextLayer', { name: label });
      progress('clean', 0.75);
      return fromUnits(units, source, []);
    }
  }
}

function fromUnits(units: Unit[], source: Source, warnings: string[]): CleanedArticle {
  if (units.length === 0) throw new ImportError('empty', 'errors.import.empty', { name: source.label });
  const article = buildArticle(units, { flat: true, original: unitsAsText(units), language: source.language, warnings });
  return withUrl(requireArticle(article, source.label), source.url);
}

/** A page that builds its text with JavaScript: saved, it holds templates or an empty shell, not the article. */
function scriptBuilt(label: SourceLabel): ImportError {
  return new ImportError('script-built', 'errors.import.scriptBuilt', { name: label });
}

async function importHtml(html: string, source: Source, warnings: string[], progress: ImportProgress): Promise<CleanedArticle> {
  const page = (await loadHtml()).extractHtml(html, source.url);
  const noArticle = () => (page.scriptBuilt ? scriptBuilt(source.label) : new ImportError('no-article', 'errors.import.noArticle', { name: source.label }));
  if (page.units.length === 0) throw noArticle();
  progress('clean', 0.7);
  const article = buildArticle(page.units, {
    flat: false,
    original: html,
    declared: { ...page.declared, language: page.language },
    language: source.language,
    warnings,
  });
  // Readability returns something for any page, even a bare menu: a page's article has running text.
  const words = article.body.split(/\s+/u).filter(Boolean).length;
  const sentence = article.blocks.some((b) => b.kind !== 'heading' && article.body.slice(b.start, b.end).split(/\s+/u).length >= 12);
  if (words < 30 && !sentence) throw noArticle();
  if (article.body.trim() === '' && page.scriptBuilt) throw noArticle();
  return requireArticle(article, source.label);
}

function withUrl(article: CleanedArticle, url: string | null): CleanedArticle {
  if (url && !article.meta.url) article.meta.url = url;
  return article;
}

/**
 * Reads, extracts and cleans an article from pasted text, a file (.txt, .md,
 * .html/.htm, .docx, .pdf) or a web address. Bad input throws `ImportError`
 * with a one-line message and its code; nothing else is thrown for bad input.
 * `progress(stage, fraction)` is called as the work goes (fraction of the whole, 0–1).
 */
export async function importArticle(input: ImportInput, progress?: ImportProgress): Promise<CleanedArticle> {
  const report: ImportProgress = (stage, fraction) => progress?.(stage, Math.max(0, Math.min(1, fraction)));
  report('read', 0);
  let article: CleanedArticle;
  switch (input.kind) {
    case 'text': {
      if (input.text.length > MAX_IMPORT_BYTES) throw tooLarge({ text: true }, input.text.length);
      if (input.text.trim() === '') throw new ImportError('empty', 'errors.import.emptyText');
      const source: Source = { format: 'text', bytes: new Uint8Array(0), label: msg('errors.import.pastedText'), url: null, charset: null, language: input.language ?? null };
      if (looksLikeHtml(input.text)) {
        article = await importHtml(input.text, source, [], report);
      } else {
        report('clean', 0.5);
        article = requireArticle(cleanTextArticle(input.text, { language: input.language ?? null }), source.label);
      }
      break;
    }
    case 'file': {
      if (input.bytes.byteLength === 0) throw new ImportError('empty', 'errors.import.empty', { name: input.name });
      if (input.bytes.byteLength > MAX_IMPORT_BYTES) throw tooLarge({ name: input.name }, input.bytes.byteLength);
      const format = detectFormat(input.name, input.bytes);
      article = await importSource({ format, bytes: input.bytes, label: input.name, url: null, charset: null, language: input.language ?? null }, report);
      break;
    }
    case 'url': {
      const fetched = await fetchPage(input.url, { ...DEFAULT_FETCH_OPTIONS, timeoutMs: input.timeoutMs ?? DEFAULT_FETCH_OPTIONS.timeoutMs }, (n) =>
        report('download', Math.min(0.1, n / MAX_IMPORT_BYTES)),
      );
      const format = formatFromContentType(fetched.contentType, fetched.finalUrl, fetched.bytes);
      const source: Source = {
        format,
        bytes: fetched.bytes,
        label: fetched.finalUrl,
        url: fetched.finalUrl,
        charset: charsetOf(fetched.contentType),
        language: input.language ?? null,
      };
      article = await importSource(source, report);
      article.meta.url = fetched.finalUrl;
      break;
    }
  }
  // The article is read and clean: the cleaning stage is complete (detection reports its own stage after).
  report('clean', 1);
  return article;
}
