import fs from 'node:fs';
import path from 'node:path';
import { createClient, type Client } from '../../../src/contract/client';
import type { MethodInput } from '../../../src/contract/methods';
import type { Article, Block, CleanedArticle, Claim } from '../../../src/core/model';
import { referenceArticlePath, repoRoot } from '../../helpers/paths';
import { snapshotTables, tempWorkspace } from '../../helpers/workspace';

export interface Desk {
  client: Client;
  article: Article;
  snapshot: () => Record<string, unknown[]>;
  db: ReturnType<typeof tempWorkspace>['workspace']['db'];
  cleanup: () => void;
}

const fixture = JSON.parse(fs.readFileSync(path.join(repoRoot, 'tests/fixtures/editing/kim-putin.cleaned.json'), 'utf8')) as Omit<CleanedArticle, 'original'>;

/**
 * A real workspace file holding the reference story as cleaned (frozen in
 * tests/fixtures/editing, so these tests do not move with the cleaning rules),
 * without suggested claims: each test marks the claims it needs.
 */
export async function deskWithReferenceArticle(): Promise<Desk> {
  const { workspace, api, cleanup } = tempWorkspace();
  const client = createClient({ send: (req) => api.dispatch(req), onEvent: (l) => api.subscribe(l) });
  const { id: articleId } = await workspace.repos.articles.insert({ ...fixture, original: fs.readFileSync(referenceArticlePath, 'utf8') }, null);
  const article = await client.call('articles.get', { id: articleId });
  return { client, article, db: workspace.db, snapshot: () => snapshotTables(workspace), cleanup };
}

/** A manual claim on the first occurrence of `words` in the body. */
export async function claimOn(desk: Desk, words: string): Promise<Claim> {
  const start = desk.article.body.indexOf(words);
  if (start < 0) throw new Error(`not in the body: ${words}`);
  return desk.client.call('claims.create', { articleId: desk.article.id, start, end: start + words.length });
}

/**
 * What the editor sends after replacing body[at, at+remove) by `insert` inside
 * one block: the new body and blocks, and every body anchor shifted as
 * ProseMirror's mapping would shift it.
 */
export function editedText(article: Article, claims: Claim[], at: number, remove: number, insert: string): MethodInput<'editing.saveText'> {
  const delta = insert.length - remove;
  const body = article.body.slice(0, at) + insert + article.body.slice(at + remove);
  const move = (o: number, assoc: -1 | 1) => (o < at || (o === at && assoc < 0) ? o : o >= at + remove ? o + delta : assoc < 0 ? at : at + insert.length);
  const blocks: Block[] = article.blocks.map((b) => ({ ...b, start: b.start > at ? b.start + delta : b.start, end: b.end >= at ? b.end + delta : b.end }));
  const anchors = claims.flatMap((c) =>
    c.anchors.map((a) => (a.foldedLineId || a.orphaned ? { id: a.id, start: a.start, end: a.end, foldedLineId: a.foldedLineId, orphaned: a.orphaned } : { id: a.id, start: move(a.start, 1), end: move(a.end, -1), foldedLineId: null, orphaned: false })),
  );
  return { articleId: article.id, body, blocks, folded: article.folded.map((f) => ({ id: f.id, kind: f.kind, text: f.text, position: f.position > at ? f.position + delta : f.position, order: f.order, ...(f.inline ? { inline: true } : {}) })), anchors };
}
