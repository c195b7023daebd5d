import type Database from 'better-sqlite3';
import type { AttachmentInfo } from '../../contract/methods/attachments';
import { newId, now } from './ids';

interface Row {
  id: string;
  claim_id: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  note: string;
  created_at: string;
}

export interface NewAttachment {
  claimId: string;
  name: string;
  mime: string;
  sha256: string;
  bytes: Uint8Array;
  note: string;
}

const INFO = `id, claim_id, name, mime, size, sha256, note, created_at`;

/** Evidence files of a claim, stored in the workspace file itself. */
export class AttachmentsRepo {
  private readonly insert;
  private readonly ofClaim;
  private readonly info;
  private readonly data;
  private readonly remove;

  constructor(db: Database.Database) {
    this.insert = db.prepare(
      `INSERT INTO attachments(id, claim_id, name, mime, size, sha256, data, note, created_at) VALUES (@id, @claimId, @name, @mime, @size, @sha256, @data, @note, @at)`,
    );
    this.ofClaim = db.prepare<[string], Row>(`SELECT ${INFO} FROM attachments WHERE claim_id = ? ORDER BY created_at, id`);
    this.info = db.prepare<[string], Row>(`SELECT ${INFO} FROM attachments WHERE id = ?`);
    this.data = db.prepare<[string], { data: Buffer }>(`SELECT data FROM attachments WHERE id = ?`);
    this.remove = db.prepare(`DELETE FROM attachments WHERE id = ?`);
  }

  add(a: NewAttachment): AttachmentInfo {
    const id = newId();
    this.insert.run({ id, claimId: a.claimId, name: a.name, mime: a.mime, size: a.bytes.byteLength, sha256: a.sha256, data: Buffer.from(a.bytes), note: a.note, at: now() });
    return this.get(id)!;
  }

  list(claimId: string): AttachmentInfo[] {
    return this.ofClaim.all(claimId).map(toInfo);
  }

  get(id: string): AttachmentInfo | null {
    const row = this.info.get(id);
    return row ? toInfo(row) : null;
  }

  bytes(id: string): Uint8Array | null {
    const row = this.data.get(id);
    return row ? new Uint8Array(row.data) : null;
  }

  delete(id: string): boolean {
    return this.remove.run(id).changes > 0;
  }
}

/** A human word for a stored type, so the list can say "PNG image" without sniffing again. */
export function kindOf(mime: string): string {
  const known: Record<string, string> = {
    'image/png': 'PNG image',
    'image/jpeg': 'JPEG image',
    'image/gif': 'GIF image',
    'image/webp': 'WebP image',
    'image/avif': 'AVIF image',
    'image/heic': 'HEIC image',
    'application/pdf': 'PDF document',
    'text/plain': 'Text',
    'application/json': 'JSON',
  };
  if (known[mime]) return known[mime];
  const [major = 'file'] = mime.split('/');
  return major === 'application' ? 'Document' : major.charAt(0).toUpperCase() + major.slice(1);
}

function toInfo(r: Row): AttachmentInfo {
  return { id: r.id, claimId: r.claim_id, name: r.name, mime: r.mime, kind: kindOf(r.mime), size: r.size, sha256: r.sha256, note: r.note, createdAt: r.created_at };
}
