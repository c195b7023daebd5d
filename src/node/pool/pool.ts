import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { ApiError } from '../../contract/envelope';
import { ImportError, type ImportInput, type ImportProgress } from '../import';
import type { HeavyWork } from './heavy-work';
import type { ImportOutcome, ProgressMessage, ReportOutcome, WorkTask } from './protocol';

/** Where a worker's code is, and the Node options its thread starts with (default: the process's own). */
export interface WorkerFile {
  filename: string;
  execArgv?: string[];
}

export interface WorkPoolOptions {
  /** Threads at most (default: `FACTBENCH_WORKERS`, else one fewer than the cores, at least 1). */
  threads?: number;
  /** Heap limit of a worker in MB (default: `FACTBENCH_WORKER_MEMORY_MB`, else 2048): past it the worker is replaced and its call fails. */
  memoryMb?: number;
  /** Default: the worker beside this module (built) or its TypeScript source run through tsx. */
  worker?: WorkerFile;
  /** Told about a worker that failed outside any call (it could not start, say). */
  onError?: (error: unknown) => void;
}

/** The work pool's size on this machine: one core is left to the thread that answers requests. */
export function defaultThreads(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.FACTBENCH_WORKERS);
  if (Number.isInteger(configured) && configured >= 1) return configured;
  return Math.max(1, os.availableParallelism() - 1);
}

/**
 * The worker code for a runtime whose entry module is `entryUrl`: from sources
 * (tsx, vitest), `worker.ts` through worker-source.mjs, which loads tsx in the thread; from a build (electron-vite's
 * out/main, the command line's out/cli), the `work-worker.js` the build emitted
 * beside the entry.
 */
export function workerBeside(entryUrl: string): WorkerFile {
  if (entryUrl.endsWith('.ts')) return sourceWorker();
  return { filename: path.join(path.dirname(fileURLToPath(entryUrl)), 'work-worker.js') };
}

/** worker-source.mjs registers tsx in the worker thread itself; tsx's own process flags are left out (they would load the worker as CommonJS). */
function sourceWorker(): WorkerFile {
  return { filename: fileURLToPath(new URL('./worker-source.mjs', import.meta.url)), execArgv: [] };
}

/**
 * Heavy work on worker threads (Piscina): an import or a report never holds up the
 * thread that answers other calls. Progress comes back on a message channel per
 * task; bad input comes back as data and is rethrown as the same `ImportError`; a
 * worker that dies (out of memory, a crash) is replaced and its call fails as an
 * `internal` error that says nothing was changed.
 */
export function createWorkPool(options: WorkPoolOptions = {}): HeavyWork & { readonly threads: number } {
  const worker = options.worker ?? workerBeside(import.meta.url);
  const threads = options.threads ?? defaultThreads();
  const pool = new Piscina<WorkTask, unknown>({
    filename: worker.filename,
    execArgv: worker.execArgv,
    minThreads: 0,
    maxThreads: threads,
    // A worker costs start-up time (its modules) and memory: kept a minute after its last task.
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: options.memoryMb ?? defaultMemoryMb() },
  });
  pool.on('error', (error: unknown) => (options.onError ?? logWorkerError)(error));

  return {
    threads,
    async importArticle(input, progress) {
      const channel = new MessageChannel();
      channel.port1.on('message', (m: ProgressMessage) => progress(m.stage, m.fraction));
      const sent = transferable(input);
      let outcome: ImportOutcome;
      try {
        outcome = (await pool.run({ kind: 'import', input: sent.input, progress: channel.port2 }, { transferList: [channel.port2, ...sent.buffers] })) as ImportOutcome;
      } catch (error) {
        throw asCrash(error, 'internal', 'import');
      } finally {
        // Progress posted before the result may still wait in the channel: delivered now, in order, then closed.
        drain(channel.port1, progress);
      }
      if (!outcome.ok) throw new ImportError(outcome.failed.code, outcome.failed.text.key, outcome.failed.text.params, outcome.failed.detail);
      const original = outcome.article.original ?? (input.kind === 'text' ? input.text : '');
      return { article: { ...outcome.article, original }, claims: outcome.claims, bytes: outcome.bytes };
    },
    async renderReport(input, format) {
      try {
        return ((await pool.run({ kind: 'report', input, format })) as ReportOutcome).report;
      } catch (error) {
        throw asCrash(error, 'export-failed', 'export');
      }
    },
    close: () => pool.destroy(),
  };
}

function defaultMemoryMb(): number {
  const configured = Number(process.env.FACTBENCH_WORKER_MEMORY_MB);
  return Number.isInteger(configured) && configured >= 64 ? configured : 2048;
}

/** A file's bytes go to the worker transferred, not copied, when they own their whole buffer (they come back with the result). */
function transferable(input: ImportInput): { input: ImportInput; buffers: ArrayBuffer[] } {
  if (input.kind !== 'file') return { input, buffers: [] };
  const { bytes } = input;
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  const own = whole ? bytes : bytes.slice();
  return { input: { ...input, bytes: own }, buffers: [own.buffer as ArrayBuffer] };
}

function drain(port: MessagePort, progress: ImportProgress): void {
  for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
    const { stage, fraction } = m.message as ProgressMessage;
    progress(stage, fraction);
  }
  port.close();
}

/**
 * A worker that died under a call (out of memory, a crash): logged, and the call fails as data
 * saying nothing was changed. An error the task threw comes through as it would in process.
 */
function asCrash(error: unknown, code: 'internal' | 'export-failed', what: string): unknown {
  const workerCode = String((error as { code?: unknown } | null)?.code ?? '');
  const died = workerCode.startsWith('ERR_WORKER') || (error instanceof Error && error.message.startsWith('worker exited'));
  if (!died) return error;
  logWorkerError(error);
  const why = workerCode === 'ERR_WORKER_OUT_OF_MEMORY' ? 'it ran out of memory' : 'its worker stopped';
  return new ApiError(code, `The ${what} could not finish (${why}); nothing was changed.`);
}

function logWorkerError(error: unknown): void {
  console.error('[factbench] worker:', error);
}
