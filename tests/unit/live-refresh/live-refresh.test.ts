// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { ArticleSummary } from '../../../src/core/model';
import { DEFAULT_SCALE } from '../../../src/core/verdicts';
import { LiveRefresh, same } from '../../../src/ui/state/live-refresh';
import { article, claim, deskWith } from '../../components/fake-api';

const summary = (id: string, title: string): ArticleSummary => ({ id, title, outlet: null, language: 'fr', importedAt: '2024-01-01T00:00:00Z', claims: 2, checked: 0 });

/** The desk with two claims, the first selected, and a refresher whose idea of the focused field the test sets. */
async function desk(overrides: Parameters<typeof deskWith>[1] = {}) {
  const listed: ArticleSummary[] = [summary('a1', 'T')];
  const d = deskWith([claim('c1', 'Kim a promis son soutien'), claim('c2', 'Le voyage est le premier depuis le Covid')], {
    'articles.list': () => listed,
    'articles.get': () => article,
    'settings.get': () => ({ uiLanguage: 'en' }),
    'verdicts.scale': () => DEFAULT_SCALE,
    ...overrides,
  });
  await d.app.selectClaim('c1');
  const focus = { field: null as string | null, left: [] as (() => void)[] };
  const live = new LiveRefresh(d.app, { delayMs: 1, focusedField: () => focus.field, whenLeft: (again) => focus.left.push(again) });
  return { ...d, live, focus, listed };
}

describe('the desk follows changes made elsewhere', () => {
  it('shows a verdict set in another window, in the list and the panel, and keeps the claims that did not change', async () => {
    const { app, live, store } = await desk();
    const untouched = app.claims[1];
    store.set('c1', { ...store.get('c1')!, verdict: 'false', status: 'checked' });
    live.note({ type: 'changed', entity: 'claim', id: 'c1', articleId: 'a1' });
    await live.flush();
    expect(app.selectedClaim).toMatchObject({ id: 'c1', verdict: 'false', status: 'checked' });
    expect(app.claims[1]).toBe(untouched);
    expect(app.selectedClaimId).toBe('c1');
  });

  it('reads a burst of events back once', async () => {
    const { app, live, store, calls } = await desk();
    store.set('c2', { ...store.get('c2')!, rationale: 'Vu ailleurs' });
    const before = calls('articles.list').length;
    for (let i = 0; i < 5; i++) live.note({ type: 'changed', entity: 'claim', id: 'c2', articleId: 'a1' });
    await vi.waitFor(() => expect(app.claims[1]!.rationale).toBe('Vu ailleurs'));
    await live.flush();
    expect(calls('articles.list').length - before).toBe(1);
    expect(calls('claims.get').filter((x) => (x as { id: string }).id === 'c2')).toHaveLength(1);
  });

  it('an echo of the app’s own change assigns nothing', async () => {
    const { app, live } = await desk();
    await app.updateClaim('c1', { verdict: 'verified' });
    const shown = app.claims;
    const articles = app.articles;
    live.note({ type: 'changed', entity: 'claim', id: 'c1', articleId: 'a1' });
    await live.flush();
    expect(app.claims).toBe(shown);
    live.note({ type: 'changed', entity: 'workspace', id: 'external', articleId: null });
    await live.flush();
    expect(app.claims).toBe(shown);
    expect(app.articles).not.toBe(articles); // the list was empty before: now it holds the article
    const listed = app.articles;
    live.note({ type: 'changed', entity: 'workspace', id: 'external', articleId: null });
    await live.flush();
    expect(app.articles).toBe(listed);
  });

  it('keeps the text of the field the user is typing in, and shows the other value once they leave it', async () => {
    const { app, live, store, focus } = await desk();
    focus.field = 'rationale';
    app.replaceClaim({ ...app.claims[0]!, rationale: 'Selon le Kremlin' }); // typed, not yet saved
    store.set('c1', { ...store.get('c1')!, rationale: 'Écrit par un collègue', verdict: 'false' });
    live.note({ type: 'changed', entity: 'claim', id: 'c1', articleId: 'a1' });
    await live.flush();
    expect(app.selectedClaim).toMatchObject({ rationale: 'Selon le Kremlin', verdict: 'false' });
    expect(focus.left).toHaveLength(1);

    focus.field = null;
    focus.left.pop()!();
    await vi.waitFor(() => expect(app.selectedClaim?.rationale).toBe('Écrit par un collègue'));
  });

  it('waits for the user’s own save before reading, and drops a read the user overtook', async () => {
    let release!: () => void;
    const slow = new Promise<void>((r) => (release = r));
    const { app, live, store, calls } = await desk({
      'claims.update': async ({ id, patch }: { id: string; patch: object }) => {
        await slow;
        const c = { ...store.get(id)!, ...patch };
        store.set(id, c);
        return c;
      },
    });
    const saving = app.updateClaim('c2', { rationale: 'Mon texte' });
    live.note({ type: 'changed', entity: 'claim', id: 'c2', articleId: 'a1' });
    const refreshed = live.flush();
    await new Promise((r) => setTimeout(r, 20));
    expect(calls('claims.get').filter((x) => (x as { id: string }).id === 'c2')).toHaveLength(0);
    expect(app.claims[1]!.rationale).toBe('Mon texte');
    release();
    await saving;
    await refreshed;
    expect(app.claims[1]!.rationale).toBe('Mon texte');
  });

  it('an outside commit brings a new article into the list and re-reads the open one', async () => {
    const { app, live, listed, store } = await desk();
    listed.push(summary('a2', 'Importé en ligne de commande'));
    store.set('c3', claim('c3', 'Une nouvelle affirmation'));
    live.note({ type: 'changed', entity: 'workspace', id: 'external', articleId: null });
    await live.flush();
    expect(app.articles.map((a) => a.title)).toEqual(['T', 'Importé en ligne de commande']);
    expect(app.claims.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    expect(app.selectedClaimId).toBe('c1');
  });

  it('a claim removed elsewhere leaves the list, and the panel when it was selected', async () => {
    const { app, live, store } = await desk();
    store.delete('c1');
    live.note({ type: 'changed', entity: 'article', id: 'a1', articleId: 'a1' });
    await live.flush();
    expect(app.claims.map((c) => c.id)).toEqual(['c2']);
    expect(app.selectedClaimId).toBeNull();
  });
});

describe('same (what a refresh compares)', () => {
  it('is the same JSON value whatever the order of object keys (PostgreSQL jsonb reorders them), and nothing else', () => {
    expect(same({ kind: 'paragraph', start: 0, end: 5 }, { end: 5, kind: 'paragraph', start: 0 })).toBe(true);
    expect(same([{ code: 'quote', weight: 1, evidence: '«' }], [{ evidence: '«', code: 'quote', weight: 1 }])).toBe(true);
    expect(same({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(same({ kind: 'paragraph', start: 0, end: 5 }, { kind: 'paragraph', start: 0, end: 6 })).toBe(false);
    expect(same([1, 2], [2, 1])).toBe(false);
    expect(same({ a: [1] }, { a: { 0: 1 } })).toBe(false);
    expect(same({ a: null }, { a: undefined })).toBe(false);
    expect(same('1', 1)).toBe(false);
  });
});
