import type { SearchHit } from '../../contract/methods';
import type { Db, Dialect } from './dialect/dialect';

/** The workspace search box: claims, articles and sources (dialect/search.ts holds each engine's full-text SQL). */
export class SearchRepo {
  constructor(
    private readonly db: Db,
    private readonly d: Dialect,
  ) {}

  async query(q: string, limit: number): Promise<SearchHit[]> {
    const claims = await this.d.search.hits(this.db, 'claim', q, limit);
    const articles = await this.d.search.hits(this.db, 'article', q, limit);
    const sources = await this.d.search.hits(this.db, 'source', q, limit);
    return [...claims, ...articles, ...sources].slice(0, limit);
  }
}
