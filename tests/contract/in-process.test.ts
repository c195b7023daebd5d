import { createClient } from '../../src/contract/client';
import { snapshotTables, tempWorkspace } from '../helpers/workspace';
import { describeApiSpec } from './api-spec';

describeApiSpec('the in-process dispatcher', async () => {
  const { workspace, api, cleanup } = tempWorkspace();
  const client = createClient({ send: (req) => api.dispatch(req), onEvent: (l) => api.subscribe(l) });
  return { client, snapshot: () => snapshotTables(workspace), cleanup };
});
