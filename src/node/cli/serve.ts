import fs from 'node:fs';
import path from 'node:path';
import { flagString, UsageError, type ParsedArgs } from './args';

/** A refusal of `factbench serve`: one line on stderr, exit 2 (nothing was started). */
export class ServeRefusal extends Error {
  override name = 'ServeRefusal';
}

/** Shorter shared tokens are guessable from the network. */
const MIN_TOKEN_LENGTH = 16;

export interface ServeOptions {
  url: string | undefined;
  dbPath: string | undefined;
  listen: { host: string; port: number };
  token: string | undefined;
  publicUrl: URL | undefined;
  migrate: boolean;
}

/**
 * Reads and checks the options of `factbench serve` before anything opens.
 * Until accounts exist (the next issue), the token is all that keeps a
 * newsroom's workspace to itself: listening beyond loopback, or behind a
 * public URL, needs one given (and the same one to every instance).
 */
export async function serveOptions(args: ParsedArgs, env: NodeJS.ProcessEnv = process.env): Promise<ServeOptions> {
  const { isLoopback, parseListen } = await import('../host/addresses');
  if (args.positionals.length > 0) throw new UsageError('serve takes no file: use --database URL or --db PATH');
  const dbPath = flagString(args, 'db');
  const url = flagString(args, 'database') ?? (dbPath ? undefined : env.FACTBENCH_DATABASE_URL || undefined);
  if (url && dbPath) throw new UsageError('give --database or --db, not both');
  let listen: { host: string; port: number };
  try {
    listen = parseListen(flagString(args, 'listen') ?? '127.0.0.1:8080');
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  let publicUrl: URL | undefined;
  const given = flagString(args, 'public-url');
  if (given) {
    try {
      publicUrl = new URL(given);
    } catch {
      throw new UsageError(`--public-url takes the address people open, such as https://factbench.example, not "${given}"`);
    }
    if (publicUrl.protocol !== 'https:' && publicUrl.protocol !== 'http:') throw new UsageError('--public-url must be an http:// or https:// address');
  }
  const token = flagString(args, 'token') ?? (env.FACTBENCH_TOKEN || undefined);
  const exposed = !isLoopback(listen.host) ? `listen on ${listen.host}:${listen.port}` : publicUrl ? `serve ${publicUrl.origin}` : null;
  if (exposed && token === undefined) {
    throw new ServeRefusal(`refusing to ${exposed} without --token (or FACTBENCH_TOKEN): until accounts exist, the token is what keeps others out of the workspace`);
  }
  if (token !== undefined && (token.length < MIN_TOKEN_LENGTH || !/^[\x21-\x7e]+$/.test(token))) {
    throw new ServeRefusal(`the token must be at least ${MIN_TOKEN_LENGTH} printable characters without spaces (e.g. openssl rand -base64 24)`);
  }
  return { url, dbPath, listen, token, publicUrl, migrate: args.flags.has('migrate') };
}

/**
 * `factbench serve`: the team server. The HTTP host of the browser mode
 * (POST /rpc, GET /events, the built renderer) on the address, token and
 * public name given, over PostgreSQL (--database) or a SQLite file (--db).
 * Several instances on one database serve the same workspace: everything an
 * instance needs is in the database, and each hears the others' changes.
 */
export async function serveCommand(args: ParsedArgs): Promise<number> {
  let options: ServeOptions;
  try {
    options = await serveOptions(args);
  } catch (error) {
    if (!(error instanceof ServeRefusal)) throw error;
    console.error(`factbench serve: ${error.message}.`);
    return 2;
  }
  const [{ createApi }, { openStore }, { appRoot, resolveDatabasePath }, { chromiumPrinter }, { withExternalChanges }, { startLiveChanges }, { startHost }, { onStopRequest }, { createWorkPool, workerBeside }] = await Promise.all([
    import('../api'),
    import('../db/open-store'),
    import('../db/paths'),
    import('../report/chromium-printer'),
    import('../services/external-changes'),
    import('../host/live-changes'),
    import('../host/server'),
    import('../host/stop-signals'),
    import('../pool/pool'),
  ]);
  const staticDir = path.join(appRoot(), 'out', 'renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) throw new UsageError('the interface is not built: run `npm run serve -- …`, or `npm run build:renderer` first');

  const { store, migration } = await openStore(options.url ? { url: options.url, migrate: options.migrate } : { path: resolveDatabasePath(options.dbPath) });
  if (migration?.applied.length) console.error(`Migrated ${store.location} from schema ${migration.from} to ${migration.to}: ${migration.applied.join(', ')}.`);
  // Imports and reports run on worker threads: one colleague's 20 MB import never holds up another's click.
  const work = createWorkPool({ worker: workerBeside(import.meta.url) });
  const api = withExternalChanges(createApi(store, { renderPdf: chromiumPrinter(), work }), store);
  const live = await startLiveChanges(store);
  const host = await startHost({ api, staticDir, listen: options.listen, ...(options.token ? { token: options.token } : {}), ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}), feed: live.feed });
  console.error(`Workspace: ${store.location}`);
  console.error(`Listening on ${host.address}`);
  console.log(`Factbench team server at ${host.url}`);

  await new Promise<void>((resolve) =>
    onStopRequest(() => {
      // The calls in flight are answered (and committed) first; then the listener, then the pool.
      void host
        .close()
        .then(() => live.stop())
        .then(() => api.stop())
        .then(() => work.close())
        .then(() => store.close())
        .finally(resolve);
    }, args.flags.has('stop-on-stdin-close')),
  );
  return 0;
}
