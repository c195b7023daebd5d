import fs from 'node:fs';
import { createClient, type Client } from '../../../src/contract/client';
import type { ApiEvent } from '../../../src/contract/envelope';
import { referenceArticlePath } from '../../helpers/paths';
import { tempWorkspace } from '../../helpers/workspace';

/** A real workspace file with the typed client in-process, and the reference article imported. */
export async function deskWorkspace(): Promise<{ client: Client; events: ApiEvent[]; articleId: string; workspace: ReturnType<typeof tempWorkspace>['workspace']; cleanup: () => void }> {
  const ws = tempWorkspace();
  const events: ApiEvent[] = [];
  ws.api.subscribe((e) => events.push(e));
  const client = createClient({ send: (req) => ws.api.dispatch(req), onEvent: (l) => ws.api.subscribe(l) });
  const { articleId } = await client.call('articles.import', { text: fs.readFileSync(referenceArticlePath, 'utf8') });
  return { client, events, articleId, workspace: ws.workspace, cleanup: ws.cleanup };
}
