import type { Api } from '../api';
import type { RpcErrorBody } from '../../contract/envelope';
import type { MethodInput, MethodName, MethodOutput } from '../../contract/methods';
import { flagString, UsageError, type ParsedArgs } from './args';
import { CliError } from './io';

/** A failed API call, keeping its code and details for the command that can say more. */
export class CallError extends CliError {
  constructor(readonly error: RpcErrorBody) {
    super(error.message);
  }
}

/** Calls the API; a refusal becomes a CallError (one line, exit 1). */
export async function call<M extends MethodName>(api: Api, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const res = await api.dispatch({ method, input });
  if (!res.ok) throw new CallError(res.error);
  return res.value as MethodOutput<M>;
}

/** Workspace commands load the database layer and every service; `claims` needs neither, so they are loaded here, late. */
export async function withApi(args: ParsedArgs, run: (api: Api) => Promise<number>): Promise<number> {
  const [{ createApi }, { openStore }, { resolveDatabasePath }, { chromiumPrinter }] = await Promise.all([
    import('../api'),
    import('../db/open-store'),
    import('../db/paths'),
    import('../report/chromium-printer'),
  ]);
  const url = flagString(args, 'database') ?? (flagString(args, 'db') ? undefined : process.env.FACTBENCH_DATABASE_URL || undefined);
  if (url && flagString(args, 'db')) throw new UsageError('give --database or --db, not both');
  const { store: workspace } = await openStore(url ? { url } : { path: resolveDatabasePath(flagString(args, 'db')) });
  try {
    // The system's user name is the actor of the audit trail; "cli" (worded "the command line") when there is none.
    return await run(createApi(workspace, { renderPdf: chromiumPrinter() }, process.env.USER ?? 'cli'));
  } finally {
    await workspace.close();
  }
}
