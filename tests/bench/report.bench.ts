/**
 * Report floor of DESIGN.md: a review of 1,000 claims rendered as HTML,
 * Markdown, CSV and ClaimReview, each against JSON.stringify of the same
 * ReportInput (goal ≤ 5×), measured in the same run. Floor and work runs
 * alternate, so both see the same heap and the same load from the other core;
 * each side keeps its best run.
 *
 * Both results are read once in the middle, which makes V8 flatten the string
 * (JSON.stringify's result is a rope too: reading it costs about twice the
 * stringify itself). That is what writing either to a file does, so the BENCH
 * ratio compares materialised strings; the line after each gives the ratio
 * without that read, against the bare JSON.stringify call, for the record.
 * JSON and DOCX are printed for information.
 */
import { renderReport } from '../../src/core/report/index';
import type { ReportFormat } from '../../src/core/report/input';
import { largeInput } from '../fixtures/report/large';
import { report } from './measure';

const N = 1000;
const RUNS = 15;
const input = largeInput(N);

function touch(text: string): number {
  return text.charCodeAt(text.length >> 1);
}

async function compare(format: Exclude<ReportFormat, 'pdf' | 'docx'>, runs: number, read = true) {
  let floor = Infinity;
  let work = Infinity;
  let size = 0;
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    const json = JSON.stringify(input);
    if (read) touch(json);
    floor = Math.min(floor, performance.now() - t0);
    t0 = performance.now();
    const r = await renderReport(input, format);
    if ('text' in r) {
      if (read) touch(r.text);
      size = r.text.length;
    }
    work = Math.min(work, performance.now() - t0);
  }
  return { floor, work, size };
}

// Warm both sides once (JIT, i18next instances, month names) before timing.
for (const f of ['html', 'md', 'csv', 'claimreview', 'json'] as const) await compare(f, 2);

for (const format of ['html', 'md', 'csv', 'claimreview'] as const) {
  const { floor, work, size } = await compare(format, RUNS);
  report(`report-${format}`, work, floor, 5, `(${N} claims, ${(size / 1024).toFixed(0)} KiB)`);
  const raw = await compare(format, RUNS, false);
  console.log(`report-${format} without reading the strings: ${(raw.work / raw.floor).toFixed(2)}x (work ${raw.work.toFixed(1)} ms, floor ${raw.floor.toFixed(1)} ms)`);
}
const json = await compare('json', RUNS);
console.log(`report-json (info): ${json.work.toFixed(1)} ms, ${(json.work / json.floor).toFixed(2)}x the floor`);
const t0 = performance.now();
const docx = await renderReport(input, 'docx');
const docxMs = performance.now() - t0;
console.log(`report-docx (info): ${docxMs.toFixed(0)} ms for ${N} claims, ${'bytes' in docx ? (docx.bytes.byteLength / 1024).toFixed(0) : '?'} KiB`);
