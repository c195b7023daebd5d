import { msg } from '../../core/i18n';
import { ApiError } from '../../contract/envelope';
import { ImportError, type ImportInput, type ImportProgress } from '../import';
import type { HeavyWork } from '../pool/heavy-work';
import type { ImportedArticle } from '../pool/tasks';

/** An article as the API receives it: pasted text or a file (each with an optional address), or an address to fetch. */
export interface GivenArticle {
  text?: string;
  url?: string;
  file?: { name: string; dataBase64: string };
  language?: string | null;
}

/**
 * Reads, cleans and detects a given article, off the request thread (`work`).
 * With text or a file, `url` is the story's Source URL (kept, not fetched);
 * alone, it is fetched. Import failures come back as `import-failed` with their reason.
 */
export async function readGivenArticle(work: HeavyWork, input: GivenArticle, progress: ImportProgress): Promise<{ imported: ImportedArticle; source: ImportInput }> {
  const language = input.language ?? null;
  const source: ImportInput =
    input.text !== undefined
      ? { kind: 'text', text: input.text, language }
      : input.file !== undefined
        ? { kind: 'file', name: input.file.name, bytes: decodeBase64(input.file.dataBase64), language }
        : { kind: 'url', url: input.url!, language };
  try {
    const imported = await work.importArticle(source, progress);
    if (source.kind !== 'url' && input.url !== undefined) imported.article.meta.url = input.url;
    return { imported, source };
  } catch (error) {
    if (error instanceof ImportError) throw new ApiError('import-failed', error.text, { reason: error.code, ...(error.detail ? { detail: error.detail } : {}) });
    throw error;
  }
}

function decodeBase64(data: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data)) throw new ApiError('invalid-input', msg('errors.attachments.notBase64'));
  return new Uint8Array(Buffer.from(data, 'base64'));
}
