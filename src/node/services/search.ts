import { MATCH_CLOSE, MATCH_OPEN, toFtsQuery } from '../../core/search-query';
import type { Handlers } from '../../contract/dispatcher';
import type { SearchHit } from '../../contract/methods';
import type { ServiceContext } from './workspace-services';

export function searchHandlers(s: ServiceContext): Pick<Handlers, 'search.query'> {
  const { db } = s.workspace;
  const snippet = (table: string, column: number) => `snippet(${table}, ${column}, '${MATCH_OPEN}', '${MATCH_CLOSE}', '…', 12)`;
  const claims = db.prepare<[string, number], SearchHit>(
    `SELECT 'claim' AS kind, c.id, c.article_id AS articleId, a.title AS title, ${snippet('claims_fts', -1)} AS snippet
       FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid JOIN articles a ON a.id = c.article_id
      WHERE claims_fts MATCH ? AND a.deleted_at IS NULL ORDER BY rank LIMIT ?`,
  );
  const articles = db.prepare<[string, number], SearchHit>(
    `SELECT 'article' AS kind, a.id, a.id AS articleId, a.title AS title, ${snippet('articles_fts', -1)} AS snippet
       FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
      WHERE articles_fts MATCH ? AND a.deleted_at IS NULL ORDER BY rank LIMIT ?`,
  );
  const sources = db.prepare<[string, number], SearchHit>(
    `SELECT 'source' AS kind, s.id, NULL AS articleId, s.title AS title, ${snippet('sources_fts', -1)} AS snippet
       FROM sources_fts JOIN sources s ON s.rowid = sources_fts.rowid
      WHERE sources_fts MATCH ? ORDER BY rank LIMIT ?`,
  );
  return {
    'search.query'({ q, limit }) {
      const query = toFtsQuery(q);
      if (!query) return [];
      return [...claims.all(query, limit), ...articles.all(query, limit), ...sources.all(query, limit)].slice(0, limit);
    },
  };
}
