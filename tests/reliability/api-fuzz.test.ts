/**
 * API fuzzing on a real workspace file, in-process (the driver: fuzz/driver.ts).
 * Afterwards the file passes `integrity_check` and `foreign_key_check`, and a
 * fresh connection agrees.
 */
import { expect } from 'vitest';
import { listBackups } from '../../src/node/db/backup';
import { openWorkspace } from '../../src/node/db/open';
import { tempWorkspace } from '../helpers/workspace';
import { describeFuzz } from './fuzz/driver';
import { integrity } from './helpers/seed';

let ws: ReturnType<typeof tempWorkspace>;

describeFuzz(
  'every API method under random and adversarial input, on SQLite',
  async () => {
    ws = tempWorkspace();
    const db = ws.workspace.db;
    return {
      api: ws.api,
      async refreshPool(pool) {
        const ids = (sql: string) => (db.prepare(sql).all() as { id: string }[]).map((r) => r.id);
        pool.ids.article = ids('SELECT id FROM articles ORDER BY rowid DESC LIMIT 8');
        pool.ids.claim = ids('SELECT id FROM claims ORDER BY rowid DESC LIMIT 8');
        pool.ids.source = ids('SELECT id FROM sources ORDER BY rowid DESC LIMIT 8');
        pool.ids.attachment = ids('SELECT id FROM attachments ORDER BY rowid DESC LIMIT 8');
        pool.speakers = (db.prepare('SELECT DISTINCT speaker AS id FROM claims WHERE speaker IS NOT NULL LIMIT 5').all() as { id: string }[]).map((r) => r.id);
        pool.bodyLength = (db.prepare('SELECT max(length(body)) AS n FROM articles').get() as { n: number | null }).n ?? 100;
        pool.backupNames = listBackups(ws.file).map((b) => b.name);
      },
      async fingerprint() {
        return JSON.stringify(
          ['articles', 'claims', 'claim_anchors', 'sources', 'claim_sources', 'events', 'settings'].map((t) => db.prepare(`SELECT count(*) AS n, coalesce(max(rowid), 0) AS r FROM "${t}"`).get()),
        );
      },
      cleanup: () => ws.cleanup(),
    };
  },
  async () => {
    expect(integrity(ws.workspace)).toEqual({ integrity: 'ok', foreignKeys: [] });
    // And a fresh connection (the next start of the app) opens it and agrees.
    const reopened = openWorkspace(ws.file);
    try {
      expect(integrity(reopened)).toEqual({ integrity: 'ok', foreignKeys: [] });
    } finally {
      await reopened.close();
    }
  },
);
