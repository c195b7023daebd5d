/**
 * The worker thread's entry (Piscina loads it; electron-vite and the command-line
 * build emit it as work-worker.js beside their entry). Nothing here touches storage.
 */
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { ImportError } from '../import';
import type { ImportOutcome, ProgressMessage, ReportOutcome, WorkTask } from './protocol';
import { batchBuffers } from './claim-batch';
import { importAndDetect, renderReportWork } from './tasks';

export default async function run(task: WorkTask): Promise<unknown> {
  if (task.kind === 'report') {
    const report = await renderReportWork(task.input, task.format);
    const outcome: ReportOutcome = { ok: true, report };
    return 'bytes' in report ? moved(outcome, [report.bytes.buffer]) : outcome;
  }
  const { input, progress } = task;
  try {
    const { article, claims, bytes } = await importAndDetect(input, (stage, fraction) => progress.postMessage({ stage, fraction } satisfies ProgressMessage));
    const original = input.kind === 'text' && article.original === input.text ? null : article.original;
    const outcome: ImportOutcome = { ok: true, article: { ...article, original }, claims, bytes };
    return moved(outcome, [...(bytes ? [bytes.buffer] : []), ...batchBuffers(claims)]);
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, failed: { code: error.code, text: error.text, ...(error.detail ? { detail: error.detail } : {}) } } satisfies ImportOutcome;
    throw error;
  } finally {
    progress.close();
  }
}

/** The value, with `buffers` handed over to the other thread rather than copied. */
function moved(value: unknown, buffers: ArrayBufferLike[]): unknown {
  const distinct = [...new Set(buffers)];
  return distinct.length === 0 ? value : move({ [transferableSymbol]: distinct, [valueSymbol]: value } as never);
}
