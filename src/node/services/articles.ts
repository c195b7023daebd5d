import { msg } from '../../core/i18n';
import { ApiError, progressEvent } from '../../contract/envelope';
import type { Handlers } from '../../contract/dispatcher';
import { now } from '../db/ids';
import { pick, pickChanged } from './changes';
import { findDuplicate } from './duplicates';
import { readGivenArticle } from './import-input';
import type { ServiceContext, TxScope } from './workspace-services';

type ArticleMethods = 'articles.import' | 'articles.list' | 'articles.get' | 'articles.updateMeta' | 'articles.delete' | 'articles.restore';

/** How long a deleted article can be brought back before it is purged. */
export const UNDO_DELETE_MS = 24 * 60 * 60 * 1000;

/** Articles deleted more than a day ago go for good, with their claims (the audit trail keeps that they existed). */
async function purgeExpired(t: TxScope, actor: string): Promise<void> {
  for (const id of await t.articles.deletedBefore(new Date(Date.now() - UNDO_DELETE_MS).toISOString())) {
    await t.articles.delete(id);
    await t.events.record({ actor, entity: 'article', entityId: id, articleId: id, action: 'purge', before: null, after: null });
  }
}

export function articleHandlers(s: ServiceContext): Pick<Handlers, ArticleMethods> {
  return {
    async 'articles.import'(input, ctx) {
      const task = `import-${Date.now()}`;
      const progress = (stage: string, fraction: number) => ctx.emit(progressEvent(task, stage, fraction));
      try {
        // Decoding, cleaning and detection run off this thread (s.work); only the storing happens here.
        const { imported, source } = await readGivenArticle(s.work, input, progress);
        const { article: cleaned, claims, bytes: snapshot } = imported;
        if (input.duplicates === 'refuse') {
          const duplicate = await findDuplicate(s.articles, cleaned);
          if (duplicate) {
            const title = duplicate.title || cleaned.meta.title || msg('errors.articles.untitled');
            const said = duplicate.reason === 'url' ? msg('errors.articles.duplicateUrl', { title }) : msg('errors.articles.duplicateText', { title, percent: Math.round(duplicate.similarity * 100) });
            throw new ApiError('conflict', said, { duplicate });
          }
        }
        return await s.tx(ctx, async (t) => {
          await purgeExpired(t, ctx.actor);
          const { id, foldedIds } = await t.articles.insert(cleaned, snapshot);
          await t.claims.insertDetected(id, claims, { body: cleaned.body, folded: cleaned.folded.map((f, i) => ({ id: foldedIds[i]!, text: f.text })) });
          await t.events.record({ actor: ctx.actor, entity: 'article', entityId: id, articleId: id, action: 'create', before: null, after: { title: cleaned.meta.title, source: source.kind } });
          t.emit({ type: 'changed', entity: 'article', id, articleId: id });
          return { articleId: id, claims: claims.count, warnings: cleaned.warnings };
        });
      } finally {
        ctx.emit(progressEvent(task, 'imported', 1, true));
      }
    },

    'articles.list': () => s.articles.list(),

    async 'articles.get'({ id }) {
      const article = await s.articles.get(id);
      if (!article) throw new ApiError('not-found', `No article with id ${id}.`);
      return article;
    },

    'articles.updateMeta'({ id, patch }, ctx) {
      return s.tx(ctx, async (t) => {
        const before = await t.articles.meta(id);
        if (!before) throw new ApiError('not-found', `No article with id ${id}.`);
        const changed = pickChanged(before, patch);
        await t.articles.updateMeta(id, changed);
        if (Object.keys(changed).length > 0) {
          await t.events.record({ actor: ctx.actor, entity: 'article', entityId: id, articleId: id, action: 'update', before: pick(before, Object.keys(changed)), after: changed });
          t.emit({ type: 'changed', entity: 'article', id, articleId: id });
        }
        return (await t.articles.meta(id))!;
      });
    },

    'articles.delete'({ id }, ctx) {
      return s.tx(ctx, async (t) => {
        const before = await t.articles.meta(id);
        if (!before || !(await t.articles.softDelete(id, now()))) throw new ApiError('not-found', `No article with id ${id}.`);
        await t.events.record({ actor: ctx.actor, entity: 'article', entityId: id, articleId: id, action: 'delete', before, after: null });
        await purgeExpired(t, ctx.actor);
        t.emit({ type: 'changed', entity: 'article', id, articleId: id });
        return { deleted: true as const };
      });
    },

    'articles.restore'({ id }, ctx) {
      return s.tx(ctx, async (t) => {
        if (!(await t.articles.restore(id))) throw new ApiError('not-found', msg('errors.articles.notRestorable'));
        await t.events.record({ actor: ctx.actor, entity: 'article', entityId: id, articleId: id, action: 'restore', before: null, after: null });
        t.emit({ type: 'changed', entity: 'article', id, articleId: id });
        return (await t.articles.list()).find((a) => a.id === id)!;
      });
    },
  };
}
