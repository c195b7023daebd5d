import type Database from 'better-sqlite3';
import type { Article, ArticleMeta, ArticleSummary, Block, CleanedArticle, FoldedLine } from '../../core/model';
import { newId, now } from './ids';
import { parseJson } from './json';

interface ArticleRow {
  id: string;
  title: string;
  kicker: string | null;
  url: string | null;
  canonical_url: string | null;
  outlet: string | null;
  byline: string | null;
  published_at: string | null;
  modified_at: string | null;
  language: string | null;
  body: string;
  blocks: string;
  warnings: string;
  imported_at: string;
}

interface LineRow {
  id: string;
  kind: FoldedLine['kind'];
  text: string;
  position: number;
  ord: number;
  inline: number;
}

const META_COLUMNS: Record<keyof ArticleMeta, string> = {
  title: 'title',
  kicker: 'kicker',
  outlet: 'outlet',
  byline: 'byline',
  publishedAt: 'published_at',
  modifiedAt: 'modified_at',
  language: 'language',
  url: 'url',
  canonicalUrl: 'canonical_url',
};

export class ArticlesRepo {
  private readonly insertArticle;
  private readonly insertLine;
  private readonly getRow;
  private readonly linesOf;
  private readonly listRows;
  private readonly deleteRow;
  private readonly setDeleted;
  private readonly unsetDeleted;
  private readonly expired;
  private readonly withAddress;
  private readonly byLength;

  constructor(private readonly db: Database.Database) {
    this.insertArticle = db.prepare(
      `INSERT INTO articles(id, title, kicker, url, canonical_url, outlet, byline, published_at, modified_at, language, body, blocks, original, snapshot, warnings, imported_at, updated_at)
       VALUES (@id, @title, @kicker, @url, @canonicalUrl, @outlet, @byline, @publishedAt, @modifiedAt, @language, @body, @blocks, @original, @snapshot, @warnings, @at, @at)`,
    );
    this.insertLine = db.prepare(`INSERT INTO article_lines(id, article_id, kind, text, position, ord, inline) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    this.getRow = db.prepare<[string], ArticleRow>(
      `SELECT id, title, kicker, url, canonical_url, outlet, byline, published_at, modified_at, language, body, blocks, warnings, imported_at FROM articles WHERE id = ? AND deleted_at IS NULL`,
    );
    this.linesOf = db.prepare<[string], LineRow>(`SELECT id, kind, text, position, ord, inline FROM article_lines WHERE article_id = ? ORDER BY position, ord`);
    this.listRows = db.prepare<[], ArticleSummary>(
      `SELECT a.id, a.title, a.outlet, a.language, a.published_at AS publishedAt, a.imported_at AS importedAt,
              count(c.id) AS claims,
              coalesce(sum(c.status = 'checked'), 0) AS checked
         FROM articles a LEFT JOIN claims c ON c.article_id = a.id AND c.review != 'dismissed'
        WHERE a.deleted_at IS NULL
        GROUP BY a.id ORDER BY a.imported_at DESC, a.id DESC`,
    );
    this.deleteRow = db.prepare(`DELETE FROM articles WHERE id = ?`);
    this.setDeleted = db.prepare(`UPDATE articles SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL`);
    this.unsetDeleted = db.prepare(`UPDATE articles SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL`);
    this.expired = db.prepare<[string], { id: string }>(`SELECT id FROM articles WHERE deleted_at IS NOT NULL AND deleted_at < ?`);
    this.withAddress = db.prepare<[], Omit<CandidateRow, 'body'>>(
      `SELECT id, title, url, canonical_url FROM articles WHERE deleted_at IS NULL AND (url IS NOT NULL OR canonical_url IS NOT NULL)`,
    );
    this.byLength = db.prepare<[number, number], CandidateRow>(`SELECT id, title, url, canonical_url, body FROM articles WHERE deleted_at IS NULL AND length(body) BETWEEN ? AND ?`);
  }

  /** Stores a cleaned article and its folded lines; returns the new id and the folded lines' ids in input order. */
  insert(article: CleanedArticle, snapshot: Uint8Array | null): { id: string; foldedIds: string[] } {
    const id = newId();
    const m = article.meta;
    this.insertArticle.run({
      id,
      title: m.title ?? '',
      kicker: m.kicker,
      url: m.url,
      canonicalUrl: m.canonicalUrl,
      outlet: m.outlet,
      byline: m.byline,
      publishedAt: m.publishedAt,
      modifiedAt: m.modifiedAt,
      language: m.language,
      body: article.body,
      blocks: JSON.stringify(article.blocks),
      original: article.original,
      snapshot: snapshot ? Buffer.from(snapshot) : null,
      warnings: JSON.stringify(article.warnings),
      at: now(),
    });
    const foldedIds = article.folded.map((line) => {
      const lineId = newId();
      this.insertLine.run(lineId, id, line.kind, line.text, line.position, line.order, line.inline ? 1 : 0);
      return lineId;
    });
    return { id, foldedIds };
  }

  get(id: string): Article | null {
    const r = this.getRow.get(id);
    if (!r) return null;
    return {
      id: r.id,
      meta: toMeta(r),
      body: r.body,
      blocks: parseJson<Block[]>(r.blocks, []),
      folded: this.linesOf.all(id).map((l) => ({ id: l.id, kind: l.kind, text: l.text, position: l.position, order: l.ord, ...(l.inline ? { inline: true } : {}) })),
      importedAt: r.imported_at,
      warnings: parseJson<string[]>(r.warnings, []),
    };
  }

  meta(id: string): ArticleMeta | null {
    const r = this.getRow.get(id);
    return r ? toMeta(r) : null;
  }

  updateMeta(id: string, patch: Partial<ArticleMeta>): void {
    const sets: string[] = [];
    const values: Record<string, unknown> = { id, at: now() };
    for (const [key, column] of Object.entries(META_COLUMNS) as [keyof ArticleMeta, string][]) {
      if (patch[key] === undefined) continue;
      sets.push(`${column} = @${key}`);
      values[key] = key === 'title' ? (patch[key] ?? '') : patch[key];
    }
    if (sets.length === 0) return;
    this.db.prepare(`UPDATE articles SET ${sets.join(', ')}, updated_at = @at WHERE id = @id`).run(values);
  }

  list(): ArticleSummary[] {
    return this.listRows.all();
  }

  /** Removes the article and everything of it for good (claims, anchors, lines, corrections: ON DELETE CASCADE). */
  delete(id: string): boolean {
    return this.deleteRow.run(id).changes > 0;
  }

  /** Takes the article off the desk (every read but `restore` no longer sees it); false when it was not there. */
  softDelete(id: string, at: string): boolean {
    return this.setDeleted.run(at, id).changes > 0;
  }

  restore(id: string): boolean {
    return this.unsetDeleted.run(id).changes > 0;
  }

  /** Articles deleted before `before`, whose undo time is over. */
  deletedBefore(before: string): string[] {
    return this.expired.all(before).map((r) => r.id);
  }

  /** Every article on the desk that has an address (the caller compares them as addresses, not as strings). */
  addresses(): Omit<CandidateRow, 'body'>[] {
    return this.withAddress.all();
  }

  /** Articles on the desk whose body is about `length` characters long (±15 %): the only ones that can be near-identical. */
  ofBodyLength(length: number): CandidateRow[] {
    const slack = Math.max(50, Math.round(length * 0.15));
    return this.byLength.all(Math.max(1, length - slack), length + slack);
  }
}

export interface CandidateRow {
  id: string;
  title: string;
  url: string | null;
  canonical_url: string | null;
  body: string;
}

function toMeta(r: ArticleRow): ArticleMeta {
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
