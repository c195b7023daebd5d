import type { Stance } from '../../core/model';
import type { LibrarySource, SourceCitation } from '../../contract/methods/library';
import { readCount } from './codec';
import type { SourceCardRow } from './schema';
import type { Db, Dialect } from './dialect/dialect';
import { now } from './ids';

export interface SourceFields {
  kind?: string;
  contact?: string;
  archiveUrl?: string | null;
  title?: string;
  publisher?: string;
  author?: string;
  publishedAt?: string | null;
  accessedAt?: string | null;
}

export interface CitationFields {
  stance?: Stance;
  excerpt?: string;
  note?: string;
}

export interface StoredSnapshot {
  bytes: Uint8Array;
  mime: string;
  sha256: string;
  capturedAt: string;
  url: string;
}

const COLUMNS = { kind: 'kind', contact: 'contact', archiveUrl: 'archive_url', title: 'title', publisher: 'publisher', author: 'author', publishedAt: 'published_at', accessedAt: 'accessed_at' } as const satisfies Record<keyof SourceFields, string>;

/** The workspace's source library: search, reuse across claims, edit, archive. */
export class LibraryRepo {
  constructor(
    private readonly db: Db,
    private readonly d: Dialect,
  ) {}

  /** Search as you type: every word a prefix; an empty query lists the most recently used sources. */
  async search(q: string, limit: number): Promise<LibrarySource[]> {
    const ids = await this.d.search.sourceIds(this.db, q, limit);
    if (ids === null) return (await this.sources().orderBy('s.updated_at', 'desc').orderBy('s.id', 'desc').limit(limit).execute()).map(toLibrarySource);
    if (ids.length === 0) return [];
    const byId = new Map((await this.sources().where('s.id', 'in', ids).execute()).map((r) => [r.id, r]));
    return ids.map((id) => toLibrarySource(byId.get(id)!));
  }

  async get(id: string): Promise<LibrarySource | null> {
    const row = await this.sources().where('s.id', '=', this.d.id(id)).executeTakeFirst();
    return row ? toLibrarySource(row) : null;
  }

  async isLinked(claimId: string, sourceId: string): Promise<boolean> {
    const row = await this.db.selectFrom('claim_sources').select('claim_id').where('claim_id', '=', this.d.id(claimId)).where('source_id', '=', this.d.id(sourceId)).executeTakeFirst();
    return row !== undefined;
  }

  async update(id: string, fields: SourceFields): Promise<void> {
    const set: Record<string, string | null> = {};
    for (const [key, column] of Object.entries(COLUMNS) as [keyof SourceFields, string][]) if (fields[key] !== undefined) set[column] = fields[key];
    if (Object.keys(set).length === 0) return;
    await this.db
      .updateTable('sources')
      .set({ ...set, updated_at: now() })
      .where('id', '=', this.d.id(id))
      .execute();
  }

  async updateCitation(claimId: string, sourceId: string, fields: CitationFields): Promise<void> {
    const set: Record<string, string> = {};
    for (const key of ['stance', 'excerpt', 'note'] as const) if (fields[key] !== undefined) set[key] = fields[key];
    if (Object.keys(set).length === 0) return;
    await this.db.updateTable('claim_sources').set(set).where('claim_id', '=', this.d.id(claimId)).where('source_id', '=', this.d.id(sourceId)).execute();
  }

  async citedBy(sourceId: string): Promise<SourceCitation[]> {
    const rows = await this.db
      .selectFrom('claim_sources as cs')
      .innerJoin('claims as c', 'c.id', 'cs.claim_id')
      .innerJoin('articles as a', 'a.id', 'c.article_id')
      .select(['c.id as claimId', 'c.article_id as articleId', 'a.title as articleTitle', 'c.text as claimText', 'cs.stance as stance'])
      .where('cs.source_id', '=', this.d.id(sourceId))
      .where('a.deleted_at', 'is', null)
      .orderBy('a.imported_at', 'desc')
      .orderBy('c.position')
      .execute();
    return rows.map((r) => ({ ...r, stance: r.stance as Stance }));
  }

  async setSnapshot(id: string, s: StoredSnapshot): Promise<void> {
    await this.db
      .updateTable('sources')
      .set({ snapshot: Buffer.from(s.bytes), snapshot_mime: s.mime, snapshot_sha256: s.sha256, snapshot_at: s.capturedAt, snapshot_url: s.url, updated_at: now() })
      .where('id', '=', this.d.id(id))
      .execute();
  }

  async setArchiveUrl(id: string, url: string): Promise<void> {
    await this.db.updateTable('sources').set({ archive_url: url, updated_at: now() }).where('id', '=', this.d.id(id)).execute();
  }

  async snapshot(id: string): Promise<StoredSnapshot | null> {
    const row = await this.db
      .selectFrom('sources')
      .select(['snapshot', 'snapshot_mime', 'snapshot_sha256', 'snapshot_at', 'snapshot_url', 'url'])
      .where('id', '=', this.d.id(id))
      .executeTakeFirst();
    if (!row?.snapshot || !row.snapshot_sha256 || !row.snapshot_at) return null;
    return { bytes: new Uint8Array(row.snapshot), mime: row.snapshot_mime ?? 'application/octet-stream', sha256: row.snapshot_sha256, capturedAt: row.snapshot_at, url: row.snapshot_url ?? row.url };
  }

  private sources() {
    return this.db
      .selectFrom('sources as s')
      .select((eb) => [
        's.id',
        's.url',
        's.title',
        's.publisher',
        's.author',
        's.published_at',
        's.accessed_at',
        's.kind',
        's.contact',
        's.archive_url',
        's.file_name',
        's.snapshot_sha256',
        's.snapshot_at',
        eb.selectFrom('claim_sources as cs').select(eb.fn.countAll().as('n')).whereRef('cs.source_id', '=', 's.id').as('uses'),
      ]);
  }
}

function toLibrarySource(r: SourceCardRow & { uses: unknown }): LibrarySource {
  return {
    id: r.id,
    url: r.url,
    title: r.title,
    publisher: r.publisher,
    author: r.author,
    publishedAt: r.published_at,
    accessedAt: r.accessed_at,
    kind: r.kind,
    contact: r.contact,
    snapshotSha256: r.snapshot_sha256,
    snapshotAt: r.snapshot_at,
    archiveUrl: r.archive_url,
    fileName: r.file_name,
    uses: readCount(r.uses),
  };
}
