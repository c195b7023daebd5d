/**
 * The worker thread's entry (Piscina loads it; electron-vite and the command-line
 * build emit it as work-worker.js beside their entry). Nothing here touches storage.
 */
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { ImportError } from '../import';
import type { ImportOutcome, ProgressMessage, ReportOutcome, WorkTask } from './protocol';
import { importAndDetect, renderReportWork } from './tasks';

export default async function run(task: WorkTask): Promise<unknown> {
  if (task.kind === 'report') {
    const report = await renderReportWork(task.input, task.format);
    const outcome: ReportOutcome = { ok: true, report };
    return 'bytes' in report ? moved(outcome, [report.bytes]) : outcome;
  }
  const { input, progress } = task;
  try {
    const { article, detected, bytes } = await importAndDetect(input, (stage, fraction) => progress.postMessage({ stage, fraction } satisfies ProgressMessage));
    const original = input.kind === 'text' && article.original === input.text ? null : article.original;
    const outcome: ImportOutcome = { ok: true, article: { ...article, original }, detected, bytes };
    return moved(outcome, bytes ? [bytes] : []);
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, failed: { code: error.code, message: error.message } } satisfies ImportOutcome;
    throw error;
  } finally {
    progress.close();
  }
}

/** The value, with the buffers of `views` transferred rather than copied. */
function moved(value: unknown, views: Uint8Array[]): unknown {
  const buffers = [...new Set(views.map((v) => v.buffer))];
  return buffers.length === 0 ? value : move({ [transferableSymbol]: buffers, [valueSymbol]: value } as never);
}
