import { word, type Message, type MessageKey, type MessageParams } from '../../core/i18n';

export type ImportErrorCode = 'empty' | 'binary' | 'too-large' | 'no-article' | 'script-built' | 'unreachable' | 'timeout' | 'unsupported' | 'invalid-url';

/**
 * A bad input, with a one-line message a fact-checker can act on: `message` in
 * English (the command line, logs), `text` as a catalogue message the desk
 * words in its own language.
 */
export class ImportError extends Error {
  readonly text: Message;
  constructor(
    readonly code: ImportErrorCode,
    key: MessageKey,
    params?: MessageParams,
    /** Technical detail (a library's own error) for the log, never shown as the message. */
    readonly detail?: string,
  ) {
    const text: Message = params ? { key, params } : { key };
    super(word(text));
    this.name = 'ImportError';
    this.text = text;
  }
}

/** The largest import accepted, in bytes (a file, a fetched page) or UTF-16 units (pasted text). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Megabytes to one decimal, rounded up, so a file just over the limit does not read as "20.0 MB; the limit is 20.0 MB". */
const mb = (n: number) => Math.ceil((n / (1024 * 1024)) * 10) / 10;

export function tooLarge(what: { page: true } | { text: true } | { name: string }, size: number): ImportError {
  const sizes = { size: mb(size), limit: mb(MAX_IMPORT_BYTES) };
  if ('page' in what) return new ImportError('too-large', 'errors.import.tooLargePage', sizes);
  if ('text' in what) return new ImportError('too-large', 'errors.import.tooLargeText', sizes);
  return new ImportError('too-large', 'errors.import.tooLarge', { name: what.name, ...sizes });
}
