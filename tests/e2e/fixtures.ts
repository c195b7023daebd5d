import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { test as base } from '@playwright/test';
import { openStore } from '../../src/node/db/open-store';
import { createDatabase, dropDatabase, startCluster, type Cluster } from '../helpers/postgres-cluster';
import { startServe } from '../helpers/serve-process';
import { tempDir } from '../helpers/temp';
import { seed, shotsDir } from './desk-helpers';
import { startHostProcess, type HostProcess } from './host-process';

export { expect } from '@playwright/test';

/**
 * What serves the desk in a test: `sqlite`, the browser mode's host on a
 * workspace file (`npm run web`); `postgres`, the team server
 * (`factbench serve --database`) on a database of a throwaway PostgreSQL
 * cluster. A Playwright project chooses (playwright.config.ts); the specs
 * are the same.
 */
export type Backend = 'sqlite' | 'postgres';

/** The token team-server instances of a test share (several instances, one workspace). */
export const TEAM_TOKEN = 'e2e-team-server-token-0123456789';

/** Hosts a test starts: every one is stopped when the test ends, whatever its outcome. */
export interface Hosts {
  /** A host on `workspace` (a file, or a postgres:// URL); `extra` arguments go to `factbench serve`. */
  start(workspace: string, extra?: string[]): Promise<HostProcess>;
}

/** A workspace file of the test's own, with the reference article imported, and its host. */
export interface Desk {
  /** The workspace: a file path (SQLite) or a postgres:// URL (the team server). */
  db: string;
  /** How the command line names it: `--db PATH` or `--database URL`. */
  cliTarget: string[];
  host: HostProcess;
  /** Stops the host and starts it again on the same file (a restart of the app). */
  restart(): Promise<HostProcess>;
  /** Calls the API as a script would (the token of the running host), to read what is stored. */
  rpc<T = unknown>(method: string, input?: unknown): Promise<T>;
}

interface PostgresForTests {
  cluster: Cluster;
  /** A migrated database to copy (CREATE DATABASE … TEMPLATE: milliseconds). */
  template: string;
}

export const test = base.extend<{ hosts: Hosts; workDir: string; workspace: string; desk: Desk }, { backend: Backend; postgres: PostgresForTests | null }>({
  backend: ['sqlite', { option: true, scope: 'worker' }],

  // One cluster per worker, only for the team-server project; stopped with the worker, whatever happens.
  postgres: [
    async ({ backend }, use) => {
      if (backend !== 'postgres') return use(null);
      const cluster = await startCluster();
      try {
        const template = 'factbench_e2e_template';
        await createDatabase(cluster.url('postgres'), template);
        const { store } = await openStore({ url: cluster.url(template), migrate: true });
        await store.close();
        await use({ cluster, template });
      } finally {
        cluster.stop();
      }
    },
    { scope: 'worker' },
  ],

  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
  workDir: async ({}, use) => {
    const tmp = tempDir('factbench-e2e-');
    fs.mkdirSync(shotsDir, { recursive: true });
    try {
      await use(tmp.dir);
    } finally {
      tmp.cleanup();
    }
  },

  /** An empty workspace of the test's own: a file in workDir, or a fresh database (dropped afterwards). */
  workspace: async ({ workDir, postgres }, use) => {
    if (!postgres) return use(path.join(workDir, 'factbench.db'));
    const admin = postgres.cluster.url('postgres');
    const name = `e2e_${randomBytes(5).toString('hex')}`;
    await createDatabase(admin, name, postgres.template);
    try {
      await use(postgres.cluster.url(name));
    } finally {
      await dropDatabase(admin, name);
    }
  },

  hosts: async ({ backend }, use) => {
    const started: HostProcess[] = [];
    try {
      await use({
        async start(workspace, extra = []) {
          const host = backend === 'postgres' ? await startServe(['--database', workspace, '--token', TEAM_TOKEN, ...extra]) : await startHostProcess(workspace);
          started.push(host);
          return host;
        },
      });
    } finally {
      await Promise.all(started.map((h) => h.stop()));
    }
  },

  desk: async ({ hosts, workspace }, use) => {
    seed(workspace, 'reference');
    let host = await hosts.start(workspace);
    await use({
      db: workspace,
      cliTarget: workspace.startsWith('postgres') ? ['--database', workspace] : ['--db', workspace],
      get host() {
        return host;
      },
      async restart() {
        await host.stop();
        host = await hosts.start(workspace);
        return host;
      },
      rpc: (method, input = {}) => callHost(host, method, input),
    });
  },
});

/** One API call over the host's HTTP surface; throws the API's message when it refuses. */
export async function callHost<T>(host: HostProcess, method: string, input: unknown): Promise<T> {
  const { origin, hash } = new URL(host.url);
  const token = new URLSearchParams(hash.slice(1)).get('token') ?? '';
  const res = await fetch(`${origin}/rpc`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ method, input }) });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message ?? res.status}`);
  return body.value as T;
}
