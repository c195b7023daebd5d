import { msg } from '../../core/i18n';
import { ApiError } from '../../contract/envelope';
import { sha256Hex } from './capture';
import { sniff } from './sniff';

export interface EvidenceFile {
  name: string;
  bytes: Uint8Array;
  /** Sniffed from the bytes, never taken from the name. */
  mime: string;
  sha256: string;
}

/**
 * A file a fact-checker keeps as evidence or as a source (a document, a
 * screenshot): decoded, checked for size and for what it really is, named
 * safely, fingerprinted. Bad files are refused with one clear message.
 */
export function readEvidenceFile(name: string, dataBase64: string, maxBytes: number): EvidenceFile {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(dataBase64)) throw new ApiError('invalid-input', msg('errors.attachments.notBase64'));
  const bytes = new Uint8Array(Buffer.from(dataBase64, 'base64'));
  if (bytes.byteLength === 0) throw new ApiError('invalid-input', msg('errors.attachments.empty', { name }));
  if (bytes.byteLength > maxBytes) throw new ApiError('invalid-input', msg('errors.attachments.tooLarge', { name, limit: maxBytes / (1024 * 1024) }));
  const type = sniff(bytes);
  if (!type) throw new ApiError('invalid-input', msg('errors.attachments.type', { name }));
  const cleanName = name.replace(/[\\/]/g, '_').replace(/[\u0000-\u001f]/g, '').slice(-200) || 'evidence';
  return { name: cleanName, bytes, mime: type.mime, sha256: sha256Hex(bytes) };
}
