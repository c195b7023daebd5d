import type Database from 'better-sqlite3';
import type { Correction } from '../../core/model';
import { newId, now } from './ids';

interface Row {
  id: string;
  article_id: string;
  corrected_at: string;
  text: string;
  author: string;
  created_at: string;
  updated_at: string;
}

/** An article's corrections log: what the newsroom corrected after publishing, in its own words. */
export class CorrectionsRepo {
  private readonly insert;
  private readonly byId;
  private readonly ofArticle;
  private readonly remove;

  constructor(private readonly db: Database.Database) {
    this.insert = db.prepare(
      `INSERT INTO article_corrections(id, article_id, corrected_at, text, author, created_at, updated_at) VALUES (@id, @articleId, @correctedAt, @text, @author, @at, @at)`,
    );
    this.byId = db.prepare<[string], Row>(`SELECT * FROM article_corrections WHERE id = ?`);
    this.ofArticle = db.prepare<[string], Row>(`SELECT * FROM article_corrections WHERE article_id = ? ORDER BY corrected_at, created_at, id`);
    this.remove = db.prepare(`DELETE FROM article_corrections WHERE id = ?`);
  }

  add(articleId: string, fields: { correctedAt: string; text: string }, author: string): Correction {
    const id = newId();
    this.insert.run({ id, articleId, ...fields, author, at: now() });
    return this.get(id)!;
  }

  get(id: string): Correction | null {
    const row = this.byId.get(id);
    return row ? toCorrection(row) : null;
  }

  list(articleId: string): Correction[] {
    return this.ofArticle.all(articleId).map(toCorrection);
  }

  update(id: string, fields: { correctedAt?: string; text?: string }): void {
    const sets: string[] = [];
    if (fields.correctedAt !== undefined) sets.push('corrected_at = @correctedAt');
    if (fields.text !== undefined) sets.push('text = @text');
    if (sets.length === 0) return;
    this.db.prepare(`UPDATE article_corrections SET ${sets.join(', ')}, updated_at = @at WHERE id = @id`).run({ correctedAt: null, text: null, ...fields, id, at: now() });
  }

  delete(id: string): boolean {
    return this.remove.run(id).changes > 0;
  }
}

function toCorrection(r: Row): Correction {
  return { id: r.id, articleId: r.article_id, correctedAt: r.corrected_at, text: r.text, author: r.author, createdAt: r.created_at, updatedAt: r.updated_at };
}
