import type { Api } from '../../../src/node/api';
import type { Workspace } from '../../../src/node/db/open';

/** One call through the API that must succeed: the value, or a thrown error naming the method. */
export async function must<T>(api: Api, method: string, input: unknown): Promise<T> {
  const res = await api.dispatch({ method, input });
  if (!res.ok) throw new Error(`${method} failed: ${res.error.code}: ${res.error.message}`);
  return res.value as T;
}

export const ARTICLE_TEXT = (n: number) =>
  [
    `Le budget de la ville ${n} a augmenté de ${n % 90} % en 2023, selon le maire.`,
    `« Nous avons créé ${1000 + n} emplois », a déclaré la ministre du Travail lors d'une conférence de presse.`,
    `Le chômage a baissé à ${(n % 9) + 3},${n % 10} % au troisième trimestre, d'après l'Insee.`,
  ].join('\n\n');

/** A small workspace with an article, a manual claim with a verdict and a cited source; returns the ids. */
export async function seedWorkspace(api: Api, n = 1): Promise<{ articleId: string; claimId: string; sourceId: string }> {
  const { articleId } = await must<{ articleId: string }>(api, 'articles.import', { text: ARTICLE_TEXT(n), language: 'fr' });
  const article = await must<{ body: string }>(api, 'articles.get', { id: articleId });
  const start = article.body.indexOf('Le budget');
  const claim = await must<{ id: string }>(api, 'claims.create', { articleId, start, end: article.body.indexOf('.', start) });
  await must(api, 'claims.update', { id: claim.id, patch: { verdict: 'false', rationale: `Le budget ${n} n'a pas augmenté.` } });
  const source = await must<{ id: string }>(api, 'sources.add', { claimId: claim.id, source: { url: `https://example.org/budget/${n}`, title: `Budget ${n}`, stance: 'refutes' } });
  return { articleId, claimId: claim.id, sourceId: source.id };
}

export function integrity(workspace: Workspace): { integrity: unknown; foreignKeys: unknown[] } {
  return {
    integrity: workspace.db.pragma('integrity_check', { simple: true }),
    foreignKeys: workspace.db.pragma('foreign_key_check') as unknown[],
  };
}

export function count(workspace: Workspace, table: string): number {
  return (workspace.db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
}
