/**
 * An http(s) address as a URL, or null: `file:`, `data:`, `javascript:`, a
 * malformed address and credentials in the address are refused. One rule for
 * what may be fetched, linked as an archive, or compared as a story's address.
 */
export function parseHttpUrl(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  return url;
}
