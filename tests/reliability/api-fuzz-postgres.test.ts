/**
 * API fuzzing of the team server's storage: the same fuzz (fuzz/driver.ts)
 * over the loopback host's HTTP, on a PostgreSQL workspace. Afterwards every
 * foreign key still points at a row (PostgreSQL enforces them; this proves no
 * constraint was deferred or disabled) and a fresh pool reads the workspace.
 */
import path from 'node:path';
import { expect } from 'vitest';
import { openStore } from '../../src/node/db/open-store';
import type { PostgresStore } from '../../src/node/db/postgres/store';
import { startHost } from '../../src/node/host/server';
import type { RpcResponse } from '../../src/contract/envelope';
import { repoRoot } from '../helpers/paths';
import { tempPostgresWorkspace } from '../helpers/postgres';
import { describeFuzz } from './fuzz/driver';

let url: string;

describeFuzz(
  'every API method under random and adversarial input, over HTTP on PostgreSQL',
  async () => {
    const ws = await tempPostgresWorkspace();
    url = ws.url;
    const host = await startHost({ api: ws.api, staticDir: path.join(repoRoot, 'out/renderer') });
    const db = (ws.store as PostgresStore).pool;
    const ids = async (sql: string) => (await db.query<{ id: string }>(sql)).rows.map((r) => r.id);
    return {
      // POST /rpc as any client may: JSON only (a BigInt the fuzz makes travels as its digits).
      api: {
        async dispatch(raw) {
          const body = JSON.stringify(raw, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? 'null';
          const res = await fetch(`http://127.0.0.1:${host.port}/rpc`, { method: 'POST', headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' }, body });
          return (await res.json()) as RpcResponse;
        },
      },
      // Each call is a round trip to the host and to the server: half the runs of the in-process fuzz.
      scale: 0.5,
      async refreshPool(pool) {
        pool.ids.article = await ids('SELECT id::text FROM articles ORDER BY id DESC LIMIT 8');
        pool.ids.claim = await ids('SELECT id::text FROM claims ORDER BY id DESC LIMIT 8');
        pool.ids.source = await ids('SELECT id::text FROM sources ORDER BY id DESC LIMIT 8');
        pool.ids.attachment = await ids('SELECT id::text FROM attachments ORDER BY id DESC LIMIT 8');
        pool.speakers = await ids('SELECT DISTINCT speaker AS id FROM claims WHERE speaker IS NOT NULL LIMIT 5');
        pool.bodyLength = Number((await db.query<{ n: number | null }>('SELECT max(length(body)) AS n FROM articles')).rows[0]?.n ?? 100);
        pool.backupNames = [];
      },
      async fingerprint() {
        const tables = ['articles', 'claims', 'claim_anchors', 'sources', 'claim_sources', 'events', 'settings'];
        const rows = await Promise.all(tables.map(async (t) => (await db.query(`SELECT count(*) AS n, max(md5(t::text)) AS r FROM "${t}" t`)).rows[0]));
        return JSON.stringify(rows);
      },
      cleanup: async () => {
        await host.close();
        await ws.cleanup();
      },
    };
  },
  async () => {
    const { store } = await openStore({ url });
    try {
      const db = (store as PostgresStore).pool;
      const orphans = await db.query(`
        SELECT 'claims' AS t, count(*) AS n FROM claims c WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = c.article_id)
        UNION ALL SELECT 'anchors', count(*) FROM claim_anchors x WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = x.claim_id)
        UNION ALL SELECT 'citations', count(*) FROM claim_sources x WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.id = x.source_id)`);
      expect(orphans.rows.map((r: { n: number }) => Number(r.n))).toEqual([0, 0, 0]);
      expect((await store.repos.articles.list()).length).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  },
);
