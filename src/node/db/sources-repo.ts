import type { ClaimSource, Stance } from '../../core/model';
import type { Db, Dialect } from './dialect/dialect';
import { newId, now } from './ids';
import type { SourceCardRow } from './schema';

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

interface CitedRow extends SourceCardRow {
  stance: string;
  excerpt: string;
  note: string;
  claim_id: string;
}

export class SourcesRepo {
  constructor(
    private readonly db: Db,
    private readonly d: Dialect,
  ) {}

  /** Creates a source in the workspace library and cites it for a claim. */
  async addToClaim(claimId: string, source: NewSource, citation: Citation): Promise<ClaimSource> {
    const id = newId();
    const at = now();
    const { file } = source;
    await this.db
      .insertInto('sources')
      .values({
        id,
        url: source.url,
        title: source.title,
        publisher: source.publisher,
        author: source.author,
        published_at: source.publishedAt,
        accessed_at: at,
        kind: source.kind,
        contact: source.contact,
        archive_url: source.archiveUrl,
        snapshot: file ? Buffer.from(file.bytes) : null,
        snapshot_mime: file?.mime ?? null,
        snapshot_sha256: file?.sha256 ?? null,
        snapshot_at: file ? at : null,
        file_name: file?.name ?? null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await this.link(claimId, id, citation, at);
    return (await this.citation(claimId, id))!;
  }

  /** Cites a source for a claim, after its other sources. */
  async link(claimId: string, sourceId: string, citation: Citation, at = now()): Promise<void> {
    const last = await this.db.selectFrom('claim_sources').select((eb) => eb.fn.max('ord').as('ord')).where('claim_id', '=', claimId).executeTakeFirst();
    const ord = last?.ord === null || last?.ord === undefined ? 0 : Number(last.ord) + 1;
    await this.db
      .insertInto('claim_sources')
      .values({ claim_id: claimId, source_id: sourceId, stance: citation.stance, excerpt: citation.excerpt, note: citation.note, ord, created_at: at })
      .execute();
  }

  async citation(claimId: string, sourceId: string): Promise<ClaimSource | null> {
    const row = await this.cited().where('cs.claim_id', '=', this.d.id(claimId)).where('cs.source_id', '=', this.d.id(sourceId)).executeTakeFirst();
    return row ? toClaimSource(row) : null;
  }

  async forClaim(claimId: string): Promise<ClaimSource[]> {
    const rows = await this.cited().where('cs.claim_id', '=', this.d.id(claimId)).orderBy('cs.ord').execute();
    return rows.map(toClaimSource);
  }

  /** Every citation of an article's claims, grouped by claim id (one query for a whole report). */
  async forArticle(articleId: string): Promise<Map<string, ClaimSource[]>> {
    const rows = await this.cited().innerJoin('claims as c', 'c.id', 'cs.claim_id').where('c.article_id', '=', this.d.id(articleId)).orderBy('cs.claim_id').orderBy('cs.ord').execute();
    const out = new Map<string, ClaimSource[]>();
    for (const row of rows) {
      const list = out.get(row.claim_id) ?? [];
      list.push(toClaimSource(row));
      out.set(row.claim_id, list);
    }
    return out;
  }

  async unlink(claimId: string, sourceId: string): Promise<boolean> {
    const r = await this.db.deleteFrom('claim_sources').where('claim_id', '=', this.d.id(claimId)).where('source_id', '=', this.d.id(sourceId)).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  private cited() {
    return this.db
      .selectFrom('claim_sources as cs')
      .innerJoin('sources as s', 's.id', 'cs.source_id')
      .select(['s.id', 's.url', 's.title', 's.publisher', 's.author', 's.published_at', 's.accessed_at', 's.kind', 's.contact', 's.archive_url', 's.file_name', 's.snapshot_sha256', 's.snapshot_at', 'cs.stance', 'cs.excerpt', 'cs.note', 'cs.claim_id']);
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
    stance: r.stance as Stance,
    excerpt: r.excerpt,
    note: r.note,
  };
}
