import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from './args';

/** What a folder stands for: the files Factbench can import as articles. */
const ARTICLE_FILE = /\.(txt|text|md|markdown|html?|xhtml|docx|pdf)$/i;
const isAddress = (target: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(target);

function filesIn(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesIn(p));
    else if (entry.isFile() && ARTICLE_FILE.test(entry.name)) out.push(p);
  }
  return out;
}

/**
 * The articles the command line was given: files, web addresses, "-" (standard
 * input) and folders (their article files, subfolders too, in name order).
 * A path that does not exist is a usage error before anything is read.
 */
export function expandInputs(targets: string[], command: string): string[] {
  const usage = (message: string) => Object.assign(new UsageError(message), { command });
  if (targets.length === 0) throw usage('give at least one FILE, URL or FOLDER');
  const out: string[] = [];
  for (const t of targets) {
    if (t === '-' || isAddress(t)) {
      out.push(t);
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(t);
    } catch {
      throw usage(`no such file or folder: ${t}`);
    }
    if (!stat.isDirectory()) {
      out.push(t);
      continue;
    }
    const found = filesIn(t);
    if (found.length === 0) throw usage(`${t} holds no article file (.txt, .md, .html, .docx, .pdf)`);
    out.push(...found);
  }
  if (out.filter((t) => t === '-').length > 1) throw usage('standard input ("-") can be read once');
  return out;
}
