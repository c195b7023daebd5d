import fs from 'node:fs';
import path from 'node:path';
import { scriptSafeJson } from '../../core/report/claimreview';
import { REPORT_FORMATS, type ReportFormat } from '../../core/report/input';
import type { Api } from '../api';
import { flagString, UsageError, type ParsedArgs } from './args';
import { languageFlag } from './claims-cmd';
import { expandInputs } from './inputs';
import { CliError, type CliIo } from './io';
import { readImportInput } from './read-input';
import { call, CallError } from './workspace';

const usage = (message: string, command: string) => Object.assign(new UsageError(message), { command });

/** `factbench import FILE|URL...`: one id per line; stops at the first article that cannot be imported. */
export async function importCommand(api: Api, args: ParsedArgs, io: CliIo): Promise<number> {
  const language = languageFlag(args, 'import');
  for (const source of expandInputs(args.positionals, 'import')) {
    const input = readImportInput(source, language);
    const payload =
      input.kind === 'url' ? { url: input.url } : input.kind === 'file' ? { file: { name: input.name, dataBase64: Buffer.from(input.bytes).toString('base64') } } : { text: input.text };
    const result = await call(api, 'articles.import', { ...payload, ...(input.language ? { language: input.language } : {}) });
    for (const w of result.warnings) io.err(`warning: ${w}`);
    io.out(`${result.articleId}\n`);
  }
  return 0;
}

export async function listCommand(api: Api, args: ParsedArgs, io: CliIo): Promise<number> {
  const rows = await call(api, 'articles.list', {});
  if (args.flags.has('json')) io.out(JSON.stringify(rows.map((r) => ({ id: r.id, title: r.title, claims: r.claims, checked: r.checked })), null, 2) + '\n');
  else for (const r of rows) io.out(`${r.id}  ${String(r.checked).padStart(3)}/${String(r.claims).padEnd(3)}  ${r.title}\n`);
  return 0;
}

/** The one line ClaimReview's missing settings get: what to set, and both ways to set it. */
function claimReviewHelp(missing: readonly string[], message: string): string {
  const how: Record<string, { set: string; flag: string }> = {
    organisation: { set: 'factbench settings set organisation NAME', flag: '--organisation NAME' },
    organisationUrl: { set: 'factbench settings set organisation-url URL', flag: '--organisation-url URL' },
    reviewUrl: { set: 'factbench settings set review-url URL', flag: '--review-url URL' },
  };
  const known = missing.map((m) => how[m]).filter((h): h is { set: string; flag: string } => h !== undefined);
  const and = (list: string[]) => new Intl.ListFormat('en', { type: 'conjunction' }).format(list);
  return `${message.replace(/\.$/, '')}: run ${and(known.map((h) => `"${h.set}"`))}, or pass ${known.map((h) => h.flag).join(' ')} to this export.`;
}

/** Writes bytes whole or not at all: a report half-written under its real name would be worse than none. */
function writeWhole(file: string, bytes: Buffer): void {
  const tmp = `${file}.partial`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, file);
}

/** `factbench export ARTICLE_ID|--all --format FORMAT …` */
export async function exportCommand(api: Api, args: ParsedArgs, io: CliIo): Promise<number> {
  const format = flagString(args, 'format');
  if (!format) throw usage(`--format is required: ${REPORT_FORMATS.join(', ')}`, 'export');
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw usage(`--format takes ${REPORT_FORMATS.join(', ')}, not "${format}"`, 'export');
  const lang = flagString(args, 'lang');
  if (lang !== undefined && lang !== 'en' && lang !== 'fr') throw usage('--lang takes en or fr', 'export');
  const all = args.flags.has('all');
  if (all && args.positionals.length > 0) throw usage('give an ARTICLE_ID or --all, not both', 'export');
  if (!all && args.positionals.length !== 1) throw usage('give one ARTICLE_ID (factbench list shows them), or --all', 'export');
  const out = flagString(args, 'out');
  const lines = all && !out;
  if (lines && format !== 'json' && format !== 'claimreview') throw usage('--all writes one file per article: give --out FOLDER (or use --format json or claimreview for one document per line)', 'export');

  const overrides = {
    ...(flagString(args, 'organisation') ? { organisation: flagString(args, 'organisation') } : {}),
    ...(flagString(args, 'organisation-url') ? { organisationUrl: flagString(args, 'organisation-url') } : {}),
    ...(flagString(args, 'review-url') ? { reviewUrl: flagString(args, 'review-url') } : {}),
  };
  const ids = all ? (await call(api, 'articles.list', {})).map((a) => a.id) : [args.positionals[0]!];
  if (all && out) fs.mkdirSync(out, { recursive: true });
  const used = new Set<string>();
  for (const articleId of ids) {
    let report;
    try {
      report = await call(api, 'reports.export', {
        articleId,
        format: format as ReportFormat,
        ...(lang ? { language: lang } : {}),
        includeUnchecked: !args.flags.has('checked-only'),
        includeDismissed: args.flags.has('include-dismissed'),
        ...overrides,
      });
    } catch (error) {
      if (error instanceof CallError && error.error.code === 'settings-required') {
        throw new CliError(claimReviewHelp((error.error.details as { missing?: string[] } | undefined)?.missing ?? [], error.error.message));
      }
      if (error instanceof CallError && error.error.code === 'invalid-input') throw usage(error.error.message, 'export');
      throw error;
    }
    const bytes = report.text !== undefined ? Buffer.from(report.text, 'utf8') : Buffer.from(report.base64 ?? '', 'base64');
    if (lines) {
      io.out(scriptSafeJson(JSON.parse(bytes.toString('utf8'))) + '\n');
    } else if (all && out) {
      // Two articles of the same title get the id's first characters to tell their files apart.
      let name = report.filename;
      if (used.has(name)) name = name.replace(/(\.[^.]+)$/, `-${articleId.slice(0, 8)}$1`);
      used.add(name);
      writeWhole(path.join(out, name), bytes);
      io.err(`Wrote ${path.join(out, name)} (${bytes.length} bytes)`);
    } else if (out) {
      writeWhole(out, bytes);
      io.err(`Wrote ${out} (${bytes.length} bytes)`);
    } else {
      io.out(bytes);
    }
  }
  return 0;
}
