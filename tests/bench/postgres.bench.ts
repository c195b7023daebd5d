/**
 * The team server's storage (issue 11), on a throwaway PostgreSQL 15 cluster,
 * each figure against the same work issued raw through `pg` in the same run:
 * - insert 100k claims (with their anchors) through the repository vs raw multi-row INSERTs (goal <= 1.3x);
 * - list the 10,000 claims of one article through the API vs the same two SELECTs raw, serialized (goal <= 1.5x);
 * - full-text search over those 100k claims through the API vs the very SQL the adapter sends, raw (goal <= 1.5x).
 * Asserts nothing.   npx tsx tests/bench/run.ts postgres
 */
import { Kysely, PostgresDialect, type CompiledQuery } from 'kysely';
import type { DetectedClaim } from '../../src/core/model';
import { createApi } from '../../src/node/api';
import { postgresSearch } from '../../src/node/db/dialect/search';
import { newId } from '../../src/node/db/ids';
import { openStore } from '../../src/node/db/open-store';
import type { PostgresStore } from '../../src/node/db/postgres/store';
import type { DB } from '../../src/node/db/schema';
import { createDatabase, startCluster } from '../helpers/postgres-cluster';
import { bestOfAsync, report } from './measure';

const N = 100_000;
const LIST = 10_000;
const WORDS = 'gouvernement annonce milliards budget Washington Kremlin sanctions missiles élection inflation record premier depuis pandémie vaccin réfugiés frontière accord armes'.split(' ');
const sentence = (i: number) => `Claim ${i}: ${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} ${WORDS[(i * 13) % WORDS.length]} a augmenté de ${i % 97} % selon le ministère.`;
const body = Array.from({ length: 2000 }, (_, i) => sentence(i)).join(' ');
const detected = (n: number): DetectedClaim[] =>
  Array.from({ length: n }, (_, i) => {
    const start = (i * 37) % (body.length - 120);
    return { text: sentence(i), type: 'statistic', speaker: 'le ministère', speakerEvidence: 'selon le ministère', speakerKind: 'organisation', score: 0.8, reasons: [{ code: 'number', evidence: `${i % 97} %`, weight: 0.3 }], anchors: [{ start, end: start + 100 }], relatedTo: null };
  });

const cluster = await startCluster();
try {
  let dbs = 0;
  const fresh = async () => {
    const name = `bench_${dbs++}`;
    await createDatabase(cluster.url('postgres'), name);
    const { store } = await openStore({ url: cluster.url(name), migrate: true });
    const pg = store as PostgresStore;
    const articleId = newId();
    await pg.pool.query(`INSERT INTO articles(id, title, body, original, imported_at, updated_at) VALUES ($1, 'bench', $2, $2, now(), now())`, [articleId, body]);
    return { store: pg, articleId };
  };
  const rows = detected(N);

  // Floor: the same claims and anchors by raw multi-row INSERTs of 500 rows through pg, in one transaction.
  const floorInsert = async () => {
    const { store, articleId } = await fresh();
    const client = await store.pool.connect();
    const t0 = performance.now();
    await client.query('BEGIN');
    const at = new Date().toISOString();
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      const claims: unknown[] = [];
      const anchors: unknown[] = [];
      const cv: string[] = [];
      const av: string[] = [];
      for (const c of chunk) {
        const id = newId();
        const a = c.anchors[0]!;
        const p = claims.length;
        claims.push(id, articleId, c.text, c.type, c.speaker, c.speakerEvidence, c.score, JSON.stringify(c.reasons), a.start, at, at);
        cv.push(`(${Array.from({ length: 11 }, (_, k) => `$${p + k + 1}`).join(', ')}, 'auto', 'suggested', 'unchecked', '')`);
        const q = anchors.length;
        anchors.push(newId(), id, a.start, a.end, body.slice(a.start, a.end), body.slice(Math.max(0, a.start - 32), a.start), body.slice(a.end, a.end + 32), null);
        av.push(`(${Array.from({ length: 8 }, (_, k) => `$${q + k + 1}`).join(', ')}, FALSE)`);
      }
      await client.query(`INSERT INTO claims(id, article_id, text, type, speaker, speaker_evidence, score, reasons, position, created_at, updated_at, origin, review, status, rationale) VALUES ${cv.join(', ')}`, claims);
      await client.query(`INSERT INTO claim_anchors(id, claim_id, start, "end", exact, prefix, suffix, folded_line_id, orphaned) VALUES ${av.join(', ')}`, anchors);
    }
    await client.query('COMMIT');
    const ms = performance.now() - t0;
    client.release();
    await store.close();
    return ms;
  };
  const workInsert = async () => {
    const { store, articleId } = await fresh();
    const t0 = performance.now();
    await store.transaction((t) => t.claims.insertDetected(articleId, rows, { body, folded: [] }));
    return { ms: performance.now() - t0, store, articleId };
  };
  const floor = Math.min(await floorInsert(), await floorInsert());
  const first = await workInsert();
  await first.store.close();
  const second = await workInsert();
  report('PostgreSQL: insert 100k claims', Math.min(first.ms, second.ms), floor, 1.3);

  // Full-text search over the 100k claims: the API against the very SQL the adapter sends (captured once), raw through pg.
  const { store } = second;
  await store.pool.query('VACUUM ANALYZE');
  const api = createApi(store, {}, 'bench');
  const queries = ['Washington sanctions', 'pandémie', 'record depuis', 'ministère budget', 'réfugiés frontière'];
  const captured: CompiledQuery[] = [];
  const recorder = new Kysely<DB>({ dialect: new PostgresDialect({ pool: store.pool }), log: (e) => void captured.push(e.query) });
  for (const q of queries) for (const kind of ['claim', 'article', 'source'] as const) await postgresSearch.hits(recorder, kind, q, 50);
  const floorSearch = await bestOfAsync(5, async () => {
    for (const c of captured) await store.pool.query(c.sql, [...c.parameters]);
  });
  const workSearch = await bestOfAsync(5, async () => {
    for (const q of queries) {
      const r = await api.dispatch({ method: 'search.query', input: { q, limit: 50 } });
      if (!r.ok) throw new Error(r.error.message);
    }
  });
  report('PostgreSQL: search 100k claims (tsvector)', workSearch, floorSearch, 1.5, `[${queries.length} queries]`);
  await store.close();

  // The claim list of one article of 10,000 claims: the API (claims + anchors, JSON) against the two SELECTs raw, serialized.
  const listed = await fresh();
  await listed.store.transaction((t) => t.claims.insertDetected(listed.articleId, detected(LIST), { body, folded: [] }));
  const listApi = createApi(listed.store, {}, 'bench');
  const rawClaims = `SELECT id, article_id, text, type, speaker, speaker_evidence, score, reasons, origin, review, status, verdict, rationale, tags, assignee, related_to, position, created_at, updated_at FROM claims WHERE article_id = $1 ORDER BY position, created_at, id`;
  const rawAnchors = `SELECT a.* FROM claim_anchors a JOIN claims c ON c.id = a.claim_id WHERE c.article_id = $1 ORDER BY a.folded_line_id IS NOT NULL, a.start`;
  const floorList = await bestOfAsync(5, async () => {
    const [c, a] = [await listed.store.pool.query(rawClaims, [listed.articleId]), await listed.store.pool.query(rawAnchors, [listed.articleId])];
    JSON.stringify([c.rows, a.rows]);
  });
  const workList = await bestOfAsync(5, async () => {
    const r = await listApi.dispatch({ method: 'claims.list', input: { articleId: listed.articleId } });
    if (!r.ok) throw new Error(r.error.message);
    JSON.stringify(r.value);
  });
  report(`PostgreSQL: list ${LIST} claims of one article`, workList, floorList, 1.5);
  await listed.store.close();
} finally {
  cluster.stop();
}
