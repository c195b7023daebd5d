import type { Source } from '../../core/model';
import { msg } from '../../core/i18n';
import { ApiError, progressEvent } from '../../contract/envelope';
import type { Handlers } from '../../contract/dispatcher';
import { LibraryRepo } from '../db/library-repo';
import { capturePage, lookUpPage } from '../sources/capture';
import { pick, pickChanged } from './changes';
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
  const library = new LibraryRepo(s.workspace.db);
  const requireSource = (id: string) => {
    const source = library.get(id);
    if (!source) throw new ApiError('not-found', `No source with id ${id}.`);
    return source;
  };
  const requireClaim = (id: string) => {
    const claim = s.claims.get(id);
    if (!claim) throw new ApiError('not-found', `No claim with id ${id}.`);
    return claim;
  };
  const plain = ({ uses: _uses, ...source }: Source & { uses: number }): Source => source;

  return {
    'sources.search': ({ q, limit }) => library.search(q, limit),

    'sources.link'({ claimId, sourceId, stance, excerpt, note }, ctx) {
      return s.tx(() => {
        const claim = requireClaim(claimId);
        const source = requireSource(sourceId);
        if (library.isLinked(claimId, sourceId)) throw new ApiError('conflict', msg('errors.library.alreadyCited', { title: source.title || source.url }));
        library.link(claimId, sourceId, { stance, excerpt, note });
        // Same shape as a new source's event, so the claim's history reads "Source added".
        s.events.record({ actor: ctx.actor, entity: 'claim_source', entityId: claimId, articleId: claim.articleId, action: 'create', before: null, after: { sourceId, url: source.url, title: source.title, stance, reused: true } });
        ctx.emit({ type: 'changed', entity: 'source', id: sourceId, articleId: claim.articleId });
        return s.sources.citation(claimId, sourceId)!;
      });
    },

    'sources.update'({ id, patch }, ctx) {
      return s.tx(() => {
        const before = plain(requireSource(id));
        const changes = pickChanged(before, patch);
        if (Object.keys(changes).length === 0) return before;
        library.update(id, changes);
        s.events.record({ actor: ctx.actor, entity: 'source', entityId: id, articleId: null, action: 'update', before: pick(before, Object.keys(changes)), after: changes });
        ctx.emit({ type: 'changed', entity: 'source', id, articleId: null });
        return plain(library.get(id)!);
      });
    },

    'sources.updateCitation'({ claimId, sourceId, patch }, ctx) {
      return s.tx(() => {
        const claim = requireClaim(claimId);
        const before = s.sources.citation(claimId, sourceId);
        if (!before) throw new ApiError('not-found', `That source is not cited by claim ${claimId}.`);
        const changes = pickChanged(before, patch);
        if (Object.keys(changes).length === 0) return before;
        library.updateCitation(claimId, sourceId, changes);
        // Its own entity: the claim's history summarises claim_source events as additions and removals only.
        s.events.record({ actor: ctx.actor, entity: 'citation', entityId: claimId, articleId: claim.articleId, action: 'update', before: { sourceId, ...pick(before, Object.keys(changes)) }, after: { sourceId, ...changes } });
        ctx.emit({ type: 'changed', entity: 'source', id: sourceId, articleId: claim.articleId });
        return s.sources.citation(claimId, sourceId)!;
      });
    },

    'sources.citedBy'({ id }) {
      requireSource(id);
      return library.citedBy(id);
    },

    async 'sources.lookUp'({ url }) {
      const found = await lookUpPage(url);
      if (!found.ok) return found;
      const { title, publisher, author, publishedAt, modifiedAt } = found.meta;
      return { ok: true, url: found.url, title, publisher: publisher ?? hostLabel(found.url), author, publishedAt, modifiedAt };
    },

    async 'sources.archive'({ id }, ctx) {
      const source = requireSource(id);
      const task = `archive-${id}`;
      ctx.emit(progressEvent(task, 'archive', 0.2));
      try {
        const got = await capturePage(source.url);
        if (!got.ok) throw new ApiError('conflict', msg('errors.fetch.notArchived', { reason: { key: got.messageCode, ...(got.params ? { params: got.params } : {}) } }), { reason: got.reason });
        const { snapshot } = got;
        return s.tx(() => {
          requireSource(id); // it may have been deleted while the page loaded
          library.setSnapshot(id, snapshot);
          s.events.record({ actor: ctx.actor, entity: 'source', entityId: id, articleId: null, action: 'archive', before: null, after: { sha256: snapshot.sha256, capturedAt: snapshot.capturedAt, bytes: snapshot.bytes.byteLength, url: snapshot.url } });
          ctx.emit({ type: 'changed', entity: 'source', id, articleId: null });
          return plain(library.get(id)!);
        });
      } finally {
        ctx.emit(progressEvent(task, 'archived', 1, true));
      }
    },

    'sources.snapshot'({ id }) {
      const source = requireSource(id);
      const snap = library.snapshot(id);
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
