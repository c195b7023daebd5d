import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { APP_VERSION } from '../version';
import { assertNotTooNew, loadMigrations, migrate, type Migration } from './migrate';
import { openWorkspace, type OpenOptions, type Workspace } from './open';
import { migrationsDir } from './paths';

/**
 * Workspace copies: `Export workspace`, `Open workspace`, rolling automatic
 * backups and restore. Every copy goes through SQLite's online backup API
 * (better-sqlite3 `db.backup`), so it is consistent even while the app or the
 * command line writes, and lands under a `.partial` name until complete.
 */

export type BackupReason = 'auto' | 'manual' | 'pre-restore';
export const BACKUP_REASONS: readonly BackupReason[] = ['auto', 'manual', 'pre-restore'];

export interface BackupInfo {
  /** File name inside the backups folder: `<workspace>.<time>.<reason>.db`. */
  name: string;
  path: string;
  createdAt: string;
  reason: BackupReason;
  bytes: number;
}

/**
 * Pages copied per step of the online backup (4 KiB each: 8 MiB). Between steps the
 * event loop runs (the Electron main process keeps answering IPC); better-sqlite3's
 * default of 100 pages made a 40 MB backup 14× slower than copying the file.
 */
const PAGES_PER_STEP = 2048;

/** How many copies of each reason are kept; older ones are deleted. */
export const DEFAULT_KEEP = 10;
/** An automatic backup is taken when the last one is older than this. */
export const DEFAULT_AUTO_INTERVAL_MS = 6 * 60 * 60 * 1000;

export type WorkspaceFileProblem = 'missing' | 'not-sqlite' | 'not-factbench' | 'corrupt' | 'too-new' | 'in-memory';

/** A file that cannot be opened, restored or backed up as a workspace, with a message a user can act on. */
export class WorkspaceFileError extends Error {
  constructor(
    readonly problem: WorkspaceFileProblem,
    message: string,
  ) {
    super(message);
    this.name = 'WorkspaceFileError';
  }
}

/** The tables any Factbench workspace has had since schema 10. */
const REQUIRED_TABLES = ['articles', 'claims', 'claim_anchors', 'sources', 'claim_sources', 'events', 'settings'];

/** Backups live in a `backups` folder beside the workspace: for the app, its data folder. */
export function backupsDirFor(dbPath: string): string {
  return path.join(path.dirname(dbPath), 'backups');
}

function stemOf(dbPath: string): string {
  return path.basename(dbPath).replace(/\.(db|sqlite3?)$/i, '') || 'workspace';
}

const stampOf = (date: Date) => date.toISOString().replace(/[:.]/g, '-');
const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/;

/** Reads `<stem>.<stamp>[-n].<reason>.db`; anything else in the folder is not ours. */
function parseName(stem: string, name: string): { createdAt: string; reason: BackupReason } | null {
  if (!name.startsWith(`${stem}.`) || !name.endsWith('.db')) return null;
  const parts = name.slice(stem.length + 1, -3).split('.');
  if (parts.length !== 2) return null;
  const [stampWithSeq, reason] = parts as [string, string];
  const m = STAMP.exec(stampWithSeq.replace(/_\d+$/, ''));
  if (!m || !(BACKUP_REASONS as readonly string[]).includes(reason)) return null;
  return { createdAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`, reason: reason as BackupReason };
}

/** The backups of one workspace, newest first. */
export function listBackups(dbPath: string, dir = backupsDirFor(dbPath)): BackupInfo[] {
  if (!fs.existsSync(dir)) return [];
  const stem = stemOf(dbPath);
  const out: BackupInfo[] = [];
  for (const name of fs.readdirSync(dir)) {
    const parsed = parseName(stem, name);
    if (!parsed) continue;
    const file = path.join(dir, name);
    out.push({ name, path: file, ...parsed, bytes: fs.statSync(file).size });
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/**
 * A consistent copy of `db` at `dest` through the online backup API: written to
 * `dest.partial`, checked, then renamed, so `dest` is either the old file or a
 * whole new one. Returns its size in bytes.
 */
export async function exportWorkspace(db: Database.Database, dest: string): Promise<{ path: string; bytes: number }> {
  if (!db.name || db.memory) throw new WorkspaceFileError('in-memory', 'An in-memory workspace cannot be copied to a file.');
  const target = path.resolve(dest);
  if (path.resolve(db.name) === target) throw new WorkspaceFileError('corrupt', 'Choose another file: that is the open workspace itself.');
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    await db.backup(partial, { progress: () => PAGES_PER_STEP });
    const copy = new Database(partial);
    try {
      // quick_check reads every page (a torn or truncated copy fails) without the index cross-checks of integrity_check.
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new WorkspaceFileError('corrupt', `The copy failed its integrity check (${String(check)}).`);
      // A copy stands alone: one file, no -wal beside it, whoever opens it next.
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    fs.renameSync(partial, target);
    return { path: target, bytes: fs.statSync(target).size };
  } catch (error) {
    for (const f of [partial, `${partial}-wal`, `${partial}-shm`, `${partial}-journal`]) fs.rmSync(f, { force: true });
    throw error;
  }
}

export interface BackupOptions {
  /** The backups folder (default: beside the workspace). */
  dir?: string;
  /** Copies of this reason to keep (default 10). */
  keep?: number;
  now?: Date;
}

/** Takes a backup into the backups folder and prunes that reason down to `keep`. */
export async function createBackup(db: Database.Database, reason: BackupReason, options: BackupOptions = {}): Promise<BackupInfo> {
  if (!db.name || db.memory) throw new WorkspaceFileError('in-memory', 'An in-memory workspace has no backups.');
  const dbPath = path.resolve(db.name);
  const dir = options.dir ?? backupsDirFor(dbPath);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const base = `${stemOf(dbPath)}.${stampOf(options.now ?? new Date())}`;
  let name = `${base}.${reason}.db`;
  for (let n = 1; fs.existsSync(path.join(dir, name)); n++) name = `${base}_${n}.${reason}.db`;
  const { path: file, bytes } = await exportWorkspace(db, path.join(dir, name));
  fs.chmodSync(file, 0o600); // a backup holds everything the workspace holds
  pruneBackups(dbPath, reason, options.keep ?? DEFAULT_KEEP, dir);
  return { name, path: file, createdAt: parseName(stemOf(dbPath), name)!.createdAt, reason, bytes };
}

/** Deletes the oldest backups of `reason` beyond `keep`; returns the names removed. */
export function pruneBackups(dbPath: string, reason: BackupReason, keep: number, dir = backupsDirFor(dbPath)): string[] {
  const old = listBackups(dbPath, dir)
    .filter((b) => b.reason === reason)
    .slice(Math.max(0, keep));
  for (const b of old) fs.rmSync(b.path, { force: true });
  return old.map((b) => b.name);
}

/** The rolling automatic backup: taken when the newest one is older than `intervalMs` (or there is none). */
export async function maybeAutoBackup(db: Database.Database, options: BackupOptions & { intervalMs?: number } = {}): Promise<BackupInfo | null> {
  if (!db.name || db.memory) return null;
  const now = options.now ?? new Date();
  const last = listBackups(path.resolve(db.name), options.dir).find((b) => b.reason === 'auto');
  if (last && now.getTime() - Date.parse(last.createdAt) < (options.intervalMs ?? DEFAULT_AUTO_INTERVAL_MS)) return null;
  return createBackup(db, 'auto', { ...options, now });
}

/**
 * Checks that `file` is a sound Factbench workspace this release can read,
 * without changing it. Returns its schema version.
 */
export function inspectWorkspaceFile(file: string, migrations: Migration[] = loadMigrations(migrationsDir())): { schemaVersion: number } {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new WorkspaceFileError('missing', `No workspace file at ${file}.`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new WorkspaceFileError('not-sqlite', `${path.basename(file)} cannot be opened as a workspace: ${(error as Error).message}.`);
  }
  try {
    let tables: string[];
    try {
      tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name);
    } catch {
      throw new WorkspaceFileError('not-sqlite', `${path.basename(file)} is not a Factbench workspace (not an SQLite database).`);
    }
    assertNotTooNew(db, migrations);
    const missing = REQUIRED_TABLES.filter((t) => !tables.includes(t));
    if (missing.length) throw new WorkspaceFileError('not-factbench', `${path.basename(file)} is not a Factbench workspace (no ${missing.join(', ')} table).`);
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new WorkspaceFileError('corrupt', `${path.basename(file)} is damaged (${String(check)}); it was not used.`);
    return { schemaVersion: db.pragma('user_version', { simple: true }) as number };
  } finally {
    db.close();
  }
}

/** `Open workspace`: an existing file, checked first (a newer or damaged file is refused untouched), then opened and migrated. */
export function openExistingWorkspace(file: string, options: OpenOptions = {}): Workspace {
  inspectWorkspaceFile(file, loadMigrations(options.migrationsDir ?? migrationsDir()));
  return openWorkspace(file, options);
}

export interface RestoreResult {
  /** The workspace as it was just before the restore. */
  safetyCopy: BackupInfo;
  schemaVersion: number;
}

/**
 * Replaces the open workspace's content with `source` (a backup or an exported
 * workspace), in place, so every open connection sees it: the source is checked,
 * the current state is kept as a `pre-restore` backup, the source is copied in
 * through the backup API, and an older schema is migrated.
 */
export async function restoreWorkspace(workspace: Workspace, source: string, options: BackupOptions & { migrationsDir?: string } = {}): Promise<RestoreResult> {
  const migrations = loadMigrations(options.migrationsDir ?? migrationsDir());
  if (path.resolve(source) === path.resolve(workspace.path)) throw new WorkspaceFileError('corrupt', 'That file is the open workspace itself.');
  inspectWorkspaceFile(source, migrations);
  const safetyCopy = await createBackup(workspace.db, 'pre-restore', options);
  const src = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await src.backup(workspace.path, { progress: () => PAGES_PER_STEP });
  } finally {
    src.close();
  }
  migrate(workspace.db, migrations, { appVersion: APP_VERSION, dbPath: workspace.path });
  const check = workspace.db.pragma('integrity_check', { simple: true });
  if (check !== 'ok') throw new WorkspaceFileError('corrupt', `The restored workspace failed its integrity check (${String(check)}); the previous state is in ${safetyCopy.name}.`);
  workspace.schemaVersion = workspace.db.pragma('user_version', { simple: true }) as number;
  return { safetyCopy, schemaVersion: workspace.schemaVersion };
}
