import fs from 'node:fs';
import path from 'node:path';
import { MAX_IMPORT_BYTES, type ImportInput } from '../import';
import { tooLarge } from '../import/errors';

/** FILE or URL (or `-` for stdin) as the importer's input; an oversized file is a clear error, not a crash. */
export function readImportInput(target: string, language: string | null): ImportInput {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) return { kind: 'url', url: target, language };
  if (target === '-') return { kind: 'file', name: 'stdin.txt', bytes: new Uint8Array(fs.readFileSync(0)), language };
  const stat = fs.statSync(target);
  if (stat.size > MAX_IMPORT_BYTES) throw tooLarge({ name: path.basename(target) }, stat.size);
  return { kind: 'file', name: path.basename(target), bytes: new Uint8Array(fs.readFileSync(target)), language };
}
