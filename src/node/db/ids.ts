import { uuidv7 } from 'uuidv7';

/** Time-ordered random ids (UUIDv7): sortable, and safe to merge across machines one day. */
export const newId = (): string => uuidv7();

/** Timestamps are ISO 8601 UTC strings with milliseconds. */
export const now = (): string => new Date().toISOString();
