import { addressKey, bodyShingles, NEAR_IDENTICAL, shingleSimilarity } from '../../core/import/duplicates';
import type { CleanedArticle } from '../../core/model';
import type { DuplicateArticle } from '../../contract/methods/articles';
import type { ArticlesRepo } from '../db/articles-repo';

/**
 * The article of the workspace that an import repeats, if any: the same
 * address first (canonical or given), else the nearest near-identical body.
 */
export async function findDuplicate(articles: ArticlesRepo, cleaned: CleanedArticle): Promise<DuplicateArticle | null> {
  const keys = new Set([addressKey(cleaned.meta.canonicalUrl), addressKey(cleaned.meta.url)].filter((k): k is string => k !== null));
  if (keys.size > 0) {
    for (const a of await articles.addresses()) {
      if (keys.has(addressKey(a.canonical_url) ?? '') || keys.has(addressKey(a.url) ?? '')) return { articleId: a.id, title: a.title, reason: 'url', similarity: 1 };
    }
  }
  const mine = bodyShingles(cleaned.body);
  let best: DuplicateArticle | null = null;
  for (const a of await articles.ofBodyLength(cleaned.body.length)) {
    const similarity = a.body === cleaned.body ? 1 : shingleSimilarity(mine, bodyShingles(a.body));
    if (similarity >= NEAR_IDENTICAL && (!best || similarity > best.similarity)) best = { articleId: a.id, title: a.title, reason: 'text', similarity };
  }
  return best;
}
