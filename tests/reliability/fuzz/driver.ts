/**
 * API fuzzing (issue 7), the same over every target: every method of
 * src/contract/methods.ts, called with schema-shaped input full of adversarial
 * values and with shapeless input. Every call must come back as a value or a
 * typed error (never `internal`, which means a handler threw something
 * unplanned), and a refused call must change nothing. New methods are fuzzed
 * without touching this file.
 *
 * Reproduce a failure with FACTBENCH_FUZZ_SEED=<seed printed>; scale with FACTBENCH_FUZZ_RUNS.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, type RpcResponse } from '../../../src/contract/envelope';
import { methods, type MethodName } from '../../../src/contract/methods';
import type { Api } from '../../../src/node/api';
import { seedWorkspace } from '../helpers/seed';
import { fromSchema, shapeless, type LivePool } from './from-schema';

export const SEED = Number(process.env.FACTBENCH_FUZZ_SEED ?? 20240913);
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

export interface FuzzTarget {
  /** The API as this target reaches it (in-process, or over HTTP). */
  api: Pick<Api, 'dispatch'>;
  /** Ids and names that exist now, for the fuzz to aim at. */
  refreshPool(pool: LivePool): Promise<void>;
  /** Rows that any change would touch: a refused call must leave this as it was. */
  fingerprint(): Promise<string>;
  /** Fewer runs where each call costs more (a round trip to a database server). */
  scale?: number;
  cleanup(): Promise<void> | void;
}

/** The fuzz of every method and of the envelope, against `setup()`'s target; `after` checks what the workspace looks like afterwards. */
export function describeFuzz(title: string, setup: () => Promise<FuzzTarget>, after: (target: FuzzTarget) => Promise<void>): void {
  let target: FuzzTarget;
  const pool: LivePool = { ids: { article: [], claim: [], source: [], attachment: [] }, backupNames: [], bodyLength: 100, speakers: [] };
  let calls = 0;
  /** Per method: how many calls ended in each outcome, printed at the end to show the fuzz reaches the handlers. */
  const outcomes = new Map<string, Record<string, number>>();

  async function call(method: string, input: unknown): Promise<RpcResponse> {
    calls++;
    const before = await target.fingerprint();
    const res = await target.api.dispatch({ id: calls, method, input });
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
      expect(await target.fingerprint(), `refused call changed the workspace: ${describe()}`).toBe(before);
    }
    expect(({} as Record<string, unknown>).polluted, describe()).toBeUndefined();
    await target.refreshPool(pool);
    // Deletes and restores empty the workspace; keep something to aim at.
    if (pool.ids.claim.length < 2 || pool.ids.source.length < 1) {
      await seedWorkspace(target.api as Api, calls);
      await target.refreshPool(pool);
    }
    return res;
  }

  describe(title, () => {
    beforeAll(async () => {
      target = await setup();
      for (let i = 0; i < 3; i++) await seedWorkspace(target.api as Api, i);
      await target.refreshPool(pool);
      await target.api.dispatch({ method: 'backups.create', input: {} });
      await target.refreshPool(pool);
    });

    afterAll(async () => {
      console.log(`FUZZ ${title}: ${calls} calls over ${Object.keys(methods).length} methods (seed ${SEED})`);
      for (const [m, t] of outcomes) console.log(`FUZZ ${m}: ${Object.entries(t).map(([k, v]) => `${k} ${v}`).join(', ')}`);
      await target.cleanup();
    });

    for (const name of Object.keys(methods) as MethodName[]) {
      it(name, async () => {
        const runs = Math.max(1, Math.round((HEAVY[name] ?? LIGHT_RUNS) * SCALE * (target.scale ?? 1)));
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
          const before = await target.fingerprint();
          const res = await target.api.dispatch(raw);
          expect(() => JSON.stringify(res)).not.toThrow();
          if (!res.ok) {
            expect(ERROR_CODES).toContain(res.error.code);
            expect(res.error.code).not.toBe('internal');
            expect(await target.fingerprint()).toBe(before);
          }
        }),
        { numRuns: Math.round(400 * SCALE * (target.scale ?? 1)), seed: SEED },
      );
    });

    it('leaves a sound database behind', () => after(target));
  });
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x)) ?? String(v);
  } catch {
    return String(v);
  }
}
