import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { msg } from '../../core/i18n';
import { ApiError } from '../../contract/envelope';
import type { Handlers } from '../../contract/dispatcher';
import type { BackupSummary } from '../../contract/methods/backup';
import { createBackup, exportWorkspace, listBackups, restoreWorkspace, type BackupInfo } from '../db/backup';
import { workspaceProblem } from '../db/problem-message';
import type { ServiceContext } from './workspace-services';

type BackupMethods = 'backups.list' | 'backups.create' | 'backups.restore' | 'workspace.export';

const summary = (b: BackupInfo): BackupSummary => ({ name: b.name, createdAt: b.createdAt, reason: b.reason, bytes: b.bytes });

/** A file problem is the caller's to act on; anything else stays internal. */
function asApiError(error: unknown, code: 'database' | 'export-failed'): unknown {
  const problem = workspaceProblem(error);
  // The English message keeps the technical detail for scripts and logs; the desk words `problem`.
  if (problem) return new ApiError(code, problem, { detail: (error as Error).message });
  return error;
}

export function backupHandlers(s: ServiceContext): Pick<Handlers, BackupMethods> {
  const requireFile = () => {
    if (s.workspace.path === ':memory:') throw new ApiError('database', msg('errors.backup.inMemory'));
    return s.workspace.path;
  };
  return {
    'backups.list': () => listBackups(requireFile()).map(summary),

    async 'backups.create'(_input, ctx) {
      requireFile();
      try {
        const made = await createBackup(s.workspace.db, 'manual');
        ctx.emit({ type: 'changed', entity: 'settings', id: 'backups', articleId: null });
        return summary(made);
      } catch (error) {
        throw asApiError(error, 'database');
      }
    },

    async 'backups.restore'({ name }, ctx) {
      const chosen = listBackups(requireFile()).find((b) => b.name === name);
      if (!chosen) throw new ApiError('not-found', msg('errors.backup.unknown', { name }));
      try {
        const { safetyCopy, schemaVersion } = await restoreWorkspace(s.workspace, chosen.path);
        s.events.record({ actor: ctx.actor, entity: 'workspace', entityId: 'workspace', articleId: null, action: 'restore', before: { safetyCopy: safetyCopy.name }, after: { backup: chosen.name } });
        ctx.emit({ type: 'changed', entity: 'settings', id: 'workspace', articleId: null });
        return { restored: summary(chosen), safetyCopy: summary(safetyCopy), schemaVersion };
      } catch (error) {
        throw asApiError(error, 'database');
      }
    },

    async 'workspace.export'() {
      requireFile();
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factbench-export-'));
      try {
        const file = path.join(dir, 'workspace.db');
        await exportWorkspace(s.workspace.db, file);
        const date = new Date().toISOString().slice(0, 10);
        return { filename: `factbench-workspace-${date}.db`, mime: 'application/vnd.sqlite3', base64: fs.readFileSync(file).toString('base64') };
      } catch (error) {
        throw asApiError(error, 'export-failed');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
