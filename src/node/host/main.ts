import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createApi } from '../api';
import { flagString, parseArgs, UsageError } from '../cli/args';
import { openWorkspace } from '../db/open';
import { appRoot, resolveDatabasePath } from '../db/paths';
import { createWorkPool, workerBeside } from '../pool/pool';
import { chromiumPrinter } from '../report/chromium-printer';
import { withExternalChanges } from '../services/external-changes';
import { startLiveChanges } from './live-changes';
import { startHost } from './server';
import { onStopRequest } from './stop-signals';

/** `npm run web -- [--db PATH] [--port N] [--no-open]`: the browser mode. */
async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv, {
    name: 'web',
    options: [
      { name: 'db', value: 'PATH', help: 'the workspace file' },
      { name: 'port', value: 'N', help: 'the port (default: any free one)' },
      { name: 'no-open', help: 'do not open a browser' },
      { name: 'stop-on-stdin-close', help: 'stop when standard input closes (the test runner that started it went away)' },
    ],
  });
  const port = flagString(args, 'port') === undefined ? 0 : Number(flagString(args, 'port'));
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port needs a number from 0 to 65535');
  const staticDir = path.join(appRoot(), 'out', 'renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) throw new UsageError('the renderer is not built: run `npm run web`, which builds it first');

  const workspace = openWorkspace(resolveDatabasePath(flagString(args, 'db')));
  // Imports and reports run on worker threads, so one big import never holds up another page's calls.
  const work = createWorkPool({ worker: workerBeside(import.meta.url) });
  // Commits by other connections (`factbench import --db` on the same file) reach the open pages as `changed` events.
  const api = withExternalChanges(createApi(workspace, { renderPdf: chromiumPrinter(), work }), workspace);
  // Numbered changes from the events table: a page whose stream dropped gets what it missed.
  const live = await startLiveChanges(workspace);
  const host = await startHost({ api, staticDir, port, feed: live.feed });
  console.log(`Factbench is ready at ${host.url}`);
  console.error(`Workspace: ${workspace.path}`);

  const open = !args.flags.has('no-open') && process.env.CI !== 'true';
  if (open) openBrowser(host.url);

  onStopRequest(() => {
    void (async () => {
      await host.close();
      await live.stop();
      api.stop();
      await work.close();
      await workspace.close();
      process.exit(0);
    })();
  }, args.flags.has('stop-on-stdin-close'));
}

function openBrowser(url: string): void {
  const cmd = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(cmd, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => console.error(`Could not open a browser; open ${url} yourself.`));
  child.unref();
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`factbench web: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
