import { MATCH_CLOSE, MATCH_OPEN } from '../../core/search-query';

export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * Splits an FTS snippet at its match marks (U+E000 … U+E001) into runs the
 * view renders as text and <mark>: never as HTML, since snippets quote articles.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const out: SnippetPart[] = [];
  let match = false;
  let text = '';
  for (const ch of snippet) {
    if (ch === MATCH_OPEN || ch === MATCH_CLOSE) {
      if (text) out.push({ text, match });
      text = '';
      match = ch === MATCH_OPEN;
    } else text += ch;
  }
  if (text) out.push({ text, match });
  return out;
}
