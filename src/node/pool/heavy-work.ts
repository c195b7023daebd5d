import type { RenderedReport, ReportInput } from '../../core/report';
import type { ImportInput, ImportProgress } from '../import';
import { importAndDetect, renderReportWork, type ImportedArticle, type TextReportFormat } from './tasks';

/**
 * The work kept off the request path: import (decode, extract, clean, detect) and
 * report rendering. The API takes one of these: a worker pool in every runtime
 * that serves users (loopback host, team server, Electron), or the in-process
 * runner where nothing else waits (one-shot command-line runs, unit tests).
 */
export interface HeavyWork {
  /** Bad input rejects with `ImportError`, as the in-process import does. */
  importArticle(input: ImportInput, progress: ImportProgress): Promise<ImportedArticle>;
  renderReport(input: ReportInput, format: TextReportFormat): Promise<RenderedReport>;
  close(): Promise<void>;
}

/** Runs the work on the calling thread. */
export const inProcessWork: HeavyWork = {
  importArticle: importAndDetect,
  renderReport: renderReportWork,
  close: async () => {},
};
