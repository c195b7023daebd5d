import { REPORT_FORMATS } from '../../core/report/input';

/**
 * Every command and every option of the command line, once: the parser reads
 * what each command accepts from here and `factbench help` prints it from
 * here, so no option can exist without being listed (a test holds them to it).
 */

export interface OptionSpec {
  name: string;
  /** The value's placeholder ("PATH"); absent for a flag. */
  value?: string;
  help: string;
}

export interface CommandSpec {
  name: string;
  /** What follows the command name in the usage line. */
  args: string;
  summary: string;
  /** Paragraphs after the usage line. */
  details: string[];
  options: OptionSpec[];
}

const DB: OptionSpec = { name: 'db', value: 'PATH', help: 'the workspace file (else $FACTBENCH_DB, else the desktop app’s own)' };
const DATABASE: OptionSpec = { name: 'database', value: 'URL', help: 'a team server’s PostgreSQL database, postgres://USER@HOST:PORT/DB (else $FACTBENCH_DATABASE_URL), instead of a file' };
const LANG: OptionSpec = { name: 'lang', value: 'fr|en|auto', help: 'the article’s language, when detection should not decide (default: auto)' };
const HELP: OptionSpec = { name: 'help', help: 'this help' };

export const SETTING_KEYS = ['organisation', 'organisation-url', 'reviewer', 'review-url', 'scale', 'methodology'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'claims',
    args: 'FILE|URL|FOLDER... [OPTIONS]',
    summary: 'find the check-worthy claims of articles (no workspace)',
    details: [
      'Reads each article (text, Markdown, HTML, Word or PDF file, a web address, or "-" for standard input), folds the noise and prints its claims. A folder stands for the article files in it and its subfolders, in name order.',
      'With several articles, one that cannot be read is reported and the others go on; the exit code is then 1.',
    ],
    options: [
      LANG,
      { name: 'json', help: 'one JSON document (src/node/cli/claims.schema.json); an array of them for several articles' },
      { name: 'jsonl', help: 'one JSON document per line, one line per article (an unreadable one gives {"source", "error"})' },
      HELP,
    ],
  },
  {
    name: 'import',
    args: 'FILE|URL... [OPTIONS]',
    summary: 'store articles in the workspace, print their ids',
    details: ['Prints one article id per line, in the order given. Each import is one transaction: a failed one leaves nothing behind.'],
    options: [LANG, DB, DATABASE, HELP],
  },
  {
    name: 'list',
    args: '[OPTIONS]',
    summary: 'list the workspace’s articles',
    details: ['One line per article: id, claims checked / claims, title.'],
    options: [{ name: 'json', help: 'an array of {"id", "title", "claims", "checked"}' }, DB, DATABASE, HELP],
  },
  {
    name: 'export',
    args: 'ARTICLE_ID|--all --format FORMAT [OPTIONS]',
    summary: 'write review reports and ClaimReview',
    details: [
      `FORMAT is one of ${REPORT_FORMATS.join(', ')}. Without --out the report goes to standard output.`,
      'With --all, every article of the workspace: one file each in the --out folder, or, for json and claimreview without --out, one document per line on standard output.',
      'ClaimReview needs the organisation’s name and web address and the address where fact-checks are published (factbench settings set …, or the three options below for one export).',
    ],
    options: [
      { name: 'format', value: 'FORMAT', help: `${REPORT_FORMATS.join('|')} (required)` },
      { name: 'all', help: 'every article of the workspace instead of one' },
      { name: 'out', value: 'FILE|FOLDER', help: 'where to write (a folder with --all); written whole or not at all' },
      { name: 'lang', value: 'en|fr', help: 'the report’s language (default: the article’s)' },
      { name: 'checked-only', help: 'leave out claims without a verdict' },
      { name: 'include-dismissed', help: 'list the dismissed suggestions too' },
      { name: 'organisation', value: 'NAME', help: 'who publishes the fact-check, for this export (over Settings)' },
      { name: 'organisation-url', value: 'URL', help: 'the organisation’s web address, for this export' },
      { name: 'review-url', value: 'PATTERN', help: 'where the fact-check is published, for this export: an http(s) address that may hold {article}, {slug}, {claim}' },
      DB,
      DATABASE,
      HELP,
    ],
  },
  {
    name: 'settings',
    args: 'get [KEY] | set KEY VALUE [OPTIONS]',
    summary: 'read or change the workspace settings',
    details: [
      `KEY is one of ${SETTING_KEYS.join(', ')}.`,
      'organisation-url takes an http(s) address; review-url an http(s) address that may hold {article} (the article id), {slug} (its title) and {claim} (the claim number; without it each claim gets #claim-N); scale a verdict scale id (default, politifact, afp, or the newsroom’s own). An empty VALUE ("") clears a setting.',
    ],
    options: [{ name: 'json', help: 'get: the settings as one JSON object' }, DB, DATABASE, HELP],
  },
  {
    name: 'migrate',
    args: '--database URL | --db PATH',
    summary: 'apply a workspace’s pending schema migrations',
    details: [
      'A team server’s database is migrated only when told: by this command (or factbench serve --migrate); factbench serve refuses an outdated schema and names this command. Prints what it applied, or that the schema is up to date.',
      'With --db, the same for a workspace file (copied aside first when it holds data).',
    ],
    options: [{ ...DATABASE, help: 'the PostgreSQL database, postgres://USER@HOST:PORT/DB (else $FACTBENCH_DATABASE_URL)' }, DB, HELP],
  },
  {
    name: 'serve',
    args: '[--database URL | --db PATH] [OPTIONS]',
    summary: 'the team server: the browser interface and the API',
    details: [
      'Serves the workspace over HTTP (the interface, POST /rpc and the event stream) on a PostgreSQL database (--database) or a workspace file (--db). Several instances on one database serve the same workspace.',
      'Until accounts exist the token keeps others out: listening beyond loopback, or behind --public-url, needs one given (the same to every instance), of at least 16 printable characters; else a random one is printed. Refusals are one line, exit 2, before anything starts.',
    ],
    options: [
      DATABASE,
      DB,
      { name: 'listen', value: 'HOST:PORT', help: 'the address to listen on (default: 127.0.0.1:8080)' },
      { name: 'token', value: 'TOKEN', help: 'the shared token callers must give (else $FACTBENCH_TOKEN)' },
      { name: 'public-url', value: 'URL', help: 'the address people open when a proxy serves it (https://factbench.example)' },
      { name: 'migrate', help: 'apply pending migrations of the --database first' },
      { name: 'stop-on-stdin-close', help: 'stop when standard input closes (for the process that started it)' },
      HELP,
    ],
  },
  {
    name: 'help',
    args: '[COMMAND]',
    summary: 'this help, or every option of one command',
    details: [],
    options: [],
  },
];

export function commandSpec(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}

const EXIT_CODES = 'Exit codes: 0 done; 1 failed (one line on standard error says why); 2 the command line is wrong (unknown command, option or setting, missing or invalid value).';

/** Wraps a paragraph at 80 columns with an indent. */
function wrap(text: string, indent: string, width = 80): string {
  const lines: string[] = [];
  let line = indent;
  for (const word of text.split(/\s+/)) {
    if (line.trim() && line.length + word.length + 1 > width) {
      lines.push(line.trimEnd());
      line = indent;
    }
    line += (line.trim() ? ' ' : '') + word;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.join('\n');
}

export function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'factbench — the fact-checking workbench on the command line',
    '',
    'Usage: factbench COMMAND [ARGUMENTS] [OPTIONS]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    wrap('The workspace is --db PATH, else $FACTBENCH_DB, else the desktop app’s own; a team server’s is --database URL (or $FACTBENCH_DATABASE_URL) instead.', ''),
    wrap(EXIT_CODES, ''),
    'Every option of a command: factbench help COMMAND, or factbench COMMAND --help.',
  ].join('\n');
}

export function commandHelp(spec: CommandSpec): string {
  const left = (o: OptionSpec) => `--${o.name}${o.value ? ` ${o.value}` : ''}`;
  const width = Math.max(0, ...spec.options.map((o) => left(o).length));
  return [
    `Usage: factbench ${spec.name} ${spec.args}`.trimEnd(),
    '',
    wrap(spec.summary.charAt(0).toUpperCase() + spec.summary.slice(1) + '.', ''),
    ...spec.details.flatMap((d) => ['', wrap(d, '')]),
    ...(spec.options.length ? ['', 'Options:', ...spec.options.map((o) => `  ${left(o).padEnd(width)}  ${wrap(o.help, ' '.repeat(width + 4)).trimStart()}`)] : []),
    '',
    wrap(EXIT_CODES, ''),
  ].join('\n');
}
