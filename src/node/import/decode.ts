import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Message, SharedCatalogue } from '../../core/i18n';
import { ImportError } from './errors';

type FileKind = keyof SharedCatalogue['errors']['fileKind'];

export interface Decoded {
  text: string;
  /** The encoding the bytes were read as. */
  encoding: string;
  warnings: string[];
}

/** Leading bytes of formats that are not text, for a clear "binary" message. */
const MAGIC: { kind: FileKind; bytes: number[] }[] = [
  { kind: 'png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'riff', bytes: [0x52, 0x49, 0x46, 0x46] },
  { kind: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'gzip', bytes: [0x1f, 0x8b] },
  { kind: 'program', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { kind: 'audio', bytes: [0x49, 0x44, 0x33] },
  { kind: 'ogg', bytes: [0x4f, 0x67, 0x67, 0x53] },
  { kind: 'sqlite', bytes: [...'SQLite format 3'].map((c) => c.charCodeAt(0)) },
  { kind: 'sevenZip', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { kind: 'rar', bytes: [0x52, 0x61, 0x72, 0x21] },
  { kind: 'tiff', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { kind: 'tiff', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { kind: 'wasm', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { kind: 'office', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

/** What a binary file looks like ("a PNG image"), as a catalogue message, or null when nothing says so. */
export function binaryKind(bytes: Uint8Array): Message | null {
  const kind = MAGIC.find((m) => startsWith(bytes, m.bytes))?.kind;
  return kind ? { key: `errors.fileKind.${kind}` } : null;
}

/** UTF-16 without a byte-order mark: one byte in two is zero in Latin text. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const half = n / 2;
  if (oddZeros > half * 0.4 && evenZeros < half * 0.05) return 'utf-16le';
  if (evenZeros > half * 0.4 && oddZeros < half * 0.05) return 'utf-16be';
  return null;
}

/** Control characters no text needs (tab, line feed, form feed and carriage return are kept). */
const STRAY_CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F]/g;

/**
 * Binary data reads as a run of NULs and control codes; a scraped page may hold
 * a few stray ones and is still text. A PNG renamed .txt has NULs within its
 * first bytes and many more control codes than that.
 */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65536);
  let control = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul++;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return n > 0 && (nul > Math.max(2, n / 1000) || control / n > 0.05 || (nul > 0 && n < 64));
}

function mostlyUtf8(buffer: Buffer): boolean {
  const text = new TextDecoder('utf-8').decode(buffer);
  let decoded = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f && c !== 0xfffd) decoded++;
  }
  return decoded > countReplacements(text);
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** WHATWG treats Latin-1 labels as Windows-1252 (its superset); so do we. */
function canonicalCharset(label: string): string {
  const l = label.trim().toLowerCase();
  if (l === 'iso-8859-1' || l === 'latin1' || l === 'latin-1' || l === 'us-ascii' || l === 'ascii') return 'windows-1252';
  return l;
}

/**
 * Bytes → text: UTF-8 with or without a BOM, UTF-16 with a BOM (or plainly
 * UTF-16 without one), a declared charset, else Windows-1252/Latin-1 and other
 * legacy encodings as chardet detects them. Invalid bytes are replaced and
 * reported in the warnings, never thrown. Bytes that are not text throw `binary`.
 */
export function decodeBytes(bytes: Uint8Array, declaredCharset?: string | null): Decoded {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf])
    ? 'utf-8'
    : startsWith(bytes, [0xff, 0xfe])
      ? 'utf-16le'
      : startsWith(bytes, [0xfe, 0xff])
        ? 'utf-16be'
        : null;
  const kind = bom ? null : binaryKind(bytes);
  if (kind) throw new ImportError('binary', 'errors.import.binaryFile', { kind });

  let encoding = bom ?? utf16WithoutBom(bytes);
  const warnings: string[] = [];
  if (!encoding && declaredCharset && iconv.encodingExists(canonicalCharset(declaredCharset))) {
    encoding = canonicalCharset(declaredCharset);
  }
  let strict = false;
  if (!encoding) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(buffer);
      encoding = 'utf-8';
      strict = true;
    } catch {
      // Mostly valid UTF-8 with a few broken bytes stays UTF-8 (the broken bytes are reported);
      // text whose every accented letter is invalid UTF-8 is in a legacy encoding.
      if (mostlyUtf8(buffer)) {
        encoding = 'utf-8';
      }
    }
    if (!encoding) {
      const guess = chardet.detect(buffer);
      const candidate = guess ? canonicalCharset(guess) : 'utf-8';
      if (candidate !== 'utf-8' && !candidate.startsWith('utf-') && iconv.encodingExists(candidate)) {
        encoding = candidate;
        warnings.push(`The text was not UTF-8; it was read as ${candidate}.`);
      } else {
        encoding = 'utf-8';
      }
    }
  }
  let text: string;
  if (encoding === 'utf-8') {
    text = new TextDecoder('utf-8').decode(buffer);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  } else {
    text = iconv.decode(buffer, encoding, { stripBOM: true });
  }
  // A valid UTF-8 file may hold U+FFFD as content; only count what decoding replaced.
  const replaced = strict ? 0 : countReplacements(text);
  if (replaced > 0) warnings.push(`${replaced} invalid byte sequence${replaced === 1 ? ' was' : 's were'} replaced with �.`);
  if (looksBinary(text)) throw new ImportError('binary', 'errors.import.binaryData');
  const stray = text.match(STRAY_CONTROL)?.length ?? 0;
  if (stray > 0) {
    text = text.replace(STRAY_CONTROL, '');
    warnings.push(`${stray} stray control character${stray === 1 ? ' was' : 's were'} removed.`);
  }
  return { text, encoding, warnings };
}
