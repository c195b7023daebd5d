import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../../src/node/db/backup';
import { startRollingBackups } from '../../../src/node/db/rolling-backups';
import { tempWorkspace } from '../../helpers/workspace';

describe('rolling backups wherever a workspace is served', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  it('takes one at start, none again before the interval, and the API lists it', async () => {
    const ws = tempWorkspace();
    cleanups.push(ws.cleanup);
    const first = startRollingBackups(ws.workspace.db);
    await first.first;
    await first.stop();
    expect(listBackups(ws.file).map((b) => b.reason)).toEqual(['auto']);
    const again = startRollingBackups(ws.workspace.db);
    await again.first;
    await again.stop();
    expect(listBackups(ws.file)).toHaveLength(1);
    const listed = await ws.api.dispatch({ method: 'backups.list', input: {} });
    expect(listed).toMatchObject({ ok: true, value: [{ reason: 'auto' }] });
  });
});
