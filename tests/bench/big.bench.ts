/**
 * Big inputs (issue 7): a 20 MB article, 10,000 claims in one article, 100,000
 * sources in the workspace. Each figure is the API doing the work against a
 * floor measured in the same run; peak memory (max RSS so far) and heap are
 * appended to each line. Asserts nothing.
 *
 *   npx tsx tests/bench/big.bench.ts          (FACTBENCH_BIG_MB=5 for a quicker run)
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DetectedClaim } from '../../src/core/model';
import { createApi, type Api } from '../../src/node/api';
import { newId } from '../../src/node/db/ids';
import { openWorkspace, type Workspace } from '../../src/node/db/open';
import { createWorkPool } from '../../src/node/pool/pool';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { BIG_ARTICLE_WORDS as WORDS, bigArticle, bigArticleParagraph as paragraph } from '../helpers/big-article';
import { tempDir } from '../helpers/temp';
import { bestOf, bestOfAsync, report } from './measure';

const MB = Number(process.env.FACTBENCH_BIG_MB ?? 20);
const CLAIMS = 10_000;
const SOURCES = 100_000;

const tmp = tempDir('factbench-big-');
const memory = () => {
  const peak = process.resourceUsage().maxRSS / 1024; // KiB → MiB
  return `[peak RSS ${peak.toFixed(0)} MB, heap ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB]`;
};
async function call<T>(api: Api, method: string, input: unknown): Promise<T> {
  const res = await api.dispatch({ method, input });
  if (!res.ok) throw new Error(`${method}: ${res.error.message}`);
  return res.value as T;
}
// As the host, the team server and Electron run it: imports and reports on worker threads.
const work = createWorkPool();
function fresh(name: string): { ws: Workspace; api: Api } {
  const ws = openWorkspace(path.join(tmp.dir, `${name}.db`));
  return { ws, api: createApi(ws, { work }, 'bench') };
}


// ── 1. A 20 MB article ────────────────────────────────────────────────────────
{
  // Just under the API's limit (LIMITS.articleChars = 20,000,000 characters).
  const { text, paragraphs: parts } = bigArticle(MB);
  console.log(`article: ${(text.length / 1e6).toFixed(1)} M characters, ${parts.length} paragraphs`);

  // Floor (DESIGN.md): Intl.Segmenter's sentence pass alone, paragraph by paragraph.
  const segmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });
  const floor = bestOf(1, () => {
    let n = 0;
    for (const p of parts) for (const _ of segmenter.segment(p)) n++;
    if (n === 0) throw new Error('no sentences');
  });
  const { ws, api } = fresh('article');
  await call(api, 'articles.import', { text: parts[0], language: 'fr' }); // a worker started, as in a running host
  // The longest the request thread was held up meanwhile: what another user's call would have waited.
  const stalls = monitorEventLoopDelay({ resolution: 10 });
  stalls.enable();
  const t0 = performance.now();
  const { articleId, claims } = await call<{ articleId: string; claims: number }>(api, 'articles.import', { text, language: 'fr' });
  const took = performance.now() - t0;
  // The histogram records a delay when the late timer fires: let it fire after the storing, then stop.
  await new Promise((resolve) => setTimeout(resolve, 50));
  stalls.disable();
  report(`import a ${MB} MB article`, took, floor, 3, `${memory()} [${claims} claims found] [request thread held up ${(stalls.max / 1e6).toFixed(0)} ms at most]`);

  // Opening it: the API's article (JSON, as a transport sends it) against the raw row serialized.
  const raw = ws.db.prepare<[string], { body: string; blocks: string }>('SELECT body, blocks FROM articles WHERE id = ?');
  const floorGet = bestOf(3, () => void JSON.stringify(raw.get(articleId)));
  const workGet = await bestOfAsync(3, async () => void JSON.stringify(await call(api, 'articles.get', { id: articleId })));
  report(`open the ${MB} MB article (articles.get)`, workGet, floorGet, 3, memory());
  ws.close();
}

// ── 2. 10,000 claims in one article ──────────────────────────────────────────
{
  const { ws, api } = fresh('claims');
  const body = Array.from({ length: CLAIMS }, (_, i) => paragraph(i)).join('\n\n');
  const articleId = newId();
  ws.db.prepare(`INSERT INTO articles(id, title, body, original, imported_at, updated_at, language) VALUES (?, 'Ten thousand claims', ?, ?, 'now', 'now', 'fr')`).run(articleId, body, body);
  let at = 0;
  const detected: DetectedClaim[] = Array.from({ length: CLAIMS }, (_, i) => {
    const p = paragraph(i);
    const start = at;
    at += p.length + 2;
    return { text: p.slice(0, 80), type: 'statistic', speaker: `Ministre ${i % 500}`, speakerEvidence: 'a déclaré', speakerKind: 'person', score: 0.7, reasons: [{ code: 'number', evidence: `${i % 97} %`, weight: 0.3 }], anchors: [{ start, end: start + 80 }], relatedTo: null };
  });
  const t0 = performance.now();
  await ws.transaction((t) => t.claims.insertDetected(articleId, detected, { body, folded: [] }));
  console.log(`stored ${CLAIMS} claims with anchors in ${(performance.now() - t0).toFixed(0)} ms`);
  // A verdict and a source on every tenth claim, through the API.
  const ids = (ws.db.prepare('SELECT id FROM claims WHERE article_id = ? ORDER BY position').all(articleId) as { id: string }[]).map((r) => r.id);
  for (let i = 0; i < ids.length; i += 10) {
    await call(api, 'claims.update', { id: ids[i], patch: { verdict: 'false', rationale: `Rationale ${i}` } });
    await call(api, 'sources.add', { claimId: ids[i], source: { url: `https://example.org/s/${i}`, title: `Source ${i}` } });
  }

  // The claim list: the API (claims + anchors, JSON) against the raw rows serialized.
  const rawClaims = ws.db.prepare('SELECT * FROM claims WHERE article_id = ? ORDER BY position');
  const rawAnchors = ws.db.prepare('SELECT a.* FROM claim_anchors a JOIN claims c ON c.id = a.claim_id WHERE c.article_id = ?');
  const floorList = bestOf(3, () => void JSON.stringify([rawClaims.all(articleId), rawAnchors.all(articleId)]));
  const workList = await bestOfAsync(3, async () => void JSON.stringify(await call(api, 'claims.list', { articleId })));
  report(`list ${CLAIMS} claims of one article`, workList, floorList, 3, memory());

  // The report of them all through the API (gather + render) against the same data read raw and
  // serialized: claims, anchors, cited sources and audit events by bare SQL, then JSON.stringify (DESIGN.md: ≤ 5×).
  const rawSources = ws.db.prepare('SELECT s.*, cs.* FROM claim_sources cs JOIN sources s ON s.id = cs.source_id JOIN claims c ON c.id = cs.claim_id WHERE c.article_id = ?');
  const rawEvents = ws.db.prepare('SELECT * FROM events WHERE article_id = ?');
  const floorReport = bestOf(3, () => void JSON.stringify([rawClaims.all(articleId), rawAnchors.all(articleId), rawSources.all(articleId), rawEvents.all(articleId)]));
  for (const format of ['json', 'html'] as const) {
    const workReport = await bestOfAsync(2, async () => void (await call(api, 'reports.export', { articleId, format })));
    report(`${format} report of ${CLAIMS} claims`, workReport, floorReport, 5, memory());
  }
  ws.close();
}

// ── 3. 100,000 sources in the workspace ──────────────────────────────────────
{
  const { ws, api } = fresh('sources');
  const articleId = newId();
  ws.db.prepare(`INSERT INTO articles(id, title, body, original, imported_at, updated_at) VALUES (?, 'Sources', 'Le budget a augmenté.', 'x', 'now', 'now')`).run(articleId);
  const claim = await call<{ id: string }>(api, 'claims.create', { articleId, start: 0, end: 20 });
  const insert = ws.db.prepare(`INSERT INTO sources(id, url, title, publisher, author, published_at, accessed_at, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, NULL, ?, 'web', ?, ?)`);
  const t0 = performance.now();
  ws.db.transaction(() => {
    for (let i = 0; i < SOURCES; i++) {
      const at = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
      insert.run(newId(), `https://example.org/${WORDS[i % WORDS.length]}/${i}`, `${WORDS[(i * 3) % WORDS.length]} ${WORDS[(i * 5) % WORDS.length]} report ${i}`, `Publisher ${i % 300}`, `Author ${i % 1000}`, at, at, at);
    }
  })();
  console.log(`stored ${SOURCES} sources in ${(performance.now() - t0).toFixed(0)} ms`);

  // Search: the API's workspace search against the same three FTS5 queries raw.
  const snippetOf = (t: string) => `snippet(${t}, -1, '\uE000', '\uE001', '…', 12)`;
  const raw = ['claims', 'articles', 'sources'].map((t) => ws.db.prepare(`SELECT rowid, ${snippetOf(`${t}_fts`)} AS snippet FROM ${t}_fts WHERE ${t}_fts MATCH ? ORDER BY rank LIMIT ?`));
  const queries = ['Washington sanctions', 'pandémie', 'record depuis', 'budget', 'réfugiés frontière'];
  const floorSearch = bestOf(3, () => {
    for (const q of queries) for (const stmt of raw) stmt.all(q.split(' ').map((w) => `"${w}"*`).join(' '), 50);
  });
  const workSearch = await bestOfAsync(3, async () => {
    for (const q of queries) await call(api, 'search.query', { q, limit: 50 });
  });
  report(`search among ${SOURCES} sources`, workSearch, floorSearch, 1.2, memory());

  // The source library (search as you type, and the empty query: most recent first).
  const rawSources = ws.db.prepare(`SELECT s.* FROM sources_fts f JOIN sources s ON s.rowid = f.rowid WHERE sources_fts MATCH ? ORDER BY f.rank LIMIT 20`);
  const floorLibrary = bestOf(3, () => {
    for (const q of queries) rawSources.all(q.split(' ').map((w) => `"${w}"*`).join(' '));
  });
  const workLibrary = await bestOfAsync(3, async () => {
    for (const q of queries) await call(api, 'sources.search', { q, limit: 20 });
  });
  report(`source library search among ${SOURCES}`, workLibrary, floorLibrary, 1.5, memory());
  // The same query bare (so the ratio is the API's share), then what an index on updated_at would make of it.
  const rawRecent = ws.db.prepare(`SELECT s.*, (SELECT count(*) FROM claim_sources cs WHERE cs.source_id = s.id) AS uses FROM sources s ORDER BY s.updated_at DESC, s.id DESC LIMIT 20`);
  const floorRecent = bestOf(3, () => void rawRecent.all());
  const workRecent = await bestOfAsync(3, async () => void (await call(api, 'sources.search', { q: '', limit: 20 })));
  report(`source library, recent first, among ${SOURCES}`, workRecent, floorRecent, 1.5, memory());
  ws.db.exec('CREATE INDEX bench_sources_by_updated ON sources(updated_at DESC, id DESC)');
  const indexed = bestOf(3, () => void rawRecent.all());
  console.log(`  (no index orders sources by updated_at: ${floorRecent.toFixed(1)} ms for the bare query; ${indexed.toFixed(2)} ms with one)`);
  ws.db.exec('DROP INDEX bench_sources_by_updated');

  // Adding a source when 100k exist, against the two bare inserts it makes.
  const bareSource = ws.db.prepare(`INSERT INTO sources(id, url, title, publisher, author, accessed_at, kind, created_at, updated_at) VALUES (?, ?, 't', '', '', 'now', 'web', 'now', 'now')`);
  const bareLink = ws.db.prepare(`INSERT INTO claim_sources(claim_id, source_id, stance, excerpt, note, ord, created_at) VALUES (?, ?, 'context', '', '', 0, 'now')`);
  let n = 0;
  const floorAdd = bestOf(20, () =>
    ws.db.transaction(() => {
      const id = newId();
      bareSource.run(id, `https://example.org/bare/${n++}`);
      bareLink.run(claim.id, id);
    })(),
  );
  const workAdd = await bestOfAsync(20, async () => void (await call(api, 'sources.add', { claimId: claim.id, source: { url: `https://example.org/api/${n++}`, title: 'New' } })));
  report(`add a source among ${SOURCES}`, workAdd, floorAdd, 3, memory());

  // A backup of this workspace against copying the file: the floor is not a consistent copy while anyone writes, and the
  // backup also reads the copy back (quick_check); SQLite's backup API alone runs at about a tenth of a raw copy's speed.
  ws.db.pragma('wal_checkpoint(TRUNCATE)');
  const bytes = fs.statSync(ws.path).size;
  const floorCopy = bestOf(2, () => fs.copyFileSync(ws.path, path.join(tmp.dir, 'copy.db')));
  const workBackup = await bestOfAsync(2, async () => void (await call(api, 'backups.create', {})));
  report(`back up a ${(bytes / 1048576).toFixed(0)} MB workspace`, workBackup, floorCopy, 20, memory());
  ws.close();

  // Opening it (the app's start): openWorkspace against a bare open and one query.
  const floorOpen = bestOf(3, () => {
    const db = openWorkspace(ws.path, { readonly: true });
    db.db.prepare('SELECT count(*) FROM sources').get();
    db.close();
  });
  const workOpen = bestOf(3, () => {
    const w = openWorkspace(ws.path);
    w.db.prepare('SELECT count(*) FROM sources').get();
    w.close();
  });
  report(`open a workspace of ${SOURCES} sources`, workOpen, floorOpen, 2, memory());
}

await work.close();
tmp.cleanup();
