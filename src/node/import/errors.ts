export type ImportErrorCode = 'empty' | 'binary' | 'too-large' | 'no-article' | 'script-built' | 'unreachable' | 'timeout' | 'unsupported' | 'invalid-url';

/** A bad input, with a one-line message a fact-checker can act on. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** The largest import accepted, in bytes (a file, a fetched page) or UTF-16 units (pasted text). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export function tooLarge(what: string, size: number): ImportError {
  // Rounded up, so a file just over the limit does not read as "20.0 MB; the limit is 20.0 MB".
  const mb = (n: number) => (Math.ceil((n / (1024 * 1024)) * 10) / 10).toFixed(1);
  return new ImportError('too-large', `${what} is ${mb(size)} MB; the limit is ${mb(MAX_IMPORT_BYTES)} MB.`);
}
