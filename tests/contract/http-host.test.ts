import path from 'node:path';
import { createClient } from '../../src/contract/client';
import { startHost } from '../../src/node/host/server';
import { httpTransport } from '../../src/ui/api/http-transport';
import { repoRoot } from '../helpers/paths';
import { snapshotTables, tempWorkspace } from '../helpers/workspace';
import { describeApiSpec } from './api-spec';

describeApiSpec('the loopback HTTP host', async () => {
  const { workspace, api, cleanup } = tempWorkspace();
  const host = await startHost({ api, staticDir: path.join(repoRoot, 'out/renderer') });
  const client = createClient(httpTransport(host.token, `http://127.0.0.1:${host.port}`));
  return {
    client,
    snapshot: () => snapshotTables(workspace),
    cleanup: async () => {
      await host.close();
      cleanup();
    },
  };
});
