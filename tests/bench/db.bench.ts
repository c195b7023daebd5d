/**
 * Database floors of DESIGN.md, measured in the same run:
 * - insert 100k claims through the repository vs a bare prepared-insert loop in one transaction (goal ≤ 1.3×);
 * - a search over them through the API vs the same FTS5 queries issued raw (goal ≤ 1.2×): the search
 *   looks in claims, articles and sources, so the floor runs those three queries bare.
 */
import path from 'node:path';
import type { DetectedClaim } from '../../src/core/model';
import { createApi } from '../../src/node/api';
import { newId } from '../../src/node/db/ids';
import { openWorkspace } from '../../src/node/db/open';
import { tempDir } from '../helpers/temp';
import { bestOf, bestOfAsync, report } from './measure';

const N = 100_000;
const WORDS = 'gouvernement annonce milliards budget Washington Kremlin sanctions missiles élection inflation record premier depuis pandémie vaccin réfugiés frontière accord armes'.split(' ');
const sentence = (i: number) => `Claim ${i}: ${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} ${WORDS[(i * 13) % WORDS.length]} a augmenté de ${i % 97} % selon le ministère.`;
const body = Array.from({ length: 2000 }, (_, i) => sentence(i)).join(' ');
const detected: DetectedClaim[] = Array.from({ length: N }, (_, i) => {
  const start = (i * 37) % (body.length - 120);
  return { text: sentence(i), type: 'statistic', speaker: 'le ministère', speakerEvidence: 'selon le ministère', speakerKind: 'organisation', score: 0.8, reasons: [{ code: 'number', evidence: `${i % 97} %`, weight: 0.3 }], anchors: [{ start, end: start + 100 }], relatedTo: null };
});

const cleanups: (() => void)[] = [];
function freshWorkspace(label: string) {
  const { dir, cleanup } = tempDir(`factbench-bench-${label}-`);
  cleanups.push(cleanup);
  const ws = openWorkspace(path.join(dir, 'bench.db'));
  const articleId = newId();
  ws.db.prepare(`INSERT INTO articles(id, title, body, original, imported_at, updated_at) VALUES (?, 'bench', ?, ?, 'now', 'now')`).run(articleId, body, body);
  return { ws, articleId };
}

// Floor: the same rows (claim + anchor) through bare prepared statements in one transaction, same schema and triggers.
function floorInsert(): number {
  const { ws, articleId } = freshWorkspace('floor');
  const claim = ws.db.prepare(
    `INSERT INTO claims(id, article_id, text, type, speaker, speaker_evidence, score, reasons, origin, review, status, rationale, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'auto', 'suggested', 'unchecked', '', ?, ?, ?)`,
  );
  const anchor = ws.db.prepare(`INSERT INTO claim_anchors(id, claim_id, start, "end", exact, prefix, suffix, orphaned, folded_line_id) VALUES (?, ?, ?, ?, ?, ?, ?, 0, NULL)`);
  const t0 = performance.now();
  ws.db.transaction(() => {
    const at = new Date().toISOString();
    for (const c of detected) {
      const id = newId();
      const a = c.anchors[0]!;
      claim.run(id, articleId, c.text, c.type, c.speaker, c.speakerEvidence, c.score, JSON.stringify(c.reasons), a.start, at, at);
      anchor.run(newId(), id, a.start, a.end, body.slice(a.start, a.end), body.slice(Math.max(0, a.start - 32), a.start), body.slice(a.end, a.end + 32));
    }
  })();
  const ms = performance.now() - t0;
  ws.close();
  return ms;
}

async function workInsert() {
  const { ws, articleId } = freshWorkspace('work');
  const t0 = performance.now();
  await ws.transaction((t) => t.claims.insertDetected(articleId, detected, { body, folded: [] }));
  return { ms: performance.now() - t0, ws };
}

const floor = Math.min(floorInsert(), floorInsert());
const first = await workInsert();
await first.ws.close();
const second = await workInsert();
report('insert 100k claims', Math.min(first.ms, second.ms), floor, 1.3);

// Search over the 100k claims of the second workspace.
const ws = second.ws;
const api = createApi(ws, {}, 'bench');
// Floor: the FTS5 queries the search issues (claims, articles, sources), raw, with the same snippets and limit.
const snippetOf = (t: string) => `snippet(${t}, -1, '\uE000', '\uE001', '…', 12)`;
const raw = ['claims', 'articles', 'sources'].map((t) => ws.db.prepare(`SELECT rowid, ${snippetOf(`${t}_fts`)} AS snippet FROM ${t}_fts WHERE ${t}_fts MATCH ? ORDER BY rank LIMIT ?`));
const queries = ['Washington sanctions', 'pandémie', 'record depuis', 'ministère budget', 'réfugiés frontière'];
const floorSearch = bestOf(5, () => {
  for (const q of queries) for (const stmt of raw) stmt.all(q.split(' ').map((w) => `"${w}"*`).join(' '), 50);
});
const workSearch = await bestOfAsync(5, async () => {
  for (const q of queries) {
    const r = await api.dispatch({ method: 'search.query', input: { q, limit: 50 } });
    if (!r.ok) throw new Error(r.error.message);
  }
});
report('search 100k claims (FTS5)', workSearch, floorSearch, 1.2, `[${queries.length} queries]`);
ws.close();
cleanups.forEach((c) => c());
