import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { msg } from '../../core/i18n';
import { ApiError } from '../../contract/envelope';
import type { Handlers } from '../../contract/dispatcher';
import { workspaceProblem } from '../db/problem-message';
import type { WorkspaceBackups } from '../db/port';
import type { ServiceContext } from './workspace-services';

type BackupMethods = 'backups.list' | 'backups.create' | 'backups.restore' | 'workspace.export';

/** A file problem is the caller's to act on; anything else stays internal. */
function asApiError(error: unknown, code: 'database' | 'export-failed'): unknown {
  const problem = workspaceProblem(error);
  // The English message keeps the technical detail for scripts and logs; the desk words `problem`.
  if (problem) return new ApiError(code, problem, { detail: (error as Error).message });
  return error;
}

/** Copies of the workspace, where the store keeps it in a file (SQLite); a database server's backups are its administrator's. */
export function backupHandlers(s: ServiceContext): Pick<Handlers, BackupMethods> {
  const requireBackups = (): WorkspaceBackups => {
    if (s.store.backups) return s.store.backups;
    throw new ApiError('database', s.store.engine === 'sqlite' ? msg('errors.backup.inMemory') : msg('errors.backup.onServer'));
  };
  return {
    'backups.list': () => requireBackups().list(),

    async 'backups.create'(_input, ctx) {
      const backups = requireBackups();
      try {
        const made = await backups.create('manual');
        ctx.emit({ type: 'changed', entity: 'settings', id: 'backups', articleId: null });
        return made;
      } catch (error) {
        throw asApiError(error, 'database');
      }
    },

    async 'backups.restore'({ name }, ctx) {
      const backups = requireBackups();
      if (!backups.list().some((b) => b.name === name)) throw new ApiError('not-found', msg('errors.backup.unknown', { name }));
      try {
        const result = await backups.restore(name);
        if (!result) throw new ApiError('not-found', msg('errors.backup.unknown', { name }));
        await s.tx(ctx, async (t) => {
          await t.events.record({ actor: ctx.actor, entity: 'workspace', entityId: 'workspace', articleId: null, action: 'restore', before: { safetyCopy: result.safetyCopy.name }, after: { backup: result.restored.name } });
          t.emit({ type: 'changed', entity: 'settings', id: 'workspace', articleId: null });
        });
        return result;
      } catch (error) {
        throw asApiError(error, 'database');
      }
    },

    async 'workspace.export'() {
      const backups = requireBackups();
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factbench-export-'));
      try {
        const file = path.join(dir, 'workspace.db');
        await backups.exportTo(file);
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
