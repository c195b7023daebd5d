import { z } from 'zod';
import { method } from './define';

/** One copy in the workspace's backups folder (the app's data folder for the desktop app). */
export interface BackupSummary {
  /** The file name, which is also how `backups.restore` names it. */
  name: string;
  createdAt: string;
  reason: 'auto' | 'manual' | 'pre-restore';
  bytes: number;
}

/** A consistent copy of the whole workspace, for the browser mode to download. */
export interface ExportedWorkspace {
  filename: string;
  mime: string;
  base64: string;
}

/** A backup's file name as listed: no folder, no way out of the backups folder. */
export const backupName = z
  .string()
  .min(4)
  .max(255)
  .regex(/^[\w-]+(?:\.[\w-]+)*\.db$/, 'not a backup name');

export const backupMethods = {
  'backups.list': method(z.strictObject({})).returns<BackupSummary[]>(),
  'backups.create': method(z.strictObject({})).returns<BackupSummary>(),
  /** Replaces the workspace with a listed backup; the state before is kept as a `pre-restore` backup. */
  'backups.restore': method(z.strictObject({ name: backupName })).returns<{ restored: BackupSummary; safetyCopy: BackupSummary; schemaVersion: number }>(),
  'workspace.export': method(z.strictObject({})).returns<ExportedWorkspace>(),
} as const;
