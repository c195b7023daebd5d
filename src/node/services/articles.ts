import { ApiError } from '../../contract/envelope';
import type { Handlers } from '../../contract/dispatcher';
import { now } from '../db/ids';
import { pick, pickChanged } from './changes';
import { findDuplicate } from './duplicates';
import { readGivenArticle } from './import-input';
import type { ServiceContext } from './workspace-services';

type ArticleMethods = 'articles.import' | 'articles.list' | 'articles.get' | 'articles.updateMeta' | 'articles.delete' | 'articles.restore';

/** How long a deleted article can be brought back before it is purged. */
export const UNDO_DELETE_MS = 24 * 60 * 60 * 1000;

export function articleHandlers(s: ServiceContext): Pick<Handlers, ArticleMethods> {
  /** Articles deleted more than a day ago go for good, with their claims (the audit trail keeps that they existed). */
  const purgeExpired = (actor: string) => {
    for (const id of s.articles.deletedBefore(new Date(Date.now() - UNDO_DELETE_MS).toISOString())) {
      s.articles.delete(id);
      s.events.record({ actor, entity: 'article', entityId: id, articleId: id, action: 'purge', before: null, after: null });
    }
  };

  return {
    async 'articles.import'(input, ctx) {
      const task = `import-${Date.now()}`;
      const progress = (label: string, fraction: number) => ctx.emit({ type: 'progress', task, label, fraction, done: false });
      try {
        // Decoding, cleaning and detection run off this thread (s.work); only the storing happens here.
        const { imported, source } = await readGivenArticle(s.work, input, progress);
        const { article: cleaned, claims, bytes: snapshot } = imported;
        if (input.duplicates === 'refuse') {
          const duplicate = findDuplicate(s.articles, cleaned);
          if (duplicate) {
            const why = duplicate.reason === 'url' ? 'the same address' : `near-identical text, ${Math.round(duplicate.similarity * 100)} % alike`;
            throw new ApiError('conflict', `«${duplicate.title || cleaned.meta.title || 'This story'}» is already in the workspace (${why}).`, { duplicate });
          }
        }
        const result = s.tx(() => {
          purgeExpired(ctx.actor);
          const { id, foldedIds } = s.articles.insert(cleaned, snapshot);
          s.claims.insertDetected(id, claims, { body: cleaned.body, folded: cleaned.folded.map((f, i) => ({ id: foldedIds[i]!, text: f.text })) });
          s.events.record({ actor: ctx.actor, entity: 'article', entityId: id, articleId: id, action: 'create', before: null, after: { title: cleaned.meta.title, source: source.kind } });
          return { articleId: id, claims: claims.count, warnings: cleaned.warnings };
        });
        ctx.emit({ type: 'changed', entity: 'article', id: result.articleId, articleId: result.articleId });
        return result;
      } finally {
        ctx.emit({ type: 'progress', task, label: 'Import finished', fraction: 1, done: true });
      }
    },

    'articles.list': () => s.articles.list(),

    'articles.get'({ id }) {
      const article = s.articles.get(id);
      if (!article) throw new ApiError('not-found', `No article with id ${id}.`);
      return article;
    },

    'articles.updateMeta'({ id, patch }, ctx) {
      return s.tx(() => {
        const before = s.articles.meta(id);
        if (!before) throw new ApiError('not-found', `No article with id ${id}.`);
        const changed = pickChanged(before, patch);
        s.articles.updateMeta(id, changed);
        if (Object.keys(changed).length > 0) {
          s.events.record({ actor: ctx.actor, entity: 'article', entityId: id, articleId: id, action: 'update', before: pick(before, Object.keys(changed)), after: changed });
          ctx.emit({ type: 'changed', entity: 'article', id, articleId: id });
        }
        return s.articles.meta(id)!;
      });
    },

    'articles.delete'({ id }, ctx) {
      return s.tx(() => {
        const before = s.articles.meta(id);
        if (!before || !s.articles.softDelete(id, now())) throw new ApiError('not-found', `No article with id ${id}.`);
        s.events.record({ actor: ctx.actor, entity: 'article', entityId: id, articleId: id, action: 'delete', before, after: null });
        purgeExpired(ctx.actor);
        ctx.emit({ type: 'changed', entity: 'article', id, articleId: id });
        return { deleted: true as const };
      });
    },

    'articles.restore'({ id }, ctx) {
      return s.tx(() => {
        if (!s.articles.restore(id)) throw new ApiError('not-found', `No deleted article with id ${id} (it may have been purged: deleted articles are kept a day).`);
        s.events.record({ actor: ctx.actor, entity: 'article', entityId: id, articleId: id, action: 'restore', before: null, after: null });
        ctx.emit({ type: 'changed', entity: 'article', id, articleId: id });
        return s.articles.list().find((a) => a.id === id)!;
      });
    },
  };
}
