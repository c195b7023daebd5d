import fs from 'node:fs';
import path from 'node:path';
import { createApi, type Api } from '../../src/node/api';
import { exportWorkspace, maybeAutoBackup, openExistingWorkspace, restoreWorkspace, type RestoreResult } from '../../src/node/db/backup';
import { openWorkspace, type Workspace } from '../../src/node/db/open';
import { withExternalChanges } from '../../src/node/services/external-changes';
import type { ServiceDeps } from '../../src/node/services/workspace-services';

/** How often the running app checks whether a rolling backup is due (the backup itself is taken every 6 hours). */
const AUTO_BACKUP_CHECK_MS = 30 * 60 * 1000;

/**
 * The open workspace of the desktop app and what the File menu does with it:
 * open another, export a copy, restore a backup, and keep rolling backups in the
 * data folder. The API object is replaced when the workspace changes.
 */
export class DesktopWorkspace {
  private current: { workspace: Workspace; api: Api & { stop(): void }; unsubscribe: () => void } | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly userData: string,
    private readonly deps: ServiceDeps,
    private readonly nativeBinding: string | undefined,
    private readonly onEvent: Parameters<Api['subscribe']>[0],
  ) {}

  get api(): Api | null {
    return this.current?.api ?? null;
  }

  get path(): string | null {
    return this.current?.workspace.path ?? null;
  }

  get defaultPath(): string {
    return path.join(this.userData, 'factbench.db');
  }

  /** At start-up: the workspace opened last, else the default one in the data folder. */
  openAtStart(): void {
    const last = this.lastOpened();
    if (last && last !== this.defaultPath && fs.existsSync(last)) {
      try {
        return this.use(openExistingWorkspace(last, this.options()));
      } catch {
        // The file moved or went bad since: fall back to the default workspace, which is never lost.
      }
    }
    this.use(openWorkspace(this.defaultPath, this.options()));
  }

  /** `Open workspace…`: the file is checked first; a newer or damaged file is refused untouched and the current one stays open. */
  open(file: string): void {
    const next = openExistingWorkspace(file, this.options());
    this.use(next);
  }

  /** `Export workspace…`: a consistent copy through the backup API. */
  async exportTo(file: string): Promise<{ path: string; bytes: number }> {
    return exportWorkspace(this.require().db, file);
  }

  /** `Restore from backup…`: the current state is kept as a pre-restore backup first. */
  async restoreFrom(file: string): Promise<RestoreResult> {
    return restoreWorkspace(this.require(), file);
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.current) {
      this.current.unsubscribe();
      this.current.api.stop();
      void this.current.workspace.close();
      this.current = null;
    }
  }

  private use(workspace: Workspace): void {
    this.close();
    // Commits by other connections (the command line on the same file) reach the window as `changed` events.
    const api = withExternalChanges(createApi(workspace, this.deps), workspace);
    this.current = { workspace, api, unsubscribe: api.subscribe(this.onEvent) };
    this.remember(workspace.path);
    const backup = () => void maybeAutoBackup(workspace.db).catch((error: unknown) => console.error('[factbench] automatic backup failed:', error));
    backup();
    this.timer = setInterval(backup, AUTO_BACKUP_CHECK_MS);
    this.timer.unref();
  }

  private require(): Workspace {
    if (!this.current) throw new Error('No workspace is open.');
    return this.current.workspace;
  }

  private options() {
    return this.nativeBinding ? { nativeBinding: this.nativeBinding } : {};
  }

  private get stateFile(): string {
    return path.join(this.userData, 'workspace.json');
  }

  private lastOpened(): string | null {
    try {
      const { path: p } = JSON.parse(fs.readFileSync(this.stateFile, 'utf8')) as { path?: unknown };
      return typeof p === 'string' ? p : null;
    } catch {
      return null;
    }
  }

  private remember(file: string): void {
    fs.writeFileSync(this.stateFile, JSON.stringify({ path: file }));
  }
}
