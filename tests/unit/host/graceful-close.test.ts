import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Api } from '../../../src/node/api';
import type { RpcResponse } from '../../../src/contract/envelope';
import { startHost } from '../../../src/node/host/server';
import { repoRoot } from '../../helpers/paths';

/** An API whose calls wait until the test lets them answer: a write still in progress when the host is told to stop. */
function heldApi() {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let started!: () => void;
  const dispatched = new Promise<void>((r) => (started = r));
  let committed = false;
  const api: Api = {
    async dispatch(raw) {
      started();
      await gate;
      committed = true;
      return { id: (raw as { id?: number }).id, ok: true, value: { saved: true } } as RpcResponse;
    },
    subscribe: () => () => {},
  };
  return { api, release, dispatched, committed: () => committed };
}

describe('a host told to stop', () => {
  it('answers the call it is in the middle of before it closes, and takes no new one', async () => {
    const held = heldApi();
    const host = await startHost({ api: held.api, staticDir: path.join(repoRoot, 'out/renderer') });
    const rpc = () =>
      fetch(`http://127.0.0.1:${host.port}/rpc`, {
        method: 'POST',
        headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ id: 7, method: 'ui.saveState', input: { patch: {} } }),
      });
    const answer = rpc();
    await held.dispatched;
    let closed = false;
    const closing = host.close().then(() => (closed = true));
    // While the call is answered, the host is still closing…
    await new Promise((r) => setImmediate(r));
    expect(closed).toBe(false);
    // …and a newcomer is not let in.
    await expect(rpc()).rejects.toThrow();
    held.release();
    const res = await answer;
    expect(await res.json()).toEqual({ id: 7, ok: true, value: { saved: true } });
    await closing;
    expect(held.committed()).toBe(true);
  });
});
