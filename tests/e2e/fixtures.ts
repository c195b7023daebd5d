import fs from 'node:fs';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { tempDir } from '../helpers/temp';
import { seed, shotsDir } from './desk-helpers';
import { startHostProcess, type HostProcess } from './host-process';

export { expect } from '@playwright/test';

/** Hosts a test starts: every one is stopped when the test ends, whatever its outcome. */
export interface Hosts {
  start(db: string): Promise<HostProcess>;
}

/** A workspace file of the test's own, with the reference article imported, and its host. */
export interface Desk {
  db: string;
  host: HostProcess;
  /** Stops the host and starts it again on the same file (a restart of the app). */
  restart(): Promise<HostProcess>;
  /** Calls the API as a script would (the token of the running host), to read what is stored. */
  rpc<T = unknown>(method: string, input?: unknown): Promise<T>;
}

export const test = base.extend<{ hosts: Hosts; workDir: string; desk: Desk }>({
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

  // eslint-disable-next-line no-empty-pattern -- as above
  hosts: async ({}, use) => {
    const started: HostProcess[] = [];
    try {
      await use({
        async start(db) {
          const host = await startHostProcess(db);
          started.push(host);
          return host;
        },
      });
    } finally {
      await Promise.all(started.map((h) => h.stop()));
    }
  },

  desk: async ({ hosts, workDir }, use) => {
    const db = path.join(workDir, 'factbench.db');
    seed(db, 'reference');
    let host = await hosts.start(db);
    await use({
      db,
      get host() {
        return host;
      },
      async restart() {
        await host.stop();
        host = await hosts.start(db);
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
