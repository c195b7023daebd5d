import type Database from 'better-sqlite3';
import { newId, now } from './ids';

export interface AuditEvent {
  id: string;
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  articleId: string | null;
  action: string;
  before: unknown;
  after: unknown;
}

interface Row {
  id: string;
  at: string;
  actor: string;
  entity: string;
  entity_id: string;
  article_id: string | null;
  action: string;
  before: string | null;
  after: string | null;
}

/** The append-only audit trail: every change is also an event (the schema forbids UPDATE and DELETE). */
export class EventsRepo {
  private readonly insert;
  private readonly byEntity;
  private readonly byArticle;

  constructor(db: Database.Database) {
    this.insert = db.prepare(
      `INSERT INTO events(id, at, actor, entity, entity_id, article_id, action, before, after)
       VALUES (@id, @at, @actor, @entity, @entityId, @articleId, @action, @before, @after)`,
    );
    this.byEntity = db.prepare<[string, string], Row>(`SELECT * FROM events WHERE entity = ? AND entity_id = ? ORDER BY at, id`);
    this.byArticle = db.prepare<[string], Row>(`SELECT * FROM events WHERE article_id = ? ORDER BY at, id`);
  }

  record(e: Omit<AuditEvent, 'id' | 'at'>): void {
    this.insert.run({
      id: newId(),
      at: now(),
      actor: e.actor,
      entity: e.entity,
      entityId: e.entityId,
      articleId: e.articleId,
      action: e.action,
      before: e.before === undefined ? null : JSON.stringify(e.before),
      after: e.after === undefined ? null : JSON.stringify(e.after),
    });
  }

  forEntity(entity: string, id: string): AuditEvent[] {
    return this.byEntity.all(entity, id).map(toEvent);
  }

  forArticle(articleId: string): AuditEvent[] {
    return this.byArticle.all(articleId).map(toEvent);
  }
}

function toEvent(r: Row): AuditEvent {
  return {
    id: r.id,
    at: r.at,
    actor: r.actor,
    entity: r.entity,
    entityId: r.entity_id,
    articleId: r.article_id,
    action: r.action,
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after),
  };
}
