import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CleanedArticle } from '../../../src/core/model';
import { importArticle } from '../../../src/node/import';
import { FIXTURES, REFERENCE, readText } from './helpers';

// The reference article in every form a fact-checker receives it. The DOCX and PDF were made with real tools
// by tests/fixtures/import/make-reference-documents.ts (the `docx` package; Chromium's print to PDF).
const text = readText(REFERENCE);
const fixture = (ext: string) => path.join(FIXTURES, `ats-2023-09-13-kim-putin.fr.${ext}`);
const kinds = (a: CleanedArticle) => a.folded.map((f) => f.kind).sort();

describe('the reference article from every source imports to the same body', () => {
  let pasted: CleanedArticle;
  beforeAll(async () => {
    pasted = await importArticle({ kind: 'text', text });
  });

  const sameArticle = (a: CleanedArticle) => {
    expect(a.body).toBe(pasted.body);
    expect(a.meta).toEqual(pasted.meta);
    expect(kinds(a)).toEqual(kinds(pasted));
  };

  it('a .txt file (UTF-8)', async () => {
    const a = await importArticle({ kind: 'file', name: 'kim-putin.txt', bytes: Buffer.from(text, 'utf8') });
    sameArticle(a);
    expect(a.original).toBe(text);
    expect(a.warnings).toEqual([]);
  });

  it('UTF-8 with a byte-order mark', async () => {
    const a = await importArticle({ kind: 'file', name: 'kim-putin.txt', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]) });
    sameArticle(a);
    expect(a.original).toBe(text);
  });

  it('UTF-16 little- and big-endian with a byte-order mark', async () => {
    for (const encoding of ['utf-16le', 'utf-16be']) {
      const bytes = iconv.encode(text, encoding, { addBOM: true });
      const a = await importArticle({ kind: 'file', name: 'kim-putin.txt', bytes });
      sameArticle(a);
      expect(a.original).toBe(text);
    }
  });

  it('Windows-1252, detected and converted, with a note saying so', async () => {
    const bytes = iconv.encode(text, 'windows-1252');
    expect(bytes.includes(0xab)).toBe(true); // « as one byte: really not UTF-8
    const a = await importArticle({ kind: 'file', name: 'kim-putin.txt', bytes });
    sameArticle(a);
    expect(a.original).toBe(text);
    expect(a.warnings.join(' ')).toMatch(/not UTF-8.*windows-1252/u);
  });

  it('invalid bytes in UTF-8 are replaced and reported, not fatal', async () => {
    const utf8 = Buffer.from(text, 'utf8');
    const at = utf8.indexOf(Buffer.from('Washington craint'));
    const bytes = Buffer.concat([utf8.subarray(0, at), Buffer.from([0xff, 0xfe, 0x20]), utf8.subarray(at)]);
    const a = await importArticle({ kind: 'file', name: 'kim-putin.txt', bytes });
    expect(a.warnings).toContain('2 invalid byte sequences were replaced with �.');
    expect(a.body).toContain('\ufffd\ufffd Washington craint');
    expect(a.meta.title).toBe(pasted.meta.title);
  });

  it('a Word document (.docx)', async () => {
    const a = await importArticle({ kind: 'file', name: 'kim-putin.docx', bytes: fs.readFileSync(fixture('docx')) });
    sameArticle(a);
    expect(a.blocks).toEqual(pasted.blocks);
  });

  it('a PDF printed by Chromium: paragraphs rebuilt from line positions, wrapped lines joined', async () => {
    const stages: [string, number][] = [];
    const a = await importArticle({ kind: 'file', name: 'kim-putin.pdf', bytes: fs.readFileSync(fixture('pdf')) }, (s, f) => stages.push([s, f]));
    sameArticle(a);
    expect(a.blocks).toEqual(pasted.blocks);
    // Progress goes forward to 1 and ends with the cleaning stage complete.
    expect(stages.map(([, f]) => f)).toEqual([...stages.map(([, f]) => f)].sort((x, y) => x - y));
    expect(stages.at(-1)).toEqual(['clean', 1]);
    expect(stages.some(([s]) => s === 'extract')).toBe(true);
  });

  it('a file named .txt that holds a PDF is read as a PDF', async () => {
    const a = await importArticle({ kind: 'file', name: 'download.txt', bytes: fs.readFileSync(fixture('pdf')) });
    expect(a.body).toBe(pasted.body);
  });

  it('Markdown: headings, quotes and list items become blocks of that kind', async () => {
    const md = '# Council approves the bridge\n\nThe city council approved the new bridge on Monday after a long debate in the chamber.\n\n## What happens next\n\n> The bridge will open in 2027, the mayor said to the press after the vote.\n\n- Work starts in spring\n- Cost: 40 million\n';
    const a = await importArticle({ kind: 'file', name: 'note.md', bytes: Buffer.from(md) });
    expect(a.meta.title).toBe('Council approves the bridge');
    expect(a.blocks.map((b) => [b.kind, a.body.slice(b.start, b.end)])).toEqual([
      ['paragraph', 'The city council approved the new bridge on Monday after a long debate in the chamber.'],
      ['heading', 'What happens next'],
      ['quote', 'The bridge will open in 2027, the mayor said to the press after the vote.'],
      ['list-item', '- Work starts in spring'],
      ['list-item', '- Cost: 40 million'],
    ]);
  });
});
