import type Database from 'better-sqlite3';
import type { ClaimSource, Stance } from '../../core/model';
import { newId, now } from './ids';

export interface NewSource {
  kind: string;
  url: string;
  title: string;
  publisher: string;
  author: string;
  publishedAt: string | null;
  contact: string;
  archiveUrl: string | null;
  /** A file kept as the source: stored as its snapshot, with its SHA-256. */
  file?: { name: string; bytes: Uint8Array; mime: string; sha256: string } | undefined;
}

export interface Citation {
  stance: Stance;
  excerpt: string;
  note: string;
}

interface CitedRow {
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
  stance: Stance;
  excerpt: string;
  note: string;
}

export class SourcesRepo {
  private readonly insertSource;
  private readonly link;
  private readonly unlinkStmt;
  private readonly citedBy;
  private readonly citedByArticle;
  private readonly cited;

  constructor(db: Database.Database) {
    this.insertSource = db.prepare(
      `INSERT INTO sources(id, url, title, publisher, author, published_at, accessed_at, kind, contact, archive_url,
                           snapshot, snapshot_mime, snapshot_sha256, snapshot_at, file_name, created_at, updated_at)
       VALUES (@id, @url, @title, @publisher, @author, @publishedAt, @accessedAt, @kind, @contact, @archiveUrl,
               @bytes, @mime, @sha256, @fileAt, @fileName, @at, @at)`,
    );
    this.link = db.prepare(
      `INSERT INTO claim_sources(claim_id, source_id, stance, excerpt, note, ord, created_at)
       VALUES (@claimId, @sourceId, @stance, @excerpt, @note, (SELECT coalesce(max(ord), -1) + 1 FROM claim_sources WHERE claim_id = @claimId), @at)`,
    );
    this.unlinkStmt = db.prepare(`DELETE FROM claim_sources WHERE claim_id = ? AND source_id = ?`);
    const select = `SELECT s.id, s.url, s.title, s.publisher, s.author, s.published_at, s.accessed_at, s.kind, s.contact, s.archive_url, s.file_name, s.snapshot_sha256, s.snapshot_at,
                           cs.stance, cs.excerpt, cs.note, cs.claim_id
                      FROM claim_sources cs JOIN sources s ON s.id = cs.source_id`;
    this.citedBy = db.prepare<[string], CitedRow>(`${select} WHERE cs.claim_id = ? ORDER BY cs.ord`);
    this.cited = db.prepare<[string, string], CitedRow>(`${select} WHERE cs.claim_id = ? AND cs.source_id = ?`);
    this.citedByArticle = db.prepare<[string], CitedRow & { claim_id: string }>(
      `${select} JOIN claims c ON c.id = cs.claim_id WHERE c.article_id = ? ORDER BY cs.claim_id, cs.ord`,
    );
  }

  /** Creates a source in the workspace library and cites it for a claim. */
  addToClaim(claimId: string, source: NewSource, citation: Citation): ClaimSource {
    const id = newId();
    const at = now();
    const { file, ...fields } = source;
    this.insertSource.run({
      id,
      ...fields,
      accessedAt: at,
      bytes: file ? Buffer.from(file.bytes) : null,
      mime: file?.mime ?? null,
      sha256: file?.sha256 ?? null,
      fileAt: file ? at : null,
      fileName: file?.name ?? null,
      at,
    });
    this.link.run({ claimId, sourceId: id, ...citation, at });
    return this.citation(claimId, id)!;
  }

  citation(claimId: string, sourceId: string): ClaimSource | null {
    const row = this.cited.get(claimId, sourceId);
    return row ? toClaimSource(row) : null;
  }

  forClaim(claimId: string): ClaimSource[] {
    return this.citedBy.all(claimId).map(toClaimSource);
  }

  /** Every citation of an article's claims, grouped by claim id (one query for a whole report). */
  forArticle(articleId: string): Map<string, ClaimSource[]> {
    const out = new Map<string, ClaimSource[]>();
    for (const row of this.citedByArticle.all(articleId)) {
      const list = out.get(row.claim_id) ?? [];
      list.push(toClaimSource(row));
      out.set(row.claim_id, list);
    }
    return out;
  }

  unlink(claimId: string, sourceId: string): boolean {
    return this.unlinkStmt.run(claimId, sourceId).changes > 0;
  }
}

function toClaimSource(r: CitedRow): ClaimSource {
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
    stance: r.stance,
    excerpt: r.excerpt,
    note: r.note,
  };
}
