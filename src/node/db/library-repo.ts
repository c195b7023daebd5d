import type Database from 'better-sqlite3';
import type { Source, Stance } from '../../core/model';
import { toFtsQuery } from '../../core/search-query';
import type { LibrarySource, SourceCitation } from '../../contract/methods/library';
import { now } from './ids';

interface SourceRow {
  id: string;
  url: string;
  title: string;
  publisher: string;
  author: string;
  published_at: string | null;
  accessed_at: string | null;
  kind: string;
  contact: string;
  archive_url: string | null;
  file_name: string | null;
  snapshot_sha256: string | null;
  snapshot_at: string | null;
  uses: number;
}

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

const COLUMNS: Record<keyof SourceFields, string> = { kind: 'kind', contact: 'contact', archiveUrl: 'archive_url', title: 'title', publisher: 'publisher', author: 'author', publishedAt: 'published_at', accessedAt: 'accessed_at' };
const CITATION_COLUMNS: Record<keyof CitationFields, string> = { stance: 'stance', excerpt: 'excerpt', note: 'note' };

const SELECT_SOURCE = `SELECT s.id, s.url, s.title, s.publisher, s.author, s.published_at, s.accessed_at, s.kind, s.contact, s.archive_url, s.file_name, s.snapshot_sha256, s.snapshot_at,
                              (SELECT count(*) FROM claim_sources cs WHERE cs.source_id = s.id) AS uses
                         FROM sources s`;

/** The workspace's source library: search, reuse across claims, edit, archive. */
export class LibraryRepo {
  private readonly recent;
  private readonly matching;
  private readonly byId;
  private readonly linkStmt;
  private readonly linked;
  private readonly citedByStmt;
  private readonly setSnapshotStmt;
  private readonly snapshotStmt;

  constructor(private readonly db: Database.Database) {
    this.recent = db.prepare<[number], SourceRow>(`${SELECT_SOURCE} ORDER BY s.updated_at DESC, s.id DESC LIMIT ?`);
    this.matching = db.prepare<[string, number], SourceRow>(
      `${SELECT_SOURCE} JOIN sources_fts f ON f.rowid = s.rowid WHERE sources_fts MATCH ? ORDER BY f.rank LIMIT ?`,
    );
    this.byId = db.prepare<[string], SourceRow>(`${SELECT_SOURCE} WHERE s.id = ?`);
    this.linkStmt = db.prepare(
      `INSERT INTO claim_sources(claim_id, source_id, stance, excerpt, note, ord, created_at)
       VALUES (@claimId, @sourceId, @stance, @excerpt, @note, (SELECT coalesce(max(ord), -1) + 1 FROM claim_sources WHERE claim_id = @claimId), @at)`,
    );
    this.linked = db.prepare<[string, string], { n: number }>(`SELECT count(*) AS n FROM claim_sources WHERE claim_id = ? AND source_id = ?`);
    this.citedByStmt = db.prepare<[string], SourceCitation>(
      `SELECT c.id AS claimId, c.article_id AS articleId, a.title AS articleTitle, c.text AS claimText, cs.stance AS stance
         FROM claim_sources cs JOIN claims c ON c.id = cs.claim_id JOIN articles a ON a.id = c.article_id
        WHERE cs.source_id = ? AND a.deleted_at IS NULL ORDER BY a.imported_at DESC, c.position`,
    );
    this.setSnapshotStmt = db.prepare(
      `UPDATE sources SET snapshot = @bytes, snapshot_mime = @mime, snapshot_sha256 = @sha256, snapshot_at = @capturedAt, snapshot_url = @url, updated_at = @at WHERE id = @id`,
    );
    this.snapshotStmt = db.prepare<[string], { snapshot: Buffer | null; snapshot_mime: string | null; snapshot_sha256: string | null; snapshot_at: string | null; snapshot_url: string | null; url: string }>(
      `SELECT snapshot, snapshot_mime, snapshot_sha256, snapshot_at, snapshot_url, url FROM sources WHERE id = ?`,
    );
  }

  /** Search as you type: every word a prefix; an empty query lists the most recently used sources. */
  search(q: string, limit: number): LibrarySource[] {
    const query = toFtsQuery(q);
    const rows = query ? this.matching.all(query, limit) : this.recent.all(limit);
    return rows.map(toLibrarySource);
  }

  get(id: string): LibrarySource | null {
    const row = this.byId.get(id);
    return row ? toLibrarySource(row) : null;
  }

  isLinked(claimId: string, sourceId: string): boolean {
    return (this.linked.get(claimId, sourceId)?.n ?? 0) > 0;
  }

  link(claimId: string, sourceId: string, citation: Required<CitationFields>): void {
    this.linkStmt.run({ claimId, sourceId, ...citation, at: now() });
  }

  update(id: string, fields: SourceFields): void {
    const sets = Object.keys(fields).filter((k) => fields[k as keyof SourceFields] !== undefined) as (keyof SourceFields)[];
    if (sets.length === 0) return;
    this.db.prepare(`UPDATE sources SET ${sets.map((k) => `${COLUMNS[k]} = @${k}`).join(', ')}, updated_at = @at WHERE id = @id`).run({ ...fields, id, at: now() });
  }

  updateCitation(claimId: string, sourceId: string, fields: CitationFields): void {
    const sets = Object.keys(fields).filter((k) => fields[k as keyof CitationFields] !== undefined) as (keyof CitationFields)[];
    if (sets.length === 0) return;
    this.db
      .prepare(`UPDATE claim_sources SET ${sets.map((k) => `${CITATION_COLUMNS[k]} = @${k}`).join(', ')} WHERE claim_id = @claimId AND source_id = @sourceId`)
      .run({ ...fields, claimId, sourceId });
  }

  citedBy(sourceId: string): SourceCitation[] {
    return this.citedByStmt.all(sourceId);
  }

  setSnapshot(id: string, s: StoredSnapshot): void {
    this.setSnapshotStmt.run({ id, bytes: Buffer.from(s.bytes), mime: s.mime, sha256: s.sha256, capturedAt: s.capturedAt, url: s.url, at: now() });
  }

  setArchiveUrl(id: string, url: string): void {
    this.db.prepare(`UPDATE sources SET archive_url = ?, updated_at = ? WHERE id = ?`).run(url, now(), id);
  }

  snapshot(id: string): StoredSnapshot | null {
    const row = this.snapshotStmt.get(id);
    if (!row?.snapshot || !row.snapshot_sha256 || !row.snapshot_at) return null;
    return { bytes: new Uint8Array(row.snapshot), mime: row.snapshot_mime ?? 'application/octet-stream', sha256: row.snapshot_sha256, capturedAt: row.snapshot_at, url: row.snapshot_url ?? row.url };
  }
}

function toLibrarySource(r: SourceRow): LibrarySource {
  const source: Source = {
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
  };
  return { ...source, uses: r.uses };
}
