import { parseArgs, UsageError } from './args';
import { CliError, type CliIo } from './io';
import { COMMANDS, commandHelp, commandSpec, generalHelp } from './spec';
import type { withApi as WithApiFn } from './workspace';

type WithApi = typeof WithApiFn;

// Commands are loaded when run: `help` and a wrong command line answer without
// loading the claim detector, the importers or the database layer.
const claimsCmd = () => import('./claims-cmd');
const workspaceCmds = () => import('./workspace-cmds');
const settingsCmd = () => import('./settings-cmd');
const migrateCmd = () => import('./migrate');
const serveCmd = () => import('./serve');
const withApi: WithApi = async (args, run) => (await import('./workspace')).withApi(args, run);

const USER_FAILURES = ['ImportError', 'DatabaseTooNewError', 'WorkspaceFileError', 'DatabaseConnectionError', 'DatabaseUrlError', 'SchemaOutdatedError'];

/** Exit codes, as `factbench help` documents them. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.err(generalHelp());
    return EXIT.usage;
  }
  if (command === 'help' || command === '--help' || command === '-h') {
    const topic = command === 'help' ? rest[0] : undefined;
    if (topic === undefined) {
      io.out(generalHelp() + '\n');
      return EXIT.ok;
    }
    const spec = commandSpec(topic);
    if (!spec) throw new UsageError(`no command "${topic}"; the commands are ${COMMANDS.map((c) => c.name).join(', ')}`);
    io.out(commandHelp(spec) + '\n');
    return EXIT.ok;
  }
  const spec = commandSpec(command);
  if (!spec) throw new UsageError(`unknown command "${command}"; the commands are ${COMMANDS.map((c) => c.name).join(', ')}`);
  const args = parseArgs(rest, spec);
  if (args.flags.has('help')) {
    io.out(commandHelp(spec) + '\n');
    return EXIT.ok;
  }
  switch (command) {
    case 'claims':
      return (await claimsCmd()).claimsCommand(args, io);
    case 'import':
      return withApi(args, async (api) => (await workspaceCmds()).importCommand(api, args, io));
    case 'list':
      return withApi(args, async (api) => (await workspaceCmds()).listCommand(api, args, io));
    case 'export':
      return withApi(args, async (api) => (await workspaceCmds()).exportCommand(api, args, io));
    case 'settings':
      return withApi(args, async (api) => (await settingsCmd()).settingsCommand(api, args, io));
    case 'migrate':
      return (await migrateCmd()).migrateCommand(args, io);
    case 'serve':
      return (await serveCmd()).serveCommand(args);
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/**
 * Runs one command line and returns its exit code; never throws. Failures are
 * one line on standard error: 2 when the command line is wrong (with a
 * pointer to the help), 1 when the work failed.
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof UsageError) {
      io.err(`factbench: ${message}`);
      const command = error.command ?? (argv[0] !== undefined && commandSpec(argv[0]) ? argv[0] : undefined);
      io.err(`Run "factbench help${command && command !== 'help' ? ` ${command}` : ''}" for usage.`);
      return EXIT.usage;
    }
    // Failures the user can act on carry their own sentence (CliError, ImportError, DatabaseTooNewError, a database URL
    // or server problem…), named here so that the database drivers load only when used.
    const known = error instanceof CliError || (error instanceof Error && USER_FAILURES.includes(error.name));
    io.err(`factbench: ${known ? message : `unexpected failure: ${message}`}`);
    return EXIT.failed;
  }
}
