import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deskWorkspace } from './client';

// The reference wire story imported into a real workspace: its speakers come with their kind and the words
// that attribute them; a speaker chosen by hand loses those words; a speaker is never punctuation.
describe('speaker kind and evidence in the workspace', () => {
  let desk: Awaited<ReturnType<typeof deskWorkspace>>;
  beforeAll(async () => {
    desk = await deskWorkspace();
  });
  afterAll(() => desk.cleanup());

  it('stores the kind and the evidence the detector found', async () => {
    const claims = await desk.client.call('claims.list', { articleId: desk.articleId });
    const kim = claims.find((c) => c.speaker === 'Kim Jong Un')!;
    expect(kim).toMatchObject({ speakerKind: 'person', speakerEvidence: expect.any(String) });
    const washington = claims.find((c) => c.speaker === 'Washington')!;
    expect(washington.speakerKind).toBe('organisation');
    for (const c of claims) expect(c.speakerKind === null).toBe(c.speaker === null);
  });

  it('drops the evidence when the user names another speaker, and takes the kind the article knows for that name', async () => {
    const claims = await desk.client.call('claims.list', { articleId: desk.articleId });
    const target = claims.find((c) => c.speaker === 'Washington')!;
    const updated = await desk.client.call('claims.update', { id: target.id, patch: { speaker: 'Kim Jong Un' } });
    expect(updated).toMatchObject({ speaker: 'Kim Jong Un', speakerEvidence: null, speakerKind: 'person' });
    const typed = await desk.client.call('claims.update', { id: target.id, patch: { speaker: 'Agence KCNA', speakerKind: 'organisation' } });
    expect(typed).toMatchObject({ speaker: 'Agence KCNA', speakerKind: 'organisation' });
    const unknown = await desk.client.call('claims.update', { id: target.id, patch: { speaker: 'Someone New' } });
    expect(unknown.speakerKind).toBeNull();
  });

  it('refuses a speaker that is punctuation or blank, with one clear message', async () => {
    const [claim] = await desk.client.call('claims.list', { articleId: desk.articleId });
    for (const speaker of [',', '  ', '«»', '—']) {
      const r = await desk.client.try('claims.update', { id: claim!.id, patch: { speaker } });
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(await desk.client.try('speakers.rename', { articleId: desk.articleId, from: 'Kim Jong Un', to: ',' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await desk.client.try('claims.update', { id: claim!.id, patch: { speakerKind: 'robot' as never } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
