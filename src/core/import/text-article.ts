import type { CleanedArticle } from '../model';
import { textUnits } from '../cleaning/lines';
import type { Unit } from '../cleaning/units';
import { buildArticle } from './article';

export interface TextArticleOptions {
  language?: string | null;
  /** Markdown headings, quotes and list items become blocks of that kind. */
  markdown?: boolean;
  warnings?: string[];
}

const MD_HEADING = /^(#{1,6})\s+(.*?)\s*#*$/u;
const MD_QUOTE = /^>\s?(.*)$/u;
const MD_ITEM = /^(?:[-*+]|\d{1,3}[.)])\s+\S/u;

function markdownUnits(units: Unit[]): Unit[] {
  return units.map((u) => {
    const heading = MD_HEADING.exec(u.text);
    if (heading) return { ...u, text: heading[2]!, kind: 'heading', level: heading[1]!.length };
    const quote = MD_QUOTE.exec(u.text);
    if (quote && quote[1]!.trim()) return { ...u, text: quote[1]!.trim(), kind: 'quote' };
    if (MD_ITEM.test(u.text)) return { ...u, kind: 'list-item' };
    return u;
  });
}

/** Pasted text, a .txt or .md file: one unit per line, cleaned as flat text. */
export function cleanTextArticle(text: string, options: TextArticleOptions = {}): CleanedArticle {
  const lines = textUnits(text);
  const units = options.markdown ? markdownUnits(lines) : lines;
  return buildArticle(units, { flat: true, original: text, language: options.language ?? null, warnings: options.warnings ?? [] });
}
