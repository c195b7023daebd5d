import { vi } from 'vitest';
import { ApiCallError, type Client } from '../../src/contract/client';
import type { ErrorCode } from '../../src/contract/envelope';
import type { MethodName } from '../../src/contract/methods';
import type { MessageKey, MessageParams } from '../../src/core/i18n';
import type { Article, Claim } from '../../src/core/model';
import { DEFAULT_SCALE } from '../../src/core/verdicts';
import { withCoupledChanges } from '../../src/core/claim-coupling';
import { AppState } from '../../src/ui/state/app-state.svelte';

type Handler = (input: never) => unknown;

export const claim = (id: string, text: string, extra: Partial<Claim> = {}): Claim => ({
  id, articleId: 'a1', text, type: 'quote', speaker: 'Kim Jong Un', speakerEvidence: null, speakerKind: 'person', score: 0.9, reasons: [], origin: 'auto', review: 'suggested',
  status: 'unchecked', verdict: null, rationale: '', summary: null, tags: [], assignee: null, relatedTo: null, recheck: null, anchors: [{ id: `${id}-a`, start: Number(id.replace(/\D/g, '')) * 10 || 0, end: 5, exact: text, prefix: '', suffix: '', orphaned: false, foldedLineId: null }],
  createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z', ...extra,
});

export const article: Article = {
  id: 'a1',
  meta: { title: 'T', kicker: null, outlet: null, byline: null, publishedAt: null, modifiedAt: null, language: 'fr', url: null, canonicalUrl: null },
  body: '',
  blocks: [],
  folded: [],
  importedAt: '2024-01-01T00:00:00Z',
  warnings: [],
};

/**
 * The API as the renderer sees it, in memory: claims are kept and patched as
 * the workspace would (a verdict checks the claim), every call is recorded,
 * and a test can override any method or make it fail.
 */
export function fakeApi(claims: Claim[], overrides: Partial<Record<MethodName, Handler>> = {}) {
  const store = new Map(claims.map((c) => [c.id, structuredClone(c)]));
  const defaults: Partial<Record<MethodName, Handler>> = {
    'claims.get': ({ id }: { id: string }) => ({ ...store.get(id)!, sources: [] }),
    'claims.list': () => [...store.values()],
    'claims.update': ({ id, patch }: { id: string; patch: Partial<Claim> }) => {
      // The workspace's own rule for what a change brings with it (a verdict checks, accepts, ends a re-check).
      const before = store.get(id)!;
      const c = { ...before, ...withCoupledChanges(before, patch, patch.status !== undefined) };
      store.set(id, c);
      return c;
    },
    'claims.history': () => [],
    'articles.list': () => [],
    'ui.saveState': () => ({}),
    'labels.list': () => ({ tags: [], assignees: [] }),
    'attachments.list': () => [],
    'speakers.rename': () => ({ changed: 0 }),
  };
  const handlers = { ...defaults, ...overrides };
  const tryCall = vi.fn(async (method: MethodName, input: unknown) => {
    const h = handlers[method];
    if (!h) return { ok: false as const, error: { code: 'unknown-method' as const, message: `no fake for ${method}` } };
    try {
      return { ok: true as const, value: await h(input as never) };
    } catch (e) {
      // A test may throw what the dispatcher sends: a code, and the message code and params the desk words.
      const coded = e as { code?: ErrorCode; messageCode?: MessageKey; params?: MessageParams };
      return {
        ok: false as const,
        error: { code: coded.code ?? ('invalid-input' as ErrorCode), message: e instanceof Error ? e.message : String(e), ...(coded.messageCode ? { messageCode: coded.messageCode } : {}), ...(coded.params ? { params: coded.params } : {}) },
      };
    }
  });
  const client = {
    try: tryCall,
    call: async (method: MethodName, input: unknown) => {
      const r = await tryCall(method, input);
      if (!r.ok) throw new ApiCallError(r.error);
      return r.value;
    },
    onEvent: () => () => {},
  } as unknown as Client;
  const calls = (method: MethodName) => tryCall.mock.calls.filter(([m]) => m === method).map(([, input]) => input);
  return { client, store, calls };
}

/** An app state on the fake API with an article open and its claims loaded. */
export function deskWith(claims: Claim[], overrides: Partial<Record<MethodName, Handler>> = {}) {
  const api = fakeApi(claims, overrides);
  const app = new AppState(api.client);
  app.scale = DEFAULT_SCALE;
  app.article = article;
  app.claims = claims;
  return { app, ...api };
}
