import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../../src/core/report/csv';
import type { ReportInput } from '../../../src/core/report/input';
import { selectClaims } from '../../../src/core/report/view';
import { FORMULA, hostileInput } from '../../fixtures/report/hostile';
import { kimPutinInput } from '../../fixtures/report/kim-putin';
import { text } from './render';

/** What a cell must read back as: the text, with an apostrophe before a formula-looking start. */
const neutralised = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

function parse(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv, { header: false, skipEmptyLines: false });
  expect(result.errors).toEqual([]);
  // RFC 4180 ends every record with CRLF; papaparse reads the final one as an empty row.
  const rows = result.data;
  expect(rows.at(-1)).toEqual(['']);
  return rows.slice(0, -1);
}

/** Every claim–source pair of the input, as the CSV documents it (a claim without source: one row). */
function expectedRows(input: ReportInput): Record<string, string>[] {
  return selectClaims(input).flatMap((c) => {
    const claimPart = { claim_id: c.id, claim_text: c.text, speaker: c.speaker ?? '', rationale: c.rationale, verdict_id: c.verdict ?? '' };
    if (c.sources.length === 0) return [{ ...claimPart, source_number: '', source_title: '', source_url: '', source_excerpt: '', source_note: '', source_publisher: '' }];
    return c.sources.map((s, i) => ({
      ...claimPart,
      source_number: String(i + 1),
      source_title: s.title,
      source_url: s.url,
      source_excerpt: s.excerpt,
      source_note: s.note,
      source_publisher: s.publisher,
    }));
  });
}

describe('CSV report read back by papaparse', () => {
  for (const [name, input] of [['Kim–Putin', kimPutinInput('fr')], ['hostile', hostileInput('en')]] as const) {
    it(`round-trips every field of the ${name} review, one row per claim–source pair, all rows as wide as the header`, async () => {
      const csv = await text(input, 'csv');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv.endsWith('\r\n')).toBe(true);
      const rows = parse(csv.slice(1));
      const [header, ...data] = rows;
      expect(header).toEqual([...CSV_COLUMNS]);
      for (const r of data) expect(r).toHaveLength(CSV_COLUMNS.length);
      const records = data.map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i] ?? ''])));
      const expected = expectedRows(input);
      expect(records).toHaveLength(expected.length);
      expected.forEach((e, i) => {
        for (const [k, v] of Object.entries(e)) {
          // Control characters other than tab/CR/LF are dropped from every export.
          expect(records[i]?.[k], `${k} of row ${i + 1}`).toBe(neutralised(v.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe]/g, '')));
        }
      });
    });
  }

  it('keeps accents, and commas, quotes and newlines inside one field', async () => {
    const rows = parse((await text(hostileInput('en'), 'csv')).slice(1));
    const rationale = rows[1]?.[CSV_COLUMNS.indexOf('rationale')] ?? '';
    expect(rationale).toContain('Line one, with "quotes", commas;\nline two\r\nline three,');
    const fr = parse((await text(kimPutinInput('fr'), 'csv')).slice(1));
    expect(fr[1]?.[CSV_COLUMNS.indexOf('verdict')]).toBe('Vérifié');
  });

  it('neutralises formulas: no cell starts with =, +, -, @, tab or CR', async () => {
    const rows = parse((await text(hostileInput('en'), 'csv')).slice(1));
    for (const r of rows) for (const cell of r) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    const titles = rows.map((r) => r[CSV_COLUMNS.indexOf('source_title')]);
    expect(titles).toContain(`'${FORMULA}`);
    expect(rows.map((r) => r[CSV_COLUMNS.indexOf('source_publisher')])).toContain("'+SUM(1,2)");
  });
});
