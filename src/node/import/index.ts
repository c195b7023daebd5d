import type { CleanedArticle } from '../../core/model';

/** What the user gave us: pasted text, a file's bytes, or a URL. */
export type ImportInput =
  | { kind: 'text'; text: string; language?: string | null }
  | { kind: 'file'; name: string; bytes: Uint8Array; language?: string | null }
  | { kind: 'url'; url: string; language?: string | null };

export type ImportErrorCode = 'empty' | 'binary' | 'too-large' | 'no-article' | 'unreachable' | 'timeout' | 'unsupported' | 'invalid-url';

/** A bad input, with a message a fact-checker can act on. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

export interface ImportProgress {
  (stage: string, fraction: number): void;
}

/**
 * Reads, extracts and cleans an article.
 * PLACEHOLDER: plain text only, paragraphs split on blank lines; the import &
 * cleaning work replaces it, keeping this signature.
 */
export async function importArticle(input: ImportInput, _progress?: ImportProgress): Promise<CleanedArticle> {
  if (input.kind !== 'text') throw new ImportError('unsupported', 'Only pasted text can be imported yet.');
  const original = input.text;
  const paragraphs = original.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  if (paragraphs.length === 0) throw new ImportError('empty', 'The article is empty.');
  let body = '';
  const blocks: CleanedArticle['blocks'] = [];
  for (const p of paragraphs) {
    if (body) body += '\n\n';
    blocks.push({ kind: 'paragraph', start: body.length, end: body.length + p.length });
    body += p;
  }
  return {
    meta: { title: paragraphs[0]!.slice(0, 200), kicker: null, outlet: null, byline: null, publishedAt: null, modifiedAt: null, language: input.language ?? null, url: null, canonicalUrl: null },
    body,
    blocks,
    folded: [],
    original,
    warnings: [],
  };
}
