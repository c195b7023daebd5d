import type { SharedCatalogue } from '../../core/i18n';
import { binaryKind } from './decode';
import { ImportError } from './errors';

export type SourceFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

const TEXT_EXTENSIONS: Record<string, SourceFormat> = {
  txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html', xhtml: 'html',
  shtml: 'html', docx: 'docx', pdf: 'pdf',
};

/** Extensions of files we cannot read, with what to do instead. */
const UNSUPPORTED: Record<string, keyof SharedCatalogue['errors']['import']['format']> = {
  doc: 'doc', odt: 'odt', rtf: 'rtf', pages: 'pages', epub: 'epub',
  xls: 'spreadsheet', xlsx: 'spreadsheet', csv: 'spreadsheet', ppt: 'presentation', pptx: 'presentation',
};
const MEDIA = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'tif', 'tiff', 'svg', 'heic', 'mp3', 'mp4', 'm4a', 'wav', 'ogg',
  'mov', 'avi', 'mkv', 'zip', 'gz', 'tgz', '7z', 'rar', 'exe', 'dll', 'bin', 'iso', 'dmg', 'db', 'sqlite', 'json', 'xml']);

function extensionOf(name: string): string {
  const base = name.split(/[\\/]/u).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function startsWithAscii(bytes: Uint8Array, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (bytes[i] !== text.charCodeAt(i)) return false;
  return bytes.length >= text.length;
}

/** A ZIP whose directory names Word's main part is a .docx, whatever its name says. */
function isDocx(bytes: Uint8Array): boolean {
  if (!startsWithAscii(bytes, 'PK\u0003\u0004')) return false;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml');
}

/** Text that is an HTML page (a saved page named .txt, or HTML pasted as text). */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<html)/iu.test(text.slice(0, 2048));
}

/**
 * Which reader a file needs, from its content first (a PDF named .txt is a PDF)
 * and its name second. Throws `unsupported` for formats we cannot read and
 * `binary` for binary content under a text name (a PNG renamed .txt).
 */
export function detectFormat(name: string, bytes: Uint8Array): SourceFormat {
  const ext = extensionOf(name);
  if (startsWithAscii(bytes, '%PDF-')) return 'pdf';
  if (isDocx(bytes)) return 'docx';
  const unsupported = UNSUPPORTED[ext];
  if (unsupported) throw new ImportError('unsupported', `errors.import.format.${unsupported}`);
  if (ext === 'pdf') throw new ImportError('unsupported', 'errors.import.namedPdf', { name });
  if (ext === 'docx') throw new ImportError('unsupported', 'errors.import.namedDocx', { name });
  const binary = binaryKind(bytes);
  if (MEDIA.has(ext)) throw new ImportError('unsupported', 'errors.import.media', { ext });
  if (binary) throw new ImportError('binary', 'errors.import.binaryKind', { name, kind: binary });
  return TEXT_EXTENSIONS[ext] ?? 'text';
}

/** The reader for a fetched resource, from its Content-Type (and its bytes when the server says nothing useful). */
export function formatFromContentType(contentType: string | null, url: string, bytes: Uint8Array): SourceFormat {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/plain') return 'text';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  if (type === 'application/pdf') return 'pdf';
  if (type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') return 'docx';
  if (type === '' || type === 'application/octet-stream' || type === 'binary/octet-stream') {
    const path = new URL(url).pathname;
    return detectFormat(path.split('/').pop() || 'page', bytes);
  }
  throw new ImportError('unsupported', 'errors.import.servesType', { type });
}
