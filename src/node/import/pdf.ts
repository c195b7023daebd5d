import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Unit } from '../../core/cleaning/index';
import type { ImportProgress } from './progress';

/** A line of text on a page: its items joined, with its baseline and font size. */
interface PdfLine {
  text: string;
  y: number;
  size: number;
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
}

function isTextItem(item: unknown): item is TextItemLike {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

/** Items on one baseline, left to right, with a space where the gap between them is one. */
function pageLines(items: TextItemLike[]): PdfLine[] {
  const sorted = items
    .filter((i) => i.str !== '')
    .map((i) => ({ ...i, x: i.transform[4] ?? 0, y: i.transform[5] ?? 0, size: Math.hypot(i.transform[2] ?? 0, i.transform[3] ?? 0) || 10 }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; parts: typeof sorted }[] = [];
  for (const item of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - item.y) <= Math.max(last.size, item.size) * 0.3) {
      last.parts.push(item);
      last.size = Math.max(last.size, item.size);
    } else {
      lines.push({ y: item.y, size: item.size, parts: [item] });
    }
  }
  return lines.map((line) => {
    line.parts.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const p of line.parts) {
      const gap = p.x - end;
      if (text && gap > p.size * 0.15 && !text.endsWith(' ') && !p.str.startsWith(' ')) text += ' ';
      text += p.str;
      end = p.x + p.width;
    }
    return { text: text.replace(/\s+/gu, ' ').trim(), y: line.y, size: line.size };
  });
}

/**
 * The gap between two baselines, in font sizes, tells what separates the lines:
 * a wrapped line of the same paragraph (about one line height), the next
 * paragraph (a little more), or a blank line (much more).
 */
const SAME_PARAGRAPH = 1.6;
const SAME_GROUP = 2.45;

/**
 * A PDF's text layer → units of flat text, paragraphs rebuilt from line positions.
 * Throws nothing for a PDF without text: it returns no units, and the caller says so.
 */
export async function pdfUnits(bytes: Uint8Array, progress?: ImportProgress): Promise<Unit[]> {
  // pdf.js takes ownership of the buffer it is given: pass a copy.
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  const units: Unit[] = [];
  let group = 0;
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const lines = pageLines((content.items as unknown[]).filter(isTextItem));
      let previous: PdfLine | null = null;
      for (const line of lines) {
        if (!line.text) continue;
        const last = units[units.length - 1];
        const gap = previous ? (previous.y - line.y) / Math.max(previous.size, line.size) : Infinity;
        // Across a page break a paragraph goes on when it had not ended and the next line does not start a sentence.
        const continues = previous
          ? gap <= SAME_PARAGRAPH
          : last !== undefined && !/[.!?…:»"”]$/u.test(last.text) && /^\p{Ll}/u.test(line.text);
        if (last && continues) {
          last.text += last.text.endsWith('-') ? line.text : ` ${line.text}`;
        } else {
          if (previous && gap > SAME_GROUP) group++;
          if (!previous && n > 1) group++;
          units.push({ text: line.text, kind: null, group });
        }
        previous = line;
      }
      page.cleanup();
      progress?.('extract', n / doc.numPages);
    }
  } finally {
    await task.destroy();
  }
  return units;
}
