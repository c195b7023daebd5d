import type { Selectable } from 'kysely';
import type { Correction } from '../../core/model';
import type { Db, Dialect } from './dialect/dialect';
import { newId, now } from './ids';
import type { ArticleCorrectionsTable } from './schema';

const COLUMNS = ['id', 'article_id', 'corrected_at', 'text', 'author', 'created_at', 'updated_at'] as const;

/** An article's corrections log: what the newsroom corrected after publishing, in its own words. */
export class CorrectionsRepo {
  constructor(
    private readonly db: Db,
    private readonly d: Dialect,
  ) {}

  async add(articleId: string, fields: { correctedAt: string; text: string }, author: string): Promise<Correction> {
    const id = newId();
    const at = now();
    await this.db
      .insertInto('article_corrections')
      .values({ id, article_id: articleId, corrected_at: fields.correctedAt, text: fields.text, author, created_at: at, updated_at: at })
      .execute();
    return (await this.get(id))!;
  }

  async get(id: string): Promise<Correction | null> {
    const row = await this.db.selectFrom('article_corrections').select(COLUMNS).where('id', '=', this.d.id(id)).executeTakeFirst();
    return row ? toCorrection(row) : null;
  }

  async list(articleId: string): Promise<Correction[]> {
    const rows = await this.db
      .selectFrom('article_corrections')
      .select(COLUMNS)
      .where('article_id', '=', this.d.id(articleId))
      .orderBy('corrected_at')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toCorrection);
  }

  async update(id: string, fields: { correctedAt?: string; text?: string }): Promise<void> {
    const set: { corrected_at?: string; text?: string } = {};
    if (fields.correctedAt !== undefined) set.corrected_at = fields.correctedAt;
    if (fields.text !== undefined) set.text = fields.text;
    if (Object.keys(set).length === 0) return;
    await this.db
      .updateTable('article_corrections')
      .set({ ...set, updated_at: now() })
      .where('id', '=', this.d.id(id))
      .execute();
  }

  async delete(id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('article_corrections').where('id', '=', this.d.id(id)).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}

function toCorrection(r: Selectable<ArticleCorrectionsTable>): Correction {
  return { id: r.id, articleId: r.article_id, correctedAt: r.corrected_at, text: r.text, author: r.author, createdAt: r.created_at, updatedAt: r.updated_at };
}
