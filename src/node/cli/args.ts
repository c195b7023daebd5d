import type { CommandSpec } from './spec';

/** A small, strict option parser: unknown flags are errors, not silently ignored. */
export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string | true>;
}

/** The command line is wrong: exit code 2 and a pointer to the help. */
export class UsageError extends Error {
  override name = 'UsageError';
  /** The command whose help to point at, when known. */
  command?: string;
}

/** Parses `argv` against what the command accepts (its spec: options with a value, and flags). */
export function parseArgs(argv: string[], spec: Pick<CommandSpec, 'name' | 'options'>): ParsedArgs {
  const values = new Set(spec.options.filter((o) => o.value).map((o) => o.name));
  const booleans = new Set(spec.options.filter((o) => !o.value).map((o) => o.name));
  const flags = new Map<string, string | true>();
  const positionals: string[] = [];
  const usage = (message: string) => Object.assign(new UsageError(message), { command: spec.name });
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      flags.set('help', true);
      continue;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (booleans.has(name)) {
      if (eq !== -1) throw usage(`--${name} takes no value`);
      flags.set(name, true);
    } else if (values.has(name)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '' || (eq === -1 && value.startsWith('--'))) throw usage(`--${name} needs a value`);
      flags.set(name, value);
    } else {
      throw usage(`unknown option --${name} for "${spec.name}"`);
    }
  }
  return { positionals, flags };
}

export const flagString = (a: ParsedArgs, name: string): string | undefined => {
  const v = a.flags.get(name);
  return typeof v === 'string' ? v : undefined;
};
