import type { Message } from '../../core/i18n';
import type { MessagePort } from 'node:worker_threads';
import type { CleanedArticle } from '../../core/model';
import type { RenderedReport, ReportInput } from '../../core/report';
import type { ImportErrorCode, ImportInput } from '../import';
import type { ClaimBatch } from './claim-batch';
import type { TextReportFormat } from './tasks';

/** What the pool sends a worker. `progress` is the worker's end of a channel the pool listens on. */
export type WorkTask = { kind: 'import'; input: ImportInput; progress: MessagePort } | { kind: 'report'; input: ReportInput; format: TextReportFormat };

/** A progress report, posted on the task's channel. */
export interface ProgressMessage {
  stage: string;
  fraction: number;
}

/**
 * What comes back. Bad input is data (`failed`), so the main thread rethrows the same
 * `ImportError` an in-process import throws. `original` is null when it is the text
 * the caller sent (a pasted article): the caller has it already, so 20 MB are not
 * copied back across the thread boundary; a file's bytes are handed back (transferred,
 * not copied) for the snapshot.
 */
export type ImportOutcome =
  | { ok: true; article: Omit<CleanedArticle, 'original'> & { original: string | null }; claims: ClaimBatch; bytes: Uint8Array | null }
  | { ok: false; failed: { code: ImportErrorCode; text: Message; detail?: string } };

export type ReportOutcome = { ok: true; report: RenderedReport };
