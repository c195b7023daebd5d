/**
 * One search suite, both engines: the reference story and the news of
 * ../shared/datasets/news imported through the API into a SQLite workspace
 * and a PostgreSQL one; each query, typed as a user types it (the last word
 * often unfinished), finds the same best article and the same best claim.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../../src/node/api';
import type { SearchHit } from '../../../src/contract/methods';
import { referenceArticlePath, sharedDir } from '../../helpers/paths';
import { tempPostgresWorkspace } from '../../helpers/postgres';
import { tempWorkspace } from '../../helpers/workspace';

const QUERIES: [string, string][] = [
  ['priorité abso', 'the reference story, French, as typed'],
  ['Poutine Vostotch', 'two names'],
  ['chlorothal', 'a rare word, unfinished'],
  ['trottinettes Montré', 'accents in the typed word'],
  ['montreal', 'accents left out'],
  ['séisme Népal', 'French, two words'],
  ['Parasite Osc', 'English, unfinished'],
  ['mass burials', 'English, two words'],
  ['masks stolen Kob', 'English, three words'],
  ['ministre de la Santé', 'with small words'],
];

async function call<T>(api: Api, method: string, input: unknown): Promise<T> {
  const r = await api.dispatch({ method, input });
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

describe('search on SQLite and on PostgreSQL', () => {
  const engines: Record<string, { api: Api; cleanup: () => unknown; claimText: Map<string, string> }> = {};

  beforeAll(async () => {
    const sqlite = tempWorkspace();
    const postgres = await tempPostgresWorkspace();
    engines.SQLite = { api: sqlite.api, cleanup: sqlite.cleanup, claimText: new Map() };
    engines.PostgreSQL = { api: postgres.api, cleanup: postgres.cleanup, claimText: new Map() };
    const texts = [fs.readFileSync(referenceArticlePath, 'utf8'), ...fs.readdirSync(path.join(sharedDir, 'datasets/news')).sort().map((f) => fs.readFileSync(path.join(sharedDir, 'datasets/news', f), 'utf8'))];
    for (const e of Object.values(engines)) {
      for (const text of texts) {
        const { articleId } = await call<{ articleId: string }>(e.api, 'articles.import', { text });
        for (const c of await call<{ id: string; text: string }[]>(e.api, 'claims.list', { articleId })) e.claimText.set(c.id, c.text);
      }
    }
  });
  afterAll(async () => {
    for (const e of Object.values(engines)) await e.cleanup();
  });

  for (const [q, what] of QUERIES) {
    it(`finds the same best article and claim for «${q}» (${what})`, async () => {
      const top: Record<string, { article: string | undefined; claims: string[] }> = {};
      for (const [name, e] of Object.entries(engines)) {
        const hits = await call<SearchHit[]>(e.api, 'search.query', { q, limit: 50 });
        expect(hits.filter((h) => !h.snippet.includes('\uE000')), `${name}: every snippet marks the match`).toEqual([]);
        top[name] = {
          article: hits.find((h) => h.kind === 'article')?.title,
          claims: hits.filter((h) => h.kind === 'claim').slice(0, 3).map((h) => e.claimText.get(h.id)!),
        };
      }
      expect(top.SQLite!.article).toBeDefined();
      expect(top.PostgreSQL!.article).toBe(top.SQLite!.article);
      // The best claim is the same; below it the rankings (bm25, cover density) and PostgreSQL's stemming may differ.
      expect(top.PostgreSQL!.claims[0]).toBe(top.SQLite!.claims[0]);
    });
  }
});
