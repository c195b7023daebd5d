import type { Selectable } from 'kysely';
import { readJsonOrNull } from './codec';
import type { Db, Dialect } from './dialect/dialect';
import { newId, now } from './ids';
import type { EventsTable } from './schema';

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

/** The append-only audit trail: every change is also an event (the schema forbids UPDATE and DELETE). */
export class EventsRepo {
  constructor(
    private readonly db: Db,
    private readonly d: Dialect,
  ) {}

  async record(e: Omit<AuditEvent, 'id' | 'at'>): Promise<void> {
    await this.db
      .insertInto('events')
      .values({
        id: newId(),
        at: now(),
        actor: e.actor,
        entity: e.entity,
        entity_id: e.entityId,
        article_id: e.articleId,
        action: e.action,
        before: e.before === undefined ? null : JSON.stringify(e.before),
        after: e.after === undefined ? null : JSON.stringify(e.after),
      })
      .execute();
  }

  async forEntity(entity: string, id: string): Promise<AuditEvent[]> {
    const rows = await this.db.selectFrom('events').selectAll().where('entity', '=', entity).where('entity_id', '=', id).orderBy('at').orderBy('id').execute();
    return rows.map(toEvent);
  }

  async forArticle(articleId: string): Promise<AuditEvent[]> {
    const rows = await this.db.selectFrom('events').selectAll().where('article_id', '=', this.d.id(articleId)).orderBy('at').orderBy('id').execute();
    return rows.map(toEvent);
  }
}

function toEvent(r: Selectable<EventsTable>): AuditEvent {
  return {
    id: r.id,
    at: r.at,
    actor: r.actor,
    entity: r.entity,
    entityId: r.entity_id,
    articleId: r.article_id,
    action: r.action,
    before: readJsonOrNull(r.before),
    after: readJsonOrNull(r.after),
  };
}
