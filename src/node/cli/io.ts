/** Where a command writes: standard output (text or bytes) and standard error (one line at a time). Tests pass their own. */
export interface CliIo {
  out(chunk: string | Uint8Array): void;
  err(line: string): void;
}

/** A failure the user can act on: one line on stderr, exit code 1. */
export class CliError extends Error {
  override name = 'CliError';
}
