import type { Block, CleanedArticle, FoldedLine } from '../../../src/core/model';

/** A CleanedArticle built by hand: paragraphs (or [kind, text] blocks) joined by blank lines, and folded lines. */
export function article(blocks: (string | [Block['kind'], string])[], options: { language?: string | null; folded?: Omit<FoldedLine, 'order' | 'position'>[]; title?: string | null } = {}): CleanedArticle {
  let body = '';
  const out: Block[] = [];
  for (const b of blocks) {
    const [kind, text] = typeof b === 'string' ? (['paragraph', b] as const) : b;
    if (body) body += '\n\n';
    out.push({ kind, start: body.length, end: body.length + text.length });
    body += text;
  }
  return {
    meta: { title: options.title ?? null, kicker: null, outlet: null, byline: null, publishedAt: null, modifiedAt: null, language: options.language === undefined ? 'fr' : options.language, url: null, canonicalUrl: null },
    body,
    blocks: out,
    folded: (options.folded ?? []).map((f, i) => ({ ...f, position: body.length, order: i })),
    original: body,
    warnings: [],
  };
}
