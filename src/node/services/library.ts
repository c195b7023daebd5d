import type { Source } from '../../core/model';
import { msg } from '../../core/i18n';
import { ApiError, progressEvent } from '../../contract/envelope';
import type { Handlers } from '../../contract/dispatcher';
import type { Repos } from '../db/port';
import { capturePage, lookUpPage } from '../sources/capture';
import { pick, pickChanged } from './changes';
import { requireClaim } from './claims';
import { fileStem } from './reports';
import type { ServiceContext } from './workspace-services';

type LibraryMethods =
  | 'sources.search'
  | 'sources.link'
  | 'sources.update'
  | 'sources.updateCitation'
  | 'sources.citedBy'
  | 'sources.lookUp'
  | 'sources.archive'
  | 'sources.snapshot';

/** The source library: one source serves many claims; its page can be read for metadata and archived. */
export function libraryHandlers(s: ServiceContext): Pick<Handlers, LibraryMethods> {
  const requireSource = async (r: Repos, id: string) => {
    const source = await r.library.get(id);
    if (!source) throw new ApiError('not-found', `No source with id ${id}.`);
    return source;
  };
  const plain = ({ uses: _uses, ...source }: Source & { uses: number }): Source => source;

  return {
    'sources.search': ({ q, limit }) => s.library.search(q, limit),

    'sources.link'({ claimId, sourceId, stance, excerpt, note }, ctx) {
      return s.tx(ctx, async (t) => {
        const claim = await requireClaim(t, claimId);
        const source = await requireSource(t, sourceId);
        if (await t.library.isLinked(claimId, sourceId)) throw new ApiError('conflict', msg('errors.library.alreadyCited', { title: source.title || source.url }));
        await t.sources.link(claimId, sourceId, { stance, excerpt, note });
        // Same shape as a new source's event, so the claim's history reads "Source added".
        await t.events.record({ actor: ctx.actor, entity: 'claim_source', entityId: claimId, articleId: claim.articleId, action: 'create', before: null, after: { sourceId, url: source.url, title: source.title, stance, reused: true } });
        t.emit({ type: 'changed', entity: 'source', id: sourceId, articleId: claim.articleId });
        return (await t.sources.citation(claimId, sourceId))!;
      });
    },

    'sources.update'({ id, patch }, ctx) {
      return s.tx(ctx, async (t) => {
        const before = plain(await requireSource(t, id));
        const changes = pickChanged(before, patch);
        if (Object.keys(changes).length === 0) return before;
        await t.library.update(id, changes);
        await t.events.record({ actor: ctx.actor, entity: 'source', entityId: id, articleId: null, action: 'update', before: pick(before, Object.keys(changes)), after: changes });
        t.emit({ type: 'changed', entity: 'source', id, articleId: null });
        return plain((await t.library.get(id))!);
      });
    },

    'sources.updateCitation'({ claimId, sourceId, patch }, ctx) {
      return s.tx(ctx, async (t) => {
        const claim = await requireClaim(t, claimId);
        const before = await t.sources.citation(claimId, sourceId);
        if (!before) throw new ApiError('not-found', `That source is not cited by claim ${claimId}.`);
        const changes = pickChanged(before, patch);
        if (Object.keys(changes).length === 0) return before;
        await t.library.updateCitation(claimId, sourceId, changes);
        // Its own entity: the claim's history summarises claim_source events as additions and removals only.
        await t.events.record({ actor: ctx.actor, entity: 'citation', entityId: claimId, articleId: claim.articleId, action: 'update', before: { sourceId, ...pick(before, Object.keys(changes)) }, after: { sourceId, ...changes } });
        t.emit({ type: 'changed', entity: 'source', id: sourceId, articleId: claim.articleId });
        return (await t.sources.citation(claimId, sourceId))!;
      });
    },

    async 'sources.citedBy'({ id }) {
      await requireSource(s, id);
      return s.library.citedBy(id);
    },

    async 'sources.lookUp'({ url }) {
      const found = await lookUpPage(url);
      if (!found.ok) return found;
      const { title, publisher, author, publishedAt, modifiedAt } = found.meta;
      return { ok: true, url: found.url, title, publisher: publisher ?? hostLabel(found.url), author, publishedAt, modifiedAt };
    },

    async 'sources.archive'({ id }, ctx) {
      const source = await requireSource(s, id);
      const task = `archive-${id}`;
      ctx.emit(progressEvent(task, 'archive', 0.2));
      try {
        const got = await capturePage(source.url);
        if (!got.ok) throw new ApiError('conflict', msg('errors.fetch.notArchived', { reason: { key: got.messageCode, ...(got.params ? { params: got.params } : {}) } }), { reason: got.reason });
        const { snapshot } = got;
        return await s.tx(ctx, async (t) => {
          await requireSource(t, id); // it may have been deleted while the page loaded
          await t.library.setSnapshot(id, snapshot);
          await t.events.record({ actor: ctx.actor, entity: 'source', entityId: id, articleId: null, action: 'archive', before: null, after: { sha256: snapshot.sha256, capturedAt: snapshot.capturedAt, bytes: snapshot.bytes.byteLength, url: snapshot.url } });
          t.emit({ type: 'changed', entity: 'source', id, articleId: null });
          return plain((await t.library.get(id))!);
        });
      } finally {
        ctx.emit(progressEvent(task, 'archived', 1, true));
      }
    },

    async 'sources.snapshot'({ id }) {
      const source = await requireSource(s, id);
      const snap = await s.library.snapshot(id);
      if (!snap) throw new ApiError('not-found', msg('errors.library.noSnapshot'));
      const ext = /pdf/.test(snap.mime) ? 'pdf' : /html/.test(snap.mime) ? 'html' : /^image\/(\w+)/.exec(snap.mime)?.[1] ?? 'bin';
      return {
        filename: `${fileStem(source.title || hostLabel(source.url))}-${snap.capturedAt.slice(0, 10)}.${ext}`,
        mime: snap.mime,
        sha256: snap.sha256,
        capturedAt: snap.capturedAt,
        url: snap.url,
        base64: Buffer.from(snap.bytes).toString('base64'),
      };
    },
  };
}

/** "www.kremlin.ru" → "kremlin.ru": a publisher guess the user can correct. */
function hostLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
