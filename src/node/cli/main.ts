import fs from 'node:fs';
import { detectClaims } from '../../core/claims';
import type { Api } from '../api';
import { DatabaseTooNewError } from '../db/migrate';
import { ImportError, importArticle } from '../import';
import { REPORT_FORMATS, type ReportFormat } from '../../core/report/input';
import { flagString, parseArgs, UsageError, type ParsedArgs } from './args';
import { claimsDocument } from './claims-json';
import { migrateCommand } from './migrate';
import { readImportInput } from './read-input';

const USAGE = `Usage:
  factbench claims FILE|URL [--lang fr|en|auto] [--json]   find the check-worthy claims (no database)
  factbench import FILE|URL [--lang fr|en|auto] [--db PATH] store an article, print its id
  factbench list [--db PATH] [--json]                      list the articles of a workspace
  factbench export ARTICLE_ID --format FORMAT [--out FILE] [--db PATH]
      FORMAT: ${REPORT_FORMATS.join('|')}
  factbench migrate --database postgres://USER@HOST:PORT/DB  apply a team server's pending migrations
  factbench serve [--database URL | --db PATH] [--listen HOST:PORT] [--token T] [--public-url URL] [--migrate]
                                                           the team server (browser interface and API)
The workspace is --db PATH, else $FACTBENCH_DB, else the app's own; a team server's is
--database URL (or $FACTBENCH_DATABASE_URL) instead, for import, list, export, migrate and serve.
serve listens on 127.0.0.1:8080 by default; its token is --token or $FACTBENCH_TOKEN (needed
beyond loopback and behind --public-url), else a random one it prints.`;

/** A failure the user can act on: one line on stderr, non-zero exit. */
class CliError extends Error {}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'claims':
      return claims(parseArgs(rest, { values: ['lang'], booleans: ['json'] }));
    case 'import':
      return withApi(parseArgs(rest, { values: ['db', 'database', 'lang'], booleans: [] }), importCmd);
    case 'list':
      return withApi(parseArgs(rest, { values: ['db', 'database'], booleans: ['json'] }), list);
    case 'export':
      return withApi(parseArgs(rest, { values: ['db', 'database', 'format', 'out', 'lang'], booleans: ['include-dismissed', 'checked-only'] }), exportCmd);
    case 'migrate':
      return migrateCommand(parseArgs(rest, { values: ['db', 'database'], booleans: [] }));
    case 'serve':
      return (await import('./serve')).serveCommand(parseArgs(rest, { values: ['db', 'database', 'listen', 'token', 'public-url'], booleans: ['migrate', 'stop-on-stdin-close'] }));
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function language(args: ParsedArgs): string | null {
  const lang = flagString(args, 'lang') ?? 'auto';
  if (lang === 'auto') return null;
  if (!/^[a-z]{2}$/.test(lang)) throw new UsageError('--lang takes fr, en or auto');
  return lang;
}

function onlyTarget(args: ParsedArgs, what: string): string {
  if (args.positionals.length !== 1) throw new UsageError(`give exactly one ${what}`);
  return args.positionals[0]!;
}

async function claims(args: ParsedArgs): Promise<number> {
  const article = await importArticle(readImportInput(onlyTarget(args, 'FILE or URL'), language(args)));
  const found = detectClaims(article, { language: article.meta.language });
  if (args.flags.has('json')) {
    process.stdout.write(JSON.stringify(claimsDocument(article, found), null, 2) + '\n');
    return 0;
  }
  console.log(`${article.meta.title ?? '(untitled)'} — ${article.meta.outlet ?? 'unknown outlet'}, ${article.meta.publishedAt ?? 'undated'} [${article.meta.language ?? '?'}]`);
  console.log(`${found.length} claims, ${article.folded.length} folded lines\n`);
  found.forEach((c, i) => {
    const where = c.anchors.length > 1 ? ` ×${c.anchors.length}` : '';
    console.log(`${String(i + 1).padStart(2)}. [${c.type}, ${c.score.toFixed(2)}${where}] ${c.speaker ? c.speaker + ': ' : ''}${c.text}`);
  });
  return 0;
}

/** Workspace commands load the database layer and every service; `claims` needs neither, so they are loaded here, late. */
async function withApi(args: ParsedArgs, run: (api: Api, args: ParsedArgs) => Promise<number>): Promise<number> {
  const [{ createApi }, { openStore }, { resolveDatabasePath }, { chromiumPrinter }] = await Promise.all([
    import('../api'),
    import('../db/open-store'),
    import('../db/paths'),
    import('../report/chromium-printer'),
  ]);
  const url = flagString(args, 'database') ?? (flagString(args, 'db') ? undefined : process.env.FACTBENCH_DATABASE_URL);
  if (url && flagString(args, 'db')) throw new UsageError('give --database or --db, not both');
  const { store: workspace } = await openStore(url ? { url } : { path: resolveDatabasePath(flagString(args, 'db')) });
  try {
    return await run(createApi(workspace, { renderPdf: chromiumPrinter() }, process.env.USER ?? 'cli'), args);
  } finally {
    await workspace.close();
  }
}

async function call<T>(api: Api, method: string, input: unknown): Promise<T> {
  const res = await api.dispatch({ method, input });
  if (!res.ok) throw new CliError(res.error.message);
  return res.value as T;
}

async function importCmd(api: Api, args: ParsedArgs): Promise<number> {
  const input = readImportInput(onlyTarget(args, 'FILE or URL'), language(args));
  const payload =
    input.kind === 'url' ? { url: input.url } : input.kind === 'file' ? { file: { name: input.name, dataBase64: Buffer.from(input.bytes).toString('base64') } } : { text: input.text };
  const result = await call<{ articleId: string; claims: number; warnings: string[] }>(api, 'articles.import', { ...payload, language: input.language });
  for (const w of result.warnings) console.error(`warning: ${w}`);
  console.log(result.articleId);
  return 0;
}

async function list(api: Api, args: ParsedArgs): Promise<number> {
  const rows = await call<{ id: string; title: string; claims: number; checked: number; outlet: string | null; importedAt: string }[]>(api, 'articles.list', {});
  if (args.flags.has('json')) {
    process.stdout.write(JSON.stringify(rows.map((r) => ({ id: r.id, title: r.title, claims: r.claims, checked: r.checked })), null, 2) + '\n');
  } else {
    for (const r of rows) console.log(`${r.id}  ${String(r.checked).padStart(3)}/${String(r.claims).padEnd(3)}  ${r.title}`);
  }
  return 0;
}

async function exportCmd(api: Api, args: ParsedArgs): Promise<number> {
  const articleId = onlyTarget(args, 'ARTICLE_ID');
  const format = flagString(args, 'format');
  if (!format || !(REPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format takes ${REPORT_FORMATS.join(', ')}`);
  const lang = flagString(args, 'lang');
  const report = await call<{ filename: string; text?: string; base64?: string }>(api, 'reports.export', {
    articleId,
    format: format as ReportFormat,
    ...(lang ? { language: lang } : {}),
    includeUnchecked: !args.flags.has('checked-only'),
    includeDismissed: args.flags.has('include-dismissed'),
  });
  const bytes = report.text !== undefined ? Buffer.from(report.text, 'utf8') : Buffer.from(report.base64 ?? '', 'base64');
  const out = flagString(args, 'out');
  if (out) {
    const tmp = `${out}.partial`;
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, out); // never leave half a report under the real name
    console.error(`Wrote ${out} (${bytes.length} bytes)`);
  } else {
    process.stdout.write(bytes);
  }
  return 0;
}

/** The database errors that are the user's to act on (named here, so the PostgreSQL driver loads only when used). */
function isDatabaseError(error: unknown): boolean {
  const name = (error as Error | null)?.name;
  return name === 'DatabaseConnectionError' || name === 'DatabaseUrlError' || name === 'SchemaOutdatedError';
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof UsageError || error instanceof CliError || error instanceof ImportError || error instanceof DatabaseTooNewError || isDatabaseError(error);
    const message = error instanceof Error ? error.message : String(error);
    console.error(`factbench: ${known ? message : `unexpected failure: ${message}`}`);
    if (error instanceof UsageError) console.error(`Run "factbench help" for usage.`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
