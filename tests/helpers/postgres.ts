import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { createApi, type Api } from '../../src/node/api';
import { openStore } from '../../src/node/db/open-store';
import type { Store } from '../../src/node/db/port';
import { createDatabase, dropDatabase } from './postgres-cluster';

/** A fresh database of the test cluster, copied from the migrated template (or empty: `template: 'template0'`). */
export async function freshPostgresDatabase(template = inject('pgTemplate')): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const admin = inject('pgAdminUrl');
  const name = `fb_${randomBytes(6).toString('hex')}`;
  await createDatabase(admin, name, template);
  const url = admin.replace(/\/postgres$/, `/${name}`);
  return { url, name, drop: () => dropDatabase(admin, name) };
}

/** A workspace on a fresh PostgreSQL database with the API bound to it: the team server's store, as `tempWorkspace` is the desktop's. */
export async function tempPostgresWorkspace(): Promise<{ store: Store; api: Api; url: string; cleanup: () => Promise<void> }> {
  const db = await freshPostgresDatabase();
  const { store } = await openStore({ url: db.url });
  return {
    store,
    api: createApi(store, {}, 'tester'),
    url: db.url,
    cleanup: async () => {
      await store.close();
      await db.drop();
    },
  };
}
