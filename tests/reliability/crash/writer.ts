/**
 * The writer the crash test kills: opens a workspace and makes changes through
 * the API as fast as it can — imports, verdicts, sources, manual claims — and
 * reports each one on stdout with a blocking write, `intent` before the call and
 * `ack` once the API has answered ok (the transaction is committed, fsync'd with
 * synchronous=FULL). What the parent read as `ack` must survive a SIGKILL.
 *
 * Usage: node --import tsx writer.ts DB_PATH SEED
 */
import fs from 'node:fs';
import { createApi } from '../../../src/node/api';
import { openWorkspace } from '../../../src/node/db/open';
import { ARTICLE_TEXT } from '../helpers/seed';

export type WriterLine =
  | { kind: 'ready'; pid: number }
  | { kind: 'intent' | 'ack'; seq: number; op: 'import'; articleId?: string; title: string }
  | { kind: 'intent' | 'ack'; seq: number; op: 'verdict'; claimId: string; verdict: string | null; rationale: string }
  | { kind: 'intent' | 'ack'; seq: number; op: 'source'; claimId: string; url: string; sourceId?: string }
  | { kind: 'intent' | 'ack'; seq: number; op: 'claim'; articleId: string; start: number; end: number; claimId?: string };

const [dbPath, seedArg] = process.argv.slice(2);
if (!dbPath) throw new Error('usage: writer.ts DB_PATH SEED');

// Blocking writes: a line handed to the pipe is the parent's even if we die the next instant.
const say = (line: WriterLine) => fs.writeSync(1, JSON.stringify(line) + '\n');

let state = Number(seedArg ?? 1) >>> 0 || 1;
const random = () => {
  // xorshift32: reproducible from the seed the parent prints
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 4294967296;
};
const pick = <T>(list: T[]): T | undefined => list[Math.floor(random() * list.length)];
const VERDICTS = ['verified', 'mostly-true', 'misleading', 'false', 'unverifiable', null];

const workspace = openWorkspace(dbPath);
const api = createApi(workspace, {}, 'crash-writer');
const db = workspace.db;
const claimIds = () => (db.prepare('SELECT id FROM claims ORDER BY rowid DESC LIMIT 50').all() as { id: string }[]).map((r) => r.id);
const articles = () => db.prepare('SELECT id, length(body) AS n FROM articles ORDER BY rowid DESC LIMIT 20').all() as { id: string; n: number }[];

async function step(seq: number): Promise<void> {
  const r = random();
  const claims = claimIds();
  if (r < 0.2 || claims.length === 0) {
    const title = `Crash test ${seq} ${process.pid}`;
    say({ kind: 'intent', seq, op: 'import', title });
    const res = await api.dispatch({ method: 'articles.import', input: { text: `${title}\n\n${ARTICLE_TEXT(seq)}`, language: 'fr' } });
    if (res.ok) say({ kind: 'ack', seq, op: 'import', title, articleId: (res.value as { articleId: string }).articleId });
  } else if (r < 0.65) {
    const claimId = pick(claims)!;
    const verdict = pick(VERDICTS) ?? null;
    const rationale = `Rationale ${seq}: ${'vérifié '.repeat(Math.floor(random() * 40))}`;
    say({ kind: 'intent', seq, op: 'verdict', claimId, verdict, rationale });
    const res = await api.dispatch({ method: 'claims.update', input: { id: claimId, patch: { verdict, rationale } } });
    if (res.ok) say({ kind: 'ack', seq, op: 'verdict', claimId, verdict, rationale });
  } else if (r < 0.9) {
    const claimId = pick(claims)!;
    const url = `https://example.org/source/${process.pid}/${seq}`;
    say({ kind: 'intent', seq, op: 'source', claimId, url });
    const res = await api.dispatch({ method: 'sources.add', input: { claimId, source: { url, title: `Source ${seq}`, stance: 'refutes', excerpt: 'x'.repeat(Math.floor(random() * 2000)) } } });
    if (res.ok) say({ kind: 'ack', seq, op: 'source', claimId, url, sourceId: (res.value as { id: string }).id });
  } else {
    const article = pick(articles());
    if (!article || article.n < 20) return;
    const start = Math.floor(random() * (article.n - 10));
    const end = Math.min(article.n, start + 5 + Math.floor(random() * 60));
    say({ kind: 'intent', seq, op: 'claim', articleId: article.id, start, end });
    const res = await api.dispatch({ method: 'claims.create', input: { articleId: article.id, start, end } });
    if (res.ok) say({ kind: 'ack', seq, op: 'claim', articleId: article.id, start, end, claimId: (res.value as { id: string }).id });
  }
}

say({ kind: 'ready', pid: process.pid });
for (let seq = Date.now(); ; seq++) await step(seq);
