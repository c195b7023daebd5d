import type { AttachmentInfo } from '../../contract/methods/attachments';
import type { Db, Dialect } from './dialect/dialect';
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

const INFO = ['id', 'claim_id', 'name', 'mime', 'size', 'sha256', 'note', 'created_at'] as const;

/** Evidence files of a claim, stored in the workspace itself. */
export class AttachmentsRepo {
  constructor(
    private readonly db: Db,
    private readonly d: Dialect,
  ) {}

  async add(a: NewAttachment): Promise<AttachmentInfo> {
    const id = newId();
    await this.db
      .insertInto('attachments')
      .values({ id, claim_id: a.claimId, name: a.name, mime: a.mime, size: a.bytes.byteLength, sha256: a.sha256, data: Buffer.from(a.bytes), note: a.note, created_at: now() })
      .execute();
    return (await this.get(id))!;
  }

  async list(claimId: string): Promise<AttachmentInfo[]> {
    const rows = await this.db.selectFrom('attachments').select(INFO).where('claim_id', '=', this.d.id(claimId)).orderBy('created_at').orderBy('id').execute();
    return rows.map(toInfo);
  }

  async get(id: string): Promise<AttachmentInfo | null> {
    const row = await this.db.selectFrom('attachments').select(INFO).where('id', '=', this.d.id(id)).executeTakeFirst();
    return row ? toInfo(row) : null;
  }

  async bytes(id: string): Promise<Uint8Array | null> {
    const row = await this.db.selectFrom('attachments').select('data').where('id', '=', this.d.id(id)).executeTakeFirst();
    return row ? new Uint8Array(row.data) : null;
  }

  async delete(id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('attachments').where('id', '=', this.d.id(id)).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
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
