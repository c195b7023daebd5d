import path from 'node:path';
import { createApi, type Api } from '../../src/node/api';
import { openWorkspace, type Workspace } from '../../src/node/db/open';
import { tempDir } from './temp';

/** A real workspace file on disk with the API bound to it. */
export function tempWorkspace(): { workspace: Workspace; api: Api; file: string; cleanup: () => void } {
  const { dir, cleanup } = tempDir();
  const file = path.join(dir, 'factbench.db');
  const workspace = openWorkspace(file);
  return {
    workspace,
    api: createApi(workspace, {}, 'tester'),
    file,
    cleanup: () => {
      workspace.close();
      cleanup();
    },
  };
}

/** Every row of every table, to prove a failed call changed nothing. */
export function snapshotTables(workspace: Workspace): Record<string, unknown[]> {
  const tables = workspace.db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name`)
    .all() as { name: string }[];
  return Object.fromEntries(tables.map((t) => [t.name, workspace.db.prepare(`SELECT * FROM "${t.name}" ORDER BY rowid`).all()]));
}
