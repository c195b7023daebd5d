import type { Handlers } from '../../contract/dispatcher';
import { ArticlesRepo } from '../db/articles-repo';
import { ClaimsRepo } from '../db/claims-repo';
import { EventsRepo } from '../db/events-repo';
import type { Workspace } from '../db/open';
import { SettingsRepo } from '../db/settings-repo';
import { SourcesRepo } from '../db/sources-repo';
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

/** What every handler group works with: one workspace file, its repositories, and the runtime's printers. */
export interface ServiceContext {
  workspace: Workspace;
  articles: ArticlesRepo;
  claims: ClaimsRepo;
  sources: SourcesRepo;
  events: EventsRepo;
  settings: SettingsRepo;
  deps: ServiceDeps;
  work: HeavyWork;
  /** Runs `fn` in one transaction: nothing is half-saved. */
  tx<T>(fn: () => T): T;
}

export function createServiceContext(workspace: Workspace, deps: ServiceDeps = {}): ServiceContext {
  const { db } = workspace;
  return {
    workspace,
    articles: new ArticlesRepo(db),
    claims: new ClaimsRepo(db),
    sources: new SourcesRepo(db),
    events: new EventsRepo(db),
    settings: new SettingsRepo(db),
    deps,
    work: deps.work ?? inProcessWork,
    // IMMEDIATE: take the write lock up front (waiting out busy_timeout), so a read-then-write transaction never
    // fails with SQLITE_BUSY when another process (the command line) committed in between.
    tx: (fn) => db.transaction(fn).immediate(),
  };
}

/** The handler table for every method of the contract, bound to one workspace. */
export function createHandlers(workspace: Workspace, deps: ServiceDeps = {}): Handlers {
  const ctx = createServiceContext(workspace, deps);
  return {
    'app.info': () => ({ version: APP_VERSION, schemaVersion: workspace.schemaVersion, databasePath: workspace.path }),
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
