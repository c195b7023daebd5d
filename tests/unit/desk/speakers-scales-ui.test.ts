import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordEvent } from '../../../src/core/history';
import { AFP_SCALE } from '../../../src/core/verdicts';
import { deskWorkspace } from './client';

describe('speakers, labels, verdict scales and the desk state', () => {
  let desk: Awaited<ReturnType<typeof deskWorkspace>>;
  beforeAll(async () => {
    desk = await deskWorkspace();
  });
  afterAll(() => desk.cleanup());

  it('lists the article speakers and merges a short form into the full name', async () => {
    const speakers = await desk.client.call('speakers.list', { articleId: desk.articleId });
    const names = speakers.map((s) => s.name);
    expect(names).toContain('Kim Jong Un');
    const claims = await desk.client.call('claims.list', { articleId: desk.articleId });
    const target = claims.find((c) => c.speaker && c.speaker !== 'Kim Jong Un')!;
    const from = target.speaker!;
    const n = claims.filter((c) => c.speaker === from).length;
    const kim = speakers.find((s) => s.name === 'Kim Jong Un')!.claims;
    expect(await desk.client.call('speakers.rename', { articleId: desk.articleId, from, to: 'Kim Jong Un' })).toEqual({ changed: n });
    const after = await desk.client.call('speakers.list', { articleId: desk.articleId });
    expect(after.find((s) => s.name === 'Kim Jong Un')!.claims).toBe(kim + n);
    expect(after.map((s) => s.name)).not.toContain(from);
    const history = await desk.client.call('claims.history', { id: target.id });
    expect(wordEvent(history.at(-1)!.changes, 'en')).toBe(`Speaker: ${from} → Kim Jong Un`);
    expect(await desk.client.try('speakers.rename', { articleId: desk.articleId, from: 'Nobody', to: 'X' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('offers the tags and assignees already used in the workspace', async () => {
    const [c1, c2] = await desk.client.call('claims.list', { articleId: desk.articleId });
    await desk.client.call('claims.update', { id: c1!.id, patch: { tags: ['nuclear', 'arms'], assignee: 'Léa' } });
    await desk.client.call('claims.update', { id: c2!.id, patch: { tags: ['arms'] } });
    expect(await desk.client.call('labels.list', {})).toEqual({ tags: [{ name: 'arms', claims: 2 }, { name: 'nuclear', claims: 1 }], assignees: ['Léa'] });
  });

  it('stores a newsroom scale, switches to it, and refuses to drop a verdict in use', async () => {
    const scales = await desk.client.call('verdicts.scales', {});
    expect(scales.presets.map((p) => p.id)).toEqual(['default', 'politifact', 'afp']);
    expect(scales).toMatchObject({ custom: null, currentId: 'default' });
    const ours = { ...AFP_SCALE, id: 'custom', name: 'Newsroom', verdicts: [...AFP_SCALE.verdicts, { id: 'unproven', label: { en: 'Unproven', fr: 'Non prouvé' }, rating: null, tone: 'unknown' as const }] };
    await desk.client.call('verdicts.saveCustom', { scale: ours });
    await desk.client.call('settings.update', { patch: { scaleId: 'custom' } });
    expect((await desk.client.call('verdicts.scale', {})).name).toBe('Newsroom');
    const [claim] = await desk.client.call('claims.list', { articleId: desk.articleId });
    await desk.client.call('claims.update', { id: claim!.id, patch: { verdict: 'unproven' } });
    const dropped = await desk.client.try('verdicts.saveCustom', { scale: { ...ours, verdicts: ours.verdicts.filter((v) => v.id !== 'unproven') } });
    // Named by its label (in the interface language on the desk), not by its id.
    expect(dropped).toMatchObject({ ok: false, error: { code: 'conflict', messageCode: 'errors.scales.verdictsInUse', message: expect.stringContaining('«Unproven» (1)') } });
    const bad = await desk.client.try('verdicts.saveCustom', { scale: { ...ours, worstRating: 9 } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('remembers where the user left off, without writing the audit trail', async () => {
    const count = () => (desk.workspace.db.prepare(`SELECT count(*) AS n FROM events`).get() as { n: number }).n;
    const before = count();
    expect(await desk.client.call('ui.state', {})).toMatchObject({ lastArticleId: null, theme: 'system', threshold: 0.5, sort: 'position' });
    await desk.client.call('ui.saveState', { patch: { lastArticleId: desk.articleId, scroll: { articleId: desk.articleId, top: 812.4 }, theme: 'dark' } });
    const state = await desk.client.call('ui.saveState', { patch: { threshold: 0.7 } });
    expect(state).toMatchObject({ lastArticleId: desk.articleId, scroll: { [desk.articleId]: 812 }, theme: 'dark', threshold: 0.7 });
    expect(count()).toBe(before);
    expect(await desk.client.try('ui.saveState', { patch: { threshold: 2 } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
