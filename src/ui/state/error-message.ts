import type { RpcErrorBody } from '../../contract/envelope';
import { t } from '../i18n/i18n.svelte';

/** Import failures the interface explains in its own language (the server's message is English). */
const IMPORT_REASONS: Record<string, 'import.scriptBuilt'> = { 'script-built': 'import.scriptBuilt' };

/** What to tell the user about a failed call: a translated explanation when the failure has one, else the server's message. */
export function errorMessage(error: RpcErrorBody): string {
  if (error.code === 'import-failed' && typeof error.details === 'object' && error.details !== null) {
    const key = IMPORT_REASONS[String((error.details as { reason?: unknown }).reason)];
    if (key) return t(key);
  }
  return error.message;
}
