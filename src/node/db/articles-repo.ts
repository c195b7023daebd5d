import type { Article, ArticleMeta, ArticleSummary, Block, CleanedArticle, FoldedLine } from '../../core/model';
import { readBool, readCount, readJson, toBool, toJson } from './codec';
import type { Db, Dialect } from './dialect/dialect';
import { insertRows } from './dialect/bulk-insert';
import { newId, now } from './ids';

const META_COLUMNS = {
  title: 'title',
  kicker: 'kicker',
  outlet: 'outlet',
  byline: 'byline',
  publishedAt: 'published_at',
  modifiedAt: 'modified_at',
  language: 'language',
  url: 'url',
  canonicalUrl: 'canonical_url',
} as const satisfies Record<keyof ArticleMeta, string>;

const ARTICLE_COLUMNS = ['id', 'title', 'kicker', 'url', 'canonical_url', 'outlet', 'byline', 'published_at', 'modified_at', 'language', 'body', 'blocks', 'warnings', 'imported_at'] as const;
const LINE_COLUMNS = ['id', 'article_id', 'kind', 'text', 'position', 'ord', 'inline'] as const;

export class ArticlesRepo {
  constructor(
    private readonly db: Db,
    private readonly d: Dialect,
  ) {}

  /** Stores a cleaned article and its folded lines; returns the new id and the folded lines' ids in input order. */
  async insert(article: CleanedArticle, snapshot: Uint8Array | null): Promise<{ id: string; foldedIds: string[] }> {
    const id = newId();
    const m = article.meta;
    const at = now();
    await this.db
      .insertInto('articles')
      .values({
        id,
        title: m.title ?? '',
        kicker: m.kicker,
        url: m.url,
        canonical_url: m.canonicalUrl,
        outlet: m.outlet,
        byline: m.byline,
        published_at: m.publishedAt,
        modified_at: m.modifiedAt,
        language: m.language,
        body: article.body,
        blocks: toJson(article.blocks),
        original: article.original,
        snapshot: snapshot ? Buffer.from(snapshot) : null,
        warnings: toJson(article.warnings),
        imported_at: at,
        updated_at: at,
      })
      .execute();
    const foldedIds = article.folded.map(() => newId());
    await insertRows(
      this.db,
      this.d,
      'article_lines',
      LINE_COLUMNS,
      article.folded.map((line, i) => [foldedIds[i], id, line.kind, line.text, line.position, line.order, toBool(line.inline === true)]),
    );
    return { id, foldedIds };
  }

  async get(id: string): Promise<Article | null> {
    const r = await this.db.selectFrom('articles').select(ARTICLE_COLUMNS).where('id', '=', this.d.id(id)).executeTakeFirst();
    if (!r) return null;
    const lines = await this.db
      .selectFrom('article_lines')
      .select(['id', 'kind', 'text', 'position', 'ord', 'inline'])
      .where('article_id', '=', r.id)
      .orderBy('position')
      .orderBy('ord')
      .execute();
    return {
      id: r.id,
      meta: toMeta(r),
      body: r.body,
      blocks: readJson<Block[]>(r.blocks, []),
      folded: lines.map((l) => ({ id: l.id, kind: l.kind as FoldedLine['kind'], text: l.text, position: l.position, order: l.ord, ...(readBool(l.inline) ? { inline: true } : {}) })),
      importedAt: r.imported_at,
      warnings: readJson<string[]>(r.warnings, []),
    };
  }

  async meta(id: string): Promise<ArticleMeta | null> {
    const r = await this.db.selectFrom('articles').select(['title', 'kicker', 'url', 'canonical_url', 'outlet', 'byline', 'published_at', 'modified_at', 'language']).where('id', '=', this.d.id(id)).executeTakeFirst();
    return r ? toMeta(r) : null;
  }

  async updateMeta(id: string, patch: Partial<ArticleMeta>): Promise<void> {
    const set: Record<string, string | null> = {};
    for (const [key, column] of Object.entries(META_COLUMNS) as [keyof ArticleMeta, string][]) {
      if (patch[key] === undefined) continue;
      set[column] = key === 'title' ? (patch[key] ?? '') : patch[key];
    }
    if (Object.keys(set).length === 0) return;
    await this.db
      .updateTable('articles')
      .set({ ...set, updated_at: now() })
      .where('id', '=', this.d.id(id))
      .execute();
  }

  async list(): Promise<ArticleSummary[]> {
    const rows = await this.db
      .selectFrom('articles as a')
      .leftJoin('claims as c', (j) => j.onRef('c.article_id', '=', 'a.id').on('c.review', '!=', 'dismissed'))
      .select((eb) => [
        'a.id',
        'a.title',
        'a.outlet',
        'a.language',
        'a.imported_at',
        eb.fn.count<number>('c.id').as('claims'),
        // FILTER: the same aggregate on both engines (PostgreSQL cannot sum a boolean; SQLite has FILTER since 3.30).
        eb.fn.count<number>('c.id').filterWhere('c.status', '=', 'checked').as('checked'),
      ])
      .groupBy(['a.id', 'a.title', 'a.outlet', 'a.language', 'a.imported_at'])
      .orderBy('a.imported_at', 'desc')
      .orderBy('a.id', 'desc')
      .execute();
    return rows.map((r) => ({ id: r.id, title: r.title, outlet: r.outlet, language: r.language, importedAt: r.imported_at, claims: readCount(r.claims), checked: readCount(r.checked) }));
  }

  async delete(id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('articles').where('id', '=', this.d.id(id)).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}

function toMeta(r: { title: string; kicker: string | null; url: string | null; canonical_url: string | null; outlet: string | null; byline: string | null; published_at: string | null; modified_at: string | null; language: string | null }): ArticleMeta {
  return {
    title: r.title,
    kicker: r.kicker,
    outlet: r.outlet,
    byline: r.byline,
    publishedAt: r.published_at,
    modifiedAt: r.modified_at,
    language: r.language,
    url: r.url,
    canonicalUrl: r.canonical_url,
  };
}
