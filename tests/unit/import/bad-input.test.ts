import { describe, expect, it } from 'vitest';
import { ImportError, MAX_IMPORT_BYTES, importArticle, type ImportInput } from '../../../src/node/import';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a1c5d1d80000000049454e44ae426082', 'hex');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);

async function failure(input: ImportInput): Promise<ImportError> {
  try {
    await importArticle(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error(`importing ${JSON.stringify(input).slice(0, 80)} should have failed`);
}

const file = (name: string, bytes: Uint8Array | string): ImportInput => ({ kind: 'file', name, bytes: typeof bytes === 'string' ? Buffer.from(bytes) : bytes });

describe('bad input: one clear line and a code, never a crash', () => {
  const cases: [string, ImportInput, string, RegExp][] = [
    ['an empty file', file('empty.txt', ''), 'empty', /^empty\.txt is empty\.$/u],
    ['a file of blank lines', file('blank.txt', ' \n\n\t\n'), 'empty', /^blank\.txt is empty\.$/u],
    ['empty pasted text', { kind: 'text', text: '   \n  ' }, 'empty', /^The article is empty\.$/u],
    ['a PNG renamed .txt', file('article.txt', PNG), 'binary', /^article\.txt is a PNG image, not text\.$/u],
    ['binary data under a text name', file('data.txt', Buffer.from([0x41, 0x00, 0x01, 0x02, 0x00, 0x9c, 0x00, 0x00, 0x05, 0x42, 0x03])), 'binary', /binary data, not text/u],
    ['a file over 20 MB', file('huge.txt', Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x61)), 'too-large', /^huge\.txt is 20\.1 MB; the limit is 20\.0 MB\.$/u],
    ['pasted text over 20 MB', { kind: 'text', text: 'a'.repeat(MAX_IMPORT_BYTES + 1) }, 'too-large', /^The text is 20\.1 MB; the limit is 20\.0 MB\.$/u],
    ['a page with no article', file('menu.html', '<!doctype html><html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>'), 'no-article', /^No article found in menu\.html/u],
    ['text that is only page furniture', { kind: 'text', text: 'Share\n\nFacebook\n\nTwitter\n\nRead more\n' }, 'no-article', /^No article text found in the pasted text/u],
    ['a picture', file('photo.jpg', JPEG), 'unsupported', /^\.jpg files are not articles/u],
    ['an old Word file', file('memo.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])), 'unsupported', /save it as \.docx/u],
    ['a file named .docx that is not one', file('fake.docx', 'hello'), 'unsupported', /^fake\.docx is named \.docx but is not a Word document\.$/u],
    ['a file named .pdf that is not one', file('fake.pdf', 'hello'), 'unsupported', /^fake\.pdf is named \.pdf but is not a PDF file\.$/u],
    ['a broken PDF', file('broken.pdf', '%PDF-1.7\n%garbage with no objects\n'), 'unsupported', /^broken\.pdf could not be read as a PDF/u],
  ];
  for (const [what, input, code, message] of cases) {
    it(what, async () => {
      const error = await failure(input);
      expect(error.code).toBe(code);
      expect(error.message).toMatch(message);
      expect(error.message).not.toContain('\n');
    });
  }
});
