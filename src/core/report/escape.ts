/**
 * Escaping shared by the renderers. Every string that came from an article or
 * a user goes through one of these before it reaches an output format; the
 * format-specific rules (CSV formulas, Markdown punctuation) live with their
 * renderer.
 */

const HTML_SPECIALS = /[&<>"']/g;
const HAS_HTML_SPECIAL = /[&<>"']/; // not global: `test` on a global regex keeps state between calls
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return HAS_HTML_SPECIAL.test(text) ? text.replace(HTML_SPECIALS, (c) => HTML_ENTITIES[c] ?? c) : text;
}

/**
 * The URL when it is an absolute http(s) URL, else null. Only such URLs become
 * links (or schema.org `url`s): `javascript:`, `data:`, relative and malformed
 * URLs are shown as text, never followed.
 */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  // Control characters and whitespace inside a URL are how scheme filters get fooled ("java\tscript:").
  if (/[\u0000-\u0020\u007f-\u009f]/.test(trimmed)) return null;
  // The core has no WHATWG URL (no DOM, no Node): a strict shape check instead of a parser.
  const m = /^(https?):\/\/([^/?#@]*@)?(\[[0-9A-Fa-f:.]+\]|[\p{L}\p{N}.-]+)(:\d{1,5})?([/?#].*)?$/iu.exec(trimmed);
  if (!m || m[2] !== undefined) return null; // credentials in a URL are a phishing trick, not a citation
  const host = m[3] ?? '';
  if (host.startsWith('.') || host.endsWith('-') || host.includes('..')) return null;
  return `${(m[1] ?? '').toLowerCase()}://${host.toLowerCase()}${m[4] ?? ''}${m[5] ?? ''}`;
}

// C0/C1 controls except tab, LF and CR; lone surrogates; U+FFFE/U+FFFF. XML forbids them, and no reader shows them.
const INVALID_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text without characters that are invalid in XML or invisible controls (kept: tab, newline). */
// The common case (no control character, no surrogate at all) needs no replace.
const MAYBE_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/;

export function cleanText(text: string): string {
  return MAYBE_INVALID.test(text) ? text.replace(INVALID_TEXT, '') : text;
}

/** A SHA-256 as 64 lowercase hex digits, or null when the value is not one (then shown as escaped text). */
export function normaliseSha256(value: string | null): string | null {
  if (value === null) return null;
  const v = value.trim().toLowerCase();
  return /^[0-9a-f]{64}$/.test(v) ? v : null;
}
