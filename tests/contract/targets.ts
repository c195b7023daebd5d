import path from 'node:path';
import { createClient, type Client } from '../../src/contract/client';
import type { Api } from '../../src/node/api';
import type { PostgresStore } from '../../src/node/db/postgres/store';
import { startHost } from '../../src/node/host/server';
import { httpTransport } from '../../src/ui/api/http-transport';
import { repoRoot } from '../helpers/paths';
import { tempPostgresWorkspace } from '../helpers/postgres';
import { snapshotPostgres } from '../helpers/postgres-snapshot';
import { snapshotTables, tempWorkspace } from '../helpers/workspace';
import type { SpecTarget } from './api-spec';

/** A workspace on one engine: its API, a snapshot of every row, and its cleanup. */
interface EngineWorkspace {
  api: Api;
  snapshot(): unknown;
  cleanup(): Promise<void> | void;
}

export const ENGINES = {
  SQLite: async (): Promise<EngineWorkspace> => {
    const { workspace, api, cleanup } = tempWorkspace();
    return { api, snapshot: () => snapshotTables(workspace), cleanup };
  },
  PostgreSQL: async (): Promise<EngineWorkspace> => {
    const { store, api, cleanup } = await tempPostgresWorkspace();
    return { api, snapshot: () => snapshotPostgres(store as PostgresStore), cleanup };
  },
} as const;

export type EngineName = keyof typeof ENGINES;

/** The API called in-process, through the dispatcher. */
export async function directTarget(engine: EngineName): Promise<SpecTarget> {
  const ws = await ENGINES[engine]();
  const client: Client = createClient({ send: (req) => ws.api.dispatch(req), onEvent: (l) => ws.api.subscribe(l) });
  return { engine, client, snapshot: ws.snapshot, cleanup: ws.cleanup };
}

/** The API over the loopback host's HTTP: POST /rpc with the token, as the browser mode calls it. */
export async function httpTarget(engine: EngineName): Promise<SpecTarget> {
  const ws = await ENGINES[engine]();
  const host = await startHost({ api: ws.api, staticDir: path.join(repoRoot, 'out/renderer') });
  const client = createClient(httpTransport(host.token, `http://127.0.0.1:${host.port}`));
  return {
    engine,
    client,
    snapshot: ws.snapshot,
    cleanup: async () => {
      await host.close();
      await ws.cleanup();
    },
  };
}
