// Test helper: render a format and return its text or bytes.
import { renderReport } from '../../../src/core/report/index';
import type { ReportInput } from '../../../src/core/report/input';

export async function text(input: ReportInput, format: 'html' | 'md' | 'csv' | 'json' | 'claimreview'): Promise<string> {
  const r = await renderReport(input, format);
  if (!('text' in r)) throw new Error(`${format} should be text`);
  return r.text;
}

export async function bytes(input: ReportInput, format: 'docx'): Promise<Uint8Array> {
  const r = await renderReport(input, format);
  if (!('bytes' in r)) throw new Error(`${format} should be bytes`);
  return r.bytes;
}
