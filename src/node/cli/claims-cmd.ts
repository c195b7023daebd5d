import { detectClaims } from '../../core/claims';
import { ImportError, importArticle } from '../import';
import { flagString, UsageError, type ParsedArgs } from './args';
import { claimsDocument } from './claims-json';
import { expandInputs } from './inputs';
import type { CliIo } from './io';
import { readImportInput } from './read-input';

/** `--lang fr|en|auto`: null lets detection decide. */
export function languageFlag(args: ParsedArgs, command: string): string | null {
  const lang = flagString(args, 'lang') ?? 'auto';
  if (lang === 'auto') return null;
  if (!/^[a-z]{2}$/.test(lang)) throw Object.assign(new UsageError('--lang takes fr, en or auto'), { command });
  return lang;
}

type Outcome = { source: string; doc: ReturnType<typeof claimsDocument> } | { source: string; error: { code: string; message: string } };

async function readOne(source: string, language: string | null): Promise<Outcome> {
  try {
    const article = await importArticle(readImportInput(source, language));
    const found = detectClaims(article, { language: article.meta.language });
    return { source, doc: claimsDocument(source, article, found) };
  } catch (error) {
    if (error instanceof ImportError) return { source, error: { code: error.code, message: error.message } };
    throw error;
  }
}

function printHuman(io: CliIo, o: Extract<Outcome, { doc: unknown }>, several: boolean): void {
  const d = o.doc;
  if (several) io.out(`== ${o.source}\n`);
  io.out(`${d.title ?? '(untitled)'} — ${d.outlet ?? 'unknown outlet'}, ${d.published ?? 'undated'} [${d.language ?? '?'}]\n`);
  io.out(`${d.claims.length} claims, ${d.folded.length} folded lines\n\n`);
  d.claims.forEach((c, i) => {
    const where = c.anchors.length > 1 ? ` ×${c.anchors.length}` : '';
    io.out(`${String(i + 1).padStart(2)}. [${c.type}, ${c.score.toFixed(2)}${where}] ${c.speaker ? c.speaker + ': ' : ''}${c.text}\n`);
  });
  if (several) io.out('\n');
}

/**
 * `factbench claims FILE|URL|FOLDER... [--json|--jsonl]`. Articles are read
 * one after the other (each holds the whole text in memory; a newsroom's
 * folder of wire copy is read in seconds). One document for one article,
 * an array for several with --json, a line each with --jsonl.
 */
export async function claimsCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.flags.has('json') && args.flags.has('jsonl')) throw Object.assign(new UsageError('give --json or --jsonl, not both'), { command: 'claims' });
  const language = languageFlag(args, 'claims');
  const sources = expandInputs(args.positionals, 'claims');
  const several = sources.length > 1 || args.positionals.length > 1;
  const outcomes: Outcome[] = [];
  let failed = 0;
  for (const source of sources) {
    const o = await readOne(source, language);
    if ('error' in o) {
      failed++;
      io.err(`factbench: ${several ? `${source}: ` : ''}${o.error.message}`);
    }
    if (args.flags.has('jsonl')) io.out(JSON.stringify('doc' in o ? o.doc : o) + '\n');
    else if (args.flags.has('json')) outcomes.push(o);
    else if ('doc' in o) printHuman(io, o, several);
  }
  if (args.flags.has('json')) {
    const docs = outcomes.map((o) => ('doc' in o ? o.doc : o));
    if (!several) {
      if (docs[0] && 'doc' in outcomes[0]!) io.out(JSON.stringify(docs[0], null, 2) + '\n');
    } else io.out(JSON.stringify(docs, null, 2) + '\n');
  }
  return failed > 0 ? 1 : 0;
}
