/**
 * What a file really is, read from its first bytes (its "magic"), never from
 * its name or a declared type: evidence files come from anywhere, and an
 * executable renamed `screenshot.png` must not enter the workspace as an image.
 */

export interface Sniffed {
  mime: string;
  /** A short, human word for the kind ("PNG image"). */
  kind: string;
}

const starts = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (b: Uint8Array, s: string, at = 0) => starts(b, [...s].map((c) => c.charCodeAt(0)), at);

/** Types a fact-checker attaches as evidence. Anything else is refused. */
export function sniff(bytes: Uint8Array): Sniffed | null {
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: 'image/png', kind: 'PNG image' };
  if (starts(bytes, [0xff, 0xd8, 0xff])) return { mime: 'image/jpeg', kind: 'JPEG image' };
  if (ascii(bytes, 'GIF87a') || ascii(bytes, 'GIF89a')) return { mime: 'image/gif', kind: 'GIF image' };
  if (ascii(bytes, 'RIFF') && ascii(bytes, 'WEBP', 8)) return { mime: 'image/webp', kind: 'WebP image' };
  if (ascii(bytes, 'RIFF') && ascii(bytes, 'WAVE', 8)) return { mime: 'audio/wav', kind: 'WAV audio' };
  if (ascii(bytes, '%PDF-')) return { mime: 'application/pdf', kind: 'PDF document' };
  if (ascii(bytes, 'ftyp', 4)) {
    const brand = String.fromCharCode(...bytes.subarray(8, 12));
    if (/^(avif|avis)/.test(brand)) return { mime: 'image/avif', kind: 'AVIF image' };
    if (/^(heic|heix|mif1)/.test(brand)) return { mime: 'image/heic', kind: 'HEIC image' };
    if (/^M4A/.test(brand)) return { mime: 'audio/mp4', kind: 'M4A audio' };
    if (/^qt/.test(brand)) return { mime: 'video/quicktime', kind: 'QuickTime video' };
    return { mime: 'video/mp4', kind: 'MP4 video' };
  }
  if (starts(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return { mime: 'video/webm', kind: 'WebM video' };
  if (ascii(bytes, 'ID3') || starts(bytes, [0xff, 0xfb]) || starts(bytes, [0xff, 0xf3])) return { mime: 'audio/mpeg', kind: 'MP3 audio' };
  if (ascii(bytes, 'OggS')) return { mime: 'audio/ogg', kind: 'Ogg audio' };
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeOrZip(bytes);
  return sniffText(bytes);
}

/** DOCX, XLSX and PPTX are ZIP files whose first entries name their part folders. */
function officeOrZip(bytes: Uint8Array): Sniffed {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
  if (head.includes('word/')) return { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', kind: 'Word document' };
  if (head.includes('xl/')) return { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', kind: 'Excel workbook' };
  if (head.includes('ppt/')) return { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', kind: 'PowerPoint deck' };
  if (head.startsWith('PK\x03\x04') && head.slice(30, 38) === 'mimetype' && head.includes('opendocument')) return { mime: 'application/vnd.oasis.opendocument', kind: 'OpenDocument file' };
  return { mime: 'application/zip', kind: 'ZIP archive' };
}

/**
 * Text is valid UTF-8 without NUL bytes. HTML and SVG are kept as evidence but
 * typed as plain text: they are never rendered, only given back as files.
 */
function sniffText(bytes: Uint8Array): Sniffed | null {
  if (bytes.length === 0) return null;
  const sample = bytes.subarray(0, Math.min(bytes.length, 64 * 1024));
  if (sample.includes(0)) return null;
  let text: string;
  try {
    // A cut in the middle of a multi-byte character at the sample's end is not an error.
    text = new TextDecoder('utf-8', { fatal: true }).decode(sample.length < bytes.length ? trimPartial(sample) : sample);
  } catch {
    return null;
  }
  if (/^#!|^MZ/.test(text)) return null; // scripts and executables
  const start = text.replace(/^\uFEFF/, '').trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return { mime: 'text/plain', kind: 'HTML page (as text)' };
  if (start.startsWith('{') || start.startsWith('[')) return { mime: 'application/json', kind: 'JSON' };
  return { mime: 'text/plain', kind: 'Text' };
}

function trimPartial(b: Uint8Array): Uint8Array {
  const end = b.length;
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const byte = b[end - i]!;
    if ((byte & 0xc0) === 0xc0) return b.subarray(0, end - i); // a lead byte whose continuation was cut
    if ((byte & 0xc0) !== 0x80) break;
  }
  return b;
}
