import type { Handlers, HandlerContext } from '../../contract/dispatcher';
import type { ApiEvent } from '../../contract/envelope';
import type { Repos, Store } from '../db/port';
import { articleHandlers } from './articles';
import { backupHandlers } from './backup';
import { claimHandlers } from './claims';
import { editingHandlers } from './editing';
import { reportHandlers } from './reports';
import { searchHandlers } from './search';
import { settingsHandlers } from './settings';
import { sourceHandlers } from './sources';
import { libraryHandlers } from './library';
import { attachmentHandlers } from './attachments';
import { speakerHandlers } from './speakers';
import { verdictScaleHandlers } from './verdict-scales';
import { uiStateHandlers } from './ui-state';
import { pastCheckHandlers } from './past-checks';
import { APP_VERSION } from '../version';
import { inProcessWork, type HeavyWork } from '../pool/heavy-work';

/** Prints a self-contained HTML page to PDF (Chromium on the command line and in the browser mode, printToPDF in Electron). */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

export interface ServiceDeps {
  renderPdf?: PdfPrinter;
  /**
   * Where imports and reports are worked out: a worker pool (createWorkPool) in every
   * runtime that serves users; in process when not given (one-shot command-line runs, tests).
   */
  work?: HeavyWork;
}

/** The repositories of one transaction, and `emit`, whose events reach the caller once the transaction has committed. */
export type TxScope = Repos & { emit(event: ApiEvent): void };

/**
 * What every handler group works with: the workspace's storage port (never
 * an engine), its repositories for reads outside a transaction, and the
 * runtime's printers.
 */
export interface ServiceContext extends Repos {
  store: Store;
  deps: ServiceDeps;
  work: HeavyWork;
  /**
   * Runs `fn` in one transaction: nothing is half-saved. Gather inputs first
   * (see Store.transaction); `fn` may run more than once on PostgreSQL, so
   * it announces changes with `t.emit`, delivered after the commit.
   */
  tx<T>(ctx: HandlerContext, fn: (t: TxScope) => Promise<T>): Promise<T>;
}

export function createServiceContext(store: Store, deps: ServiceDeps = {}): ServiceContext {
  return {
    ...store.repos,
    store,
    deps,
    work: deps.work ?? inProcessWork,
    async tx(ctx, fn) {
      let events: ApiEvent[] = [];
      const out = await store.transaction((repos) => {
        events = [];
        return fn({ ...repos, emit: (event) => events.push(event) });
      });
      for (const event of events) ctx.emit(event, true);
      return out;
    },
  };
}

/** The handler table for every method of the contract, bound to one workspace. */
export function createHandlers(store: Store, deps: ServiceDeps = {}): Handlers {
  const ctx = createServiceContext(store, deps);
  return {
    'app.info': () => ({ version: APP_VERSION, schemaVersion: store.schemaVersion, databasePath: store.location }),
    ...articleHandlers(ctx),
    ...claimHandlers(ctx),
    ...editingHandlers(ctx),
    ...sourceHandlers(ctx),
    ...reportHandlers(ctx),
    ...searchHandlers(ctx),
    ...settingsHandlers(ctx),
    ...libraryHandlers(ctx),
    ...attachmentHandlers(ctx),
    ...speakerHandlers(ctx),
    ...verdictScaleHandlers(ctx),
    ...uiStateHandlers(ctx),
    ...pastCheckHandlers(ctx),
    ...backupHandlers(ctx),
  };
}
