import mammoth from 'mammoth';
import type { Unit } from '../../core/cleaning/index';
import { htmlUnits } from './html-blocks';
import { sanitizeToElement } from './html';

/**
 * A Word document → units. Mammoth turns styles into HTML (Heading 1 → h1,
 * lists, quotes); paragraphs stay flat text for the cleaner, as wire copy pasted
 * into Word is, and an empty paragraph is a blank line.
 */
export async function docxUnits(bytes: Uint8Array): Promise<{ units: Unit[]; warnings: string[] }> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const result = await mammoth.convertToHtml({ buffer }, { ignoreEmptyParagraphs: false });
  const warnings = result.messages
    .filter((m) => m.type === 'error')
    .map((m) => `Word document: ${m.message}`);
  return { units: htmlUnits(sanitizeToElement(result.value), { collapseSpaces: false, flatParagraphs: true }), warnings };
}
