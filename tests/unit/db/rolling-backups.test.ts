import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../../src/node/db/backup';
import { startRollingBackups } from '../../../src/node/db/rolling-backups';
import { tempPostgresWorkspace } from '../../helpers/postgres';
import { tempWorkspace } from '../../helpers/workspace';

describe('rolling backups wherever a SQLite workspace is served', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });

  it('takes one at start, none again before the interval, and the API lists it', async () => {
    const ws = tempWorkspace();
    cleanups.push(ws.cleanup);
    const first = startRollingBackups(ws.workspace);
    await first.first;
    await first.stop();
    expect(listBackups(ws.file).map((b) => b.reason)).toEqual(['auto']);
    const again = startRollingBackups(ws.workspace);
    await again.first;
    await again.stop();
    expect(listBackups(ws.file)).toHaveLength(1);
    const listed = await ws.api.dispatch({ method: 'backups.list', input: {} });
    expect(listed).toMatchObject({ ok: true, value: [{ reason: 'auto' }] });
  });

  it('do nothing on a PostgreSQL workspace, whose backups are the database administrator’s', async () => {
    const pg = await tempPostgresWorkspace();
    cleanups.push(pg.cleanup);
    expect(pg.store.backups).toBeUndefined();
    const rolling = startRollingBackups(pg.store);
    await rolling.first;
    await rolling.stop();
    const listed = await pg.api.dispatch({ method: 'backups.list', input: {} });
    expect(listed).toMatchObject({ ok: false, error: { code: 'database', message: expect.stringContaining('database server') } });
  });
});
