import { expect } from 'vitest';
import type { Client } from '../../src/contract/client';
import type { ErrorCode } from '../../src/contract/envelope';
import type { MethodName } from '../../src/contract/methods';

export interface SpecTarget {
  engine: 'SQLite' | 'PostgreSQL';
  client: Client;
  /** Every row of every table, to prove a refused call changed nothing. */
  snapshot(): unknown;
  cleanup(): Promise<void> | void;
}

/** What the cases share: the target, and the ids earlier cases made. */
export interface SpecState {
  t: SpecTarget;
  articleId: string;
  claimId: string;
  /** Methods answered with a value, and methods refused, over the whole spec: every method must be in one of them. */
  answered: Set<string>;
  refused: Set<string>;
}

/** A client that remembers which methods were answered and which refused. */
export function tracked(client: Client, state: Pick<SpecState, 'answered' | 'refused'>): Client {
  const note = (method: string, ok: boolean) => (ok ? state.answered : state.refused).add(method);
  return {
    onEvent: (l) => client.onEvent(l),
    async try(method, input) {
      const r = await client.try(method, input);
      note(method, r.ok);
      return r;
    },
    async call(method, input) {
      try {
        const value = await client.call(method, input);
        note(method, true);
        return value;
      } catch (error) {
        note(method, false);
        throw error;
      }
    },
  };
}

export type Refusal = [MethodName | string, unknown, ErrorCode];

/** Each call is refused with its code and a message a person can read, and none of them changed a row. */
export async function expectRefusals(t: SpecTarget, cases: Refusal[]): Promise<void> {
  const before = await t.snapshot();
  for (const [method, input, code] of cases) {
    const res = await t.client.try(method as 'articles.get', input as { id: string });
    const what = `${method} ${JSON.stringify(input).slice(0, 200)}`;
    expect(res.ok, what).toBe(false);
    if (!res.ok) {
      expect(res.error.code, `${what}: ${res.error.message}`).toBe(code);
      expect(res.error.message.length, what).toBeGreaterThan(5);
    }
  }
  expect(await t.snapshot()).toEqual(before);
}

/** An id of the right shape that names nothing, and one of the wrong shape. */
export const NO_SUCH_ID = '0190a000-0000-7000-8000-00000000dead';
export const NOT_A_UUID = 'no-such-thing';
