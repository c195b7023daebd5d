import { sql, type Selectable } from 'kysely';
import { readJson, readJsonOrNull } from './codec';
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

/**
 * An event as the change stream reads it back: its number, what it touched,
 * and for a citation the source it names (the rest of before/after stays in
 * the table: an edit of the text keeps the whole old body there).
 */
export interface StreamedEvent {
  seq: number;
  entity: string;
  entityId: string;
  articleId: string | null;
  sourceId: string | null;
}

/** Audit entities whose rows name a source in before/after (claim_source: a claim cites it; citation: its stance or excerpt). */
const CITING = ['claim_source', 'citation'];

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

  /** Events numbered after `seq`, in commit order, at most `limit`. */
  async since(seq: number, limit: number): Promise<StreamedEvent[]> {
    const rows = await this.db
      .selectFrom('events')
      .select(['seq', 'entity', 'entity_id', 'article_id'])
      .select(sql<unknown>`CASE WHEN entity IN (${sql.join(CITING)}) THEN after END`.as('cited_after'))
      .select(sql<unknown>`CASE WHEN entity IN (${sql.join(CITING)}) THEN before END`.as('cited_before'))
      .where('seq', '>', seq)
      .orderBy('seq')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      seq: Number(r.seq),
      entity: r.entity,
      entityId: r.entity_id,
      articleId: r.article_id,
      sourceId: sourceIdIn(r.cited_after) ?? sourceIdIn(r.cited_before),
    }));
  }

  /** The number of the last committed event (0 when there is none). */
  async lastSeq(): Promise<number> {
    const row = await this.db.selectFrom('events').select((eb) => eb.fn.max('seq').as('last')).executeTakeFirst();
    return Number(row?.last ?? 0);
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

/** The source a citation event names (after a link, before an unlink: the other side holds JSON null). */
function sourceIdIn(json: unknown): string | null {
  const value = readJson<{ sourceId?: unknown } | null>(json, null);
  return value !== null && typeof value === 'object' && typeof value.sourceId === 'string' ? value.sourceId : null;
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
