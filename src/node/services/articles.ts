import { ApiError, progressEvent } from '../../contract/envelope';
import type { Handlers } from '../../contract/dispatcher';
import { ImportError, type ImportInput } from '../import';
import { pick, pickChanged } from './changes';
import type { ServiceContext } from './workspace-services';

type ArticleMethods = 'articles.import' | 'articles.list' | 'articles.get' | 'articles.updateMeta' | 'articles.delete';

export function articleHandlers(s: ServiceContext): Pick<Handlers, ArticleMethods> {
  return {
    async 'articles.import'(input, ctx) {
      const task = `import-${Date.now()}`;
      const progress = (stage: string, fraction: number) => ctx.emit(progressEvent(task, stage, fraction));
      const source: ImportInput =
        input.text !== undefined
          ? { kind: 'text', text: input.text, language: input.language ?? null }
          : input.url !== undefined
            ? { kind: 'url', url: input.url, language: input.language ?? null }
            : { kind: 'file', name: input.file!.name, bytes: decodeBase64(input.file!.dataBase64), language: input.language ?? null };
      try {
        // Decoding, cleaning and detection run off this thread (s.work); only the storing happens here.
        const { article: cleaned, claims, bytes: snapshot } = await s.work.importArticle(source, progress);
        return await s.tx(ctx, async (t) => {
          const { id, foldedIds } = await t.articles.insert(cleaned, snapshot);
          await t.claims.insertDetected(id, claims, { body: cleaned.body, folded: cleaned.folded.map((f, i) => ({ id: foldedIds[i]!, text: f.text })) });
          await t.events.record({ actor: ctx.actor, entity: 'article', entityId: id, articleId: id, action: 'create', before: null, after: { title: cleaned.meta.title, source: source.kind } });
          t.emit({ type: 'changed', entity: 'article', id, articleId: id });
          return { articleId: id, claims: claims.count, warnings: cleaned.warnings };
        });
      } catch (error) {
        if (error instanceof ImportError) throw new ApiError('import-failed', error.text, { reason: error.code, ...(error.detail ? { detail: error.detail } : {}) });
        throw error;
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
        if (!before || !(await t.articles.delete(id))) throw new ApiError('not-found', `No article with id ${id}.`);
        await t.events.record({ actor: ctx.actor, entity: 'article', entityId: id, articleId: id, action: 'delete', before, after: null });
        t.emit({ type: 'changed', entity: 'article', id, articleId: id });
        return { deleted: true as const };
      });
    },
  };
}

function decodeBase64(data: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data)) throw new ApiError('invalid-input', 'Invalid file: the data is not base64.');
  return new Uint8Array(Buffer.from(data, 'base64'));
}
