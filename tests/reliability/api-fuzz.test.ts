/**
 * API fuzzing (issue 7): every method of src/contract/methods.ts, called with
 * schema-shaped input full of adversarial values and with shapeless input, on a
 * real workspace file. Every call must come back as a value or a typed error
 * (never `internal`, which means a handler threw something unplanned), a refused
 * call must change nothing, and afterwards the file passes `integrity_check` and
 * `foreign_key_check`. New methods are fuzzed without touching this file.
 *
 * Reproduce a failure with FACTBENCH_FUZZ_SEED=<seed printed>; scale with FACTBENCH_FUZZ_RUNS.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, type RpcResponse } from '../../src/contract/envelope';
import { methods, type MethodName } from '../../src/contract/methods';
import { listBackups } from '../../src/node/db/backup';
import { openWorkspace } from '../../src/node/db/open';
import { tempWorkspace } from '../helpers/workspace';
import { fromSchema, shapeless, type LivePool } from './fuzz/from-schema';
import { integrity, seedWorkspace } from './helpers/seed';

const SEED = Number(process.env.FACTBENCH_FUZZ_SEED ?? 20240913);
const SCALE = Number(process.env.FACTBENCH_FUZZ_RUNS ?? 1);
/** Calls that do real work per run (parse an article, copy the file, render a report, reach the network) get fewer runs. */
const HEAVY: Partial<Record<string, number>> = {
  'articles.import': 60,
  'reports.export': 40,
  'workspace.export': 12,
  'backups.create': 12,
  'backups.restore': 40,
  'sources.lookUp': 25,
  'sources.archive': 25,
  'sources.snapshot': 40,
  'attachments.add': 60,
};
const LIGHT_RUNS = 120;

let ws: ReturnType<typeof tempWorkspace>;
const pool: LivePool = { ids: { article: [], claim: [], source: [], attachment: [] }, backupNames: [], bodyLength: 100, speakers: [] };
let calls = 0;
/** Per method: how many calls ended in each outcome, printed at the end to show the fuzz reaches the handlers. */
const outcomes = new Map<string, Record<string, number>>();

function refreshPool(): void {
  const db = ws.workspace.db;
  const ids = (sql: string) => (db.prepare(sql).all() as { id: string }[]).map((r) => r.id);
  pool.ids.article = ids('SELECT id FROM articles ORDER BY rowid DESC LIMIT 8');
  pool.ids.claim = ids('SELECT id FROM claims ORDER BY rowid DESC LIMIT 8');
  pool.ids.source = ids('SELECT id FROM sources ORDER BY rowid DESC LIMIT 8');
  const tables = new Set((db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name));
  pool.ids.attachment = tables.has('attachments') ? ids('SELECT id FROM attachments ORDER BY rowid DESC LIMIT 8') : [];
  pool.speakers = (db.prepare('SELECT DISTINCT speaker AS id FROM claims WHERE speaker IS NOT NULL LIMIT 5').all() as { id: string }[]).map((r) => r.id);
  pool.bodyLength = (db.prepare('SELECT max(length(body)) AS n FROM articles').get() as { n: number | null }).n ?? 100;
  pool.backupNames = listBackups(ws.file).map((b) => b.name);
}

/** Rows that any change would touch: a refused call must leave this as it was. */
function fingerprint(): string {
  const db = ws.workspace.db;
  return JSON.stringify(
    ['articles', 'claims', 'claim_anchors', 'sources', 'claim_sources', 'events', 'settings'].map((t) => db.prepare(`SELECT count(*) AS n, coalesce(max(rowid), 0) AS r FROM "${t}"`).get()),
  );
}

async function call(method: string, input: unknown): Promise<RpcResponse> {
  calls++;
  const before = fingerprint();
  const res = await ws.api.dispatch({ id: calls, method, input });
  const describe = () => `${method} ${safeJson(input).slice(0, 300)} -> ${safeJson(res).slice(0, 300)}`;
  expect(typeof res === 'object' && res !== null, describe()).toBe(true);
  expect(() => JSON.stringify(res), describe()).not.toThrow();
  const tally = outcomes.get(method) ?? {};
  const outcome = res.ok ? 'ok' : res.error.code;
  tally[outcome] = (tally[outcome] ?? 0) + 1;
  outcomes.set(method, tally);
  if (res.ok) {
    expect('value' in res, describe()).toBe(true);
  } else {
    expect(ERROR_CODES, describe()).toContain(res.error.code);
    expect(res.error.code, describe()).not.toBe('internal');
    expect(typeof res.error.message === 'string' && res.error.message.length > 0, describe()).toBe(true);
    expect(fingerprint(), `refused call changed the workspace: ${describe()}`).toBe(before);
  }
  expect(({} as Record<string, unknown>).polluted, describe()).toBeUndefined();
  refreshPool();
  // Deletes and restores empty the workspace; keep something to aim at.
  if (pool.ids.claim.length < 2 || pool.ids.source.length < 1) {
    await seedWorkspace(ws.api, calls);
    refreshPool();
  }
  return res;
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x)) ?? String(v);
  } catch {
    return String(v);
  }
}

beforeAll(async () => {
  ws = tempWorkspace();
  for (let i = 0; i < 3; i++) await seedWorkspace(ws.api, i);
  refreshPool();
  await ws.api.dispatch({ method: 'backups.create', input: {} });
  refreshPool();
});

afterAll(() => {
  console.log(`FUZZ: ${calls} calls over ${Object.keys(methods).length} methods (seed ${SEED})`);
  for (const [m, t] of outcomes) console.log(`FUZZ ${m}: ${Object.entries(t).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  ws.cleanup();
});

describe('every API method under random and adversarial input', () => {
  for (const name of Object.keys(methods) as MethodName[]) {
    it(name, async () => {
      const runs = Math.max(1, Math.round((HEAVY[name] ?? LIGHT_RUNS) * SCALE));
      const input = fc.oneof({ weight: 4, arbitrary: fromSchema(methods[name].input, pool) }, { weight: 1, arbitrary: shapeless });
      await fc.assert(
        fc.asyncProperty(input, async (value) => {
          await call(name, value);
          }),
        { numRuns: runs, seed: SEED + name.length * 7919, endOnFailure: true },
      );
    });
  }

  it('envelopes that are not envelopes, and method names from the prototype', async () => {
    const envelope = fc.oneof(
      fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true }),
      fc.record({ method: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'articles.list ', 'ARTICLES.LIST', 'articles.list\u0000')), input: fc.anything() }, { requiredKeys: [] }),
      fc.record({ id: fc.oneof(fc.string({ maxLength: 200 }), fc.double(), fc.object()), method: fc.constantFrom(...Object.keys(methods)), input: fc.anything() }),
    );
    await fc.assert(
      fc.asyncProperty(envelope, async (raw) => {
        calls++;
        const before = fingerprint();
        const res = await ws.api.dispatch(raw);
        expect(() => JSON.stringify(res)).not.toThrow();
        if (!res.ok) {
          expect(ERROR_CODES).toContain(res.error.code);
          expect(res.error.code).not.toBe('internal');
          expect(fingerprint()).toBe(before);
        }
      }),
      { numRuns: 400 * SCALE, seed: SEED },
    );
  });

  it('leaves a sound database behind', () => {
    expect(integrity(ws.workspace)).toEqual({ integrity: 'ok', foreignKeys: [] });
    // And a fresh connection (the next start of the app) opens it and agrees.
    const reopened = openWorkspace(ws.file);
    try {
      expect(integrity(reopened)).toEqual({ integrity: 'ok', foreignKeys: [] });
    } finally {
      reopened.close();
    }
  });
});
