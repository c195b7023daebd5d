import { sql } from 'kysely';
import { MATCH_CLOSE, MATCH_OPEN, searchWords, significantWords, toFtsAnyQuery, toFtsQuery } from '../../../core/search-query';
import type { SearchHit } from '../../../contract/methods';
import type { Db } from './dialect';

export type HitKind = SearchHit['kind'];

/**
 * Full-text search, the concern where the engines differ most, in one place.
 *
 * SQLite: FTS5 tables kept in step by triggers (migrations/0010), unicode61
 * with diacritics removed; what the user types becomes quoted prefix terms
 * (core/search-query.ts), ranked by bm25, with FTS5's snippet().
 *
 * PostgreSQL: a generated `search` tsvector column with a GIN index on each
 * searched table (migrations/postgres/0010), built from three text search
 * configurations with unaccent: factbench_simple (words as written, for
 * search as you type) and factbench_french / factbench_english (stemmed, so
 * «sanctionné» finds «sanctions»). A query is the user's words as prefixes
 * (to_tsquery over factbench_simple, each word a quoted lexeme with :*, built
 * from letters and digits only and passed as a parameter: user text is never
 * SQL) or the same text through websearch_to_tsquery in French and English,
 * ranked by ts_rank_cd with its rank divided by 1 + the log of the
 * document's length (normalization 1: like bm25, a short claim that says it
 * outranks a long one that mentions it; with it both engines put the same
 * article and claim first on the shared news, tests/unit/db/search-engines.test.ts);
 * snippets from ts_headline, computed for the rows kept, not for every match.
 */
export interface SearchSql {
  /** The workspace search box: hits of one kind, best first, with a snippet marked by U+E000 … U+E001. */
  hits(db: Db, kind: HitKind, q: string, limit: number): Promise<SearchHit[]>;
  /** The source library as the user types: ids best first, or null when nothing in `q` is searchable. */
  sourceIds(db: Db, q: string, limit: number): Promise<string[] | null>;
  /** Imported ClaimReview sharing any significant word with `text` (candidates; the caller ranks them). */
  pastCheckIds(db: Db, text: string, limit: number): Promise<string[]>;
  /** Claims with a verdict, in other articles, sharing any significant word with `text`. */
  checkedClaimIds(db: Db, text: string, exceptArticleId: string, limit: number): Promise<string[]>;
}

const snippet = (table: string) => sql.raw(`snippet(${table}, -1, '${MATCH_OPEN}', '${MATCH_CLOSE}', '…', 12)`);

export const sqliteSearch: SearchSql = {
  async hits(db, kind, q, limit) {
    const query = toFtsQuery(q);
    if (!query) return [];
    const statement =
      kind === 'claim'
        ? sql<SearchHit>`SELECT 'claim' AS kind, c.id, c.article_id AS "articleId", a.title AS title, ${snippet('claims_fts')} AS snippet
             FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid JOIN articles a ON a.id = c.article_id
            WHERE claims_fts MATCH ${query} ORDER BY rank LIMIT ${limit}`
        : kind === 'article'
          ? sql<SearchHit>`SELECT 'article' AS kind, a.id, a.id AS "articleId", a.title AS title, ${snippet('articles_fts')} AS snippet
               FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
              WHERE articles_fts MATCH ${query} ORDER BY rank LIMIT ${limit}`
          : sql<SearchHit>`SELECT 'source' AS kind, s.id, NULL AS "articleId", s.title AS title, ${snippet('sources_fts')} AS snippet
               FROM sources_fts JOIN sources s ON s.rowid = sources_fts.rowid
              WHERE sources_fts MATCH ${query} ORDER BY rank LIMIT ${limit}`;
    return (await statement.execute(db)).rows;
  },

  async sourceIds(db, q, limit) {
    const query = toFtsQuery(q);
    if (!query) return null;
    const { rows } = await sql<{ id: string }>`SELECT s.id FROM sources_fts f JOIN sources s ON s.rowid = f.rowid WHERE sources_fts MATCH ${query} ORDER BY f.rank LIMIT ${limit}`.execute(db);
    return rows.map((r) => r.id);
  },

  async pastCheckIds(db, text, limit) {
    const query = toFtsAnyQuery(text);
    if (!query) return [];
    const { rows } = await sql<{ id: string }>`SELECT p.id FROM past_checks_fts JOIN past_checks p ON p.rowid = past_checks_fts.rowid
       WHERE past_checks_fts MATCH ${query} ORDER BY rank LIMIT ${limit}`.execute(db);
    return rows.map((r) => r.id);
  },

  async checkedClaimIds(db, text, exceptArticleId, limit) {
    const query = toFtsAnyQuery(text);
    if (!query) return [];
    const { rows } = await sql<{ id: string }>`SELECT c.id FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid
       WHERE claims_fts MATCH ${query} AND c.verdict IS NOT NULL AND c.article_id != ${exceptArticleId} ORDER BY rank LIMIT ${limit}`.execute(db);
    return rows.map((r) => r.id);
  },
};

/** A to_tsquery text: each word a quoted lexeme (letters and digits only, so nothing in it is an operator). */
function lexemes(words: string[], suffix: string, join: string): string | null {
  return words.length === 0 ? null : words.map((w) => `'${w.replace(/'/g, "''")}'${suffix}`).join(join);
}

/** Every word of what the user typed, as a prefix, all required; or the same words searched with stemming. */
function typedQuery(q: string) {
  const prefixes = lexemes(searchWords(q), ':*', ' & ');
  if (!prefixes) return null;
  return sql`(SELECT to_tsquery('factbench_simple', ${prefixes}) || websearch_to_tsquery('factbench_french', ${q}) || websearch_to_tsquery('factbench_english', ${q}) AS q)`;
}

/** Any of the significant words of a claim (the same words toFtsAnyQuery picks for SQLite). */
function anyWordQuery(text: string) {
  const words = lexemes(significantWords(text), '', ' | ');
  return words ? sql`(SELECT to_tsquery('factbench_simple', ${words}) AS q)` : null;
}

const HEADLINE = `StartSel=${MATCH_OPEN}, StopSel=${MATCH_CLOSE}, MaxWords=16, MinWords=6, ShortWord=0, MaxFragments=2, FragmentDelimiter=" … "`;
/** Long bodies are cut before ts_headline, which re-reads the whole text it is given. */
const HEADLINE_CHARS = 20_000;

export const postgresSearch: SearchSql = {
  async hits(db, kind, q, limit) {
    const query = typedQuery(q);
    if (!query) return [];
    // Words as written first; a hit found only through a French or English stem is marked by that language's headline.
    const headline = (text: ReturnType<typeof sql>) => {
      const h = (config: string) => sql`ts_headline(${sql.lit(config)}::regconfig, ${text}, m.q, ${HEADLINE})`;
      return sql`(SELECT CASE WHEN strpos(hs.h, ${MATCH_OPEN}) > 0 THEN hs.h WHEN strpos(hf.h, ${MATCH_OPEN}) > 0 THEN hf.h ELSE ${h('factbench_english')} END
                    FROM (SELECT ${h('factbench_simple')} AS h) hs, LATERAL (SELECT CASE WHEN strpos(hs.h, ${MATCH_OPEN}) > 0 THEN hs.h ELSE ${h('factbench_french')} END AS h) hf)`;
    };
    const statement =
      kind === 'claim'
        ? sql<SearchHit>`SELECT 'claim' AS kind, c.id::text AS id, c.article_id::text AS "articleId", a.title, ${headline(sql`concat_ws(' ', c.text, c.rationale, c.speaker)`)} AS snippet
             FROM (SELECT c.id, q.q, ts_rank_cd(c.search, q.q, 1) AS rank FROM claims c, ${query} AS q WHERE c.search @@ q.q ORDER BY rank DESC, c.id LIMIT ${limit}) m
             JOIN claims c ON c.id = m.id JOIN articles a ON a.id = c.article_id ORDER BY m.rank DESC, m.id`
        : kind === 'article'
          ? sql<SearchHit>`SELECT 'article' AS kind, a.id::text AS id, a.id::text AS "articleId", a.title, ${headline(sql`concat_ws(' ', a.title, left(a.body, ${HEADLINE_CHARS}), a.outlet)`)} AS snippet
               FROM (SELECT a.id, q.q, ts_rank_cd(a.search, q.q, 1) AS rank FROM articles a, ${query} AS q WHERE a.search @@ q.q ORDER BY rank DESC, a.id LIMIT ${limit}) m
               JOIN articles a ON a.id = m.id ORDER BY m.rank DESC, m.id`
          : sql<SearchHit>`SELECT 'source' AS kind, s.id::text AS id, NULL AS "articleId", s.title, ${headline(sql`concat_ws(' ', s.title, s.publisher, s.url, s.author)`)} AS snippet
               FROM (SELECT s.id, q.q, ts_rank_cd(s.search, q.q, 1) AS rank FROM sources s, ${query} AS q WHERE s.search @@ q.q ORDER BY rank DESC, s.id LIMIT ${limit}) m
               JOIN sources s ON s.id = m.id ORDER BY m.rank DESC, m.id`;
    return (await statement.execute(db)).rows;
  },

  async sourceIds(db, q, limit) {
    const query = typedQuery(q);
    if (!query) return null;
    const { rows } = await sql<{ id: string }>`SELECT s.id FROM sources s, ${query} AS q WHERE s.search @@ q.q ORDER BY ts_rank_cd(s.search, q.q, 1) DESC, s.id LIMIT ${limit}`.execute(db);
    return rows.map((r) => r.id);
  },

  async pastCheckIds(db, text, limit) {
    const query = anyWordQuery(text);
    if (!query) return [];
    const { rows } = await sql<{ id: string }>`SELECT p.id FROM past_checks p, ${query} AS q WHERE p.search @@ q.q ORDER BY ts_rank_cd(p.search, q.q, 1) DESC, p.id LIMIT ${limit}`.execute(db);
    return rows.map((r) => r.id);
  },

  async checkedClaimIds(db, text, exceptArticleId, limit) {
    const query = anyWordQuery(text);
    if (!query) return [];
    const { rows } = await sql<{ id: string }>`SELECT c.id FROM claims c, ${query} AS q
       WHERE c.search @@ q.q AND c.verdict IS NOT NULL AND c.article_id <> ${exceptArticleId} ORDER BY ts_rank_cd(c.search, q.q, 1) DESC, c.id LIMIT ${limit}`.execute(db);
    return rows.map((r) => r.id);
  },
};
