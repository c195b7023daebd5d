import { wordEvent } from '../../../src/core/history';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimOn, deskWithReferenceArticle, type Desk } from './helpers';

const KIM = '«Je pense que ma rencontre avec le président Poutine sera un tremplin pour des relations bilatérales plus étroites», a encore déclaré Kim.';
const PUTIN = '«Nous discuterons de tous les sujets sans nous presser. Nous avons le temps», a dit pour sa part M. Poutine selon des agences de presse russes.';

describe('merging claims that disagree on who said it or on the verdict', () => {
  let desk: Desk;
  beforeEach(async () => {
    desk = await deskWithReferenceArticle();
  });
  afterEach(() => desk.cleanup());

  async function kimAndPutin() {
    const kim = await claimOn(desk, KIM);
    const putin = await claimOn(desk, PUTIN);
    await desk.client.call('claims.update', { id: kim.id, patch: { speaker: 'Kim Jong Un', verdict: 'false' } });
    await desk.client.call('claims.update', { id: putin.id, patch: { speaker: 'Vladimir Poutine', verdict: 'verified' } });
    return { kim, putin };
  }

  it('keeps neither speaker nor verdict unless told, and says what it cleared', async () => {
    const { kim, putin } = await kimAndPutin();
    const merged = await desk.client.call('editing.merge', { into: kim.id, from: [putin.id] });
    expect(merged.cleared).toEqual(['speaker', 'verdict']);
    expect(merged.claim).toMatchObject({ speaker: null, verdict: null, status: 'in-progress' });
    const history = await desk.client.call('claims.history', { id: kim.id });
    expect(wordEvent(history.at(-1)!.changes, 'en')).toMatch(/Speaker: Kim Jong Un → —/);
  });

  it('keeps what the user chose, and only a value one of the claims had', async () => {
    const { kim, putin } = await kimAndPutin();
    await expect(desk.client.call('editing.merge', { into: kim.id, from: [putin.id], keep: { speaker: 'Someone else' } })).rejects.toMatchObject({ code: 'invalid-input' });
    const merged = await desk.client.call('editing.merge', { into: kim.id, from: [putin.id], keep: { speaker: 'Vladimir Poutine', verdict: null } });
    expect(merged.cleared).toEqual([]);
    expect(merged.claim).toMatchObject({ speaker: 'Vladimir Poutine', verdict: null });
  });

  it('keeps what the claims agree on without asking', async () => {
    const kim = await claimOn(desk, KIM);
    const putin = await claimOn(desk, PUTIN);
    await desk.client.call('claims.update', { id: kim.id, patch: { speaker: 'Kim Jong Un', verdict: 'false' } });
    await desk.client.call('claims.update', { id: putin.id, patch: { speaker: 'Kim Jong Un', verdict: 'false' } });
    const merged = await desk.client.call('editing.merge', { into: putin.id, from: [kim.id] });
    expect(merged.cleared).toEqual([]);
    expect(merged.claim).toMatchObject({ speaker: 'Kim Jong Un', verdict: 'false', status: 'checked', recheck: null });
  });

  it('does not carry a verdict given to one claim onto the other\'s words: the merged claim waits for a re-check', async () => {
    const kim = await claimOn(desk, KIM);
    const putin = await claimOn(desk, PUTIN);
    await desk.client.call('claims.update', { id: kim.id, patch: { speaker: 'Kim Jong Un', verdict: 'false' } });
    await desk.client.call('claims.update', { id: putin.id, patch: { speaker: 'Kim Jong Un' } });
    const merged = await desk.client.call('editing.merge', { into: putin.id, from: [kim.id] });
    expect(merged.cleared).toEqual(['verdict']);
    expect(merged.claim).toMatchObject({ speaker: 'Kim Jong Un', verdict: null, status: 'in-progress', recheck: { previousVerdict: 'false', previousText: kim.text.trim() } });
  });
});

describe('splitting a claim re-attributes each part from its own words', () => {
  let desk: Desk;
  beforeEach(async () => {
    desk = await deskWithReferenceArticle();
  });
  afterEach(() => desk.cleanup());

  it('gives the half Putin said back to Putin after Kim and Putin were merged', async () => {
    const kim = await claimOn(desk, KIM);
    const putin = await claimOn(desk, PUTIN);
    await desk.client.call('claims.update', { id: kim.id, patch: { speaker: 'Kim Jong Un' } });
    await desk.client.call('claims.update', { id: putin.id, patch: { speaker: 'Vladimir Poutine' } });
    const { claim } = await desk.client.call('editing.merge', { into: kim.id, from: [putin.id], keep: { speaker: 'Kim Jong Un' } });
    // The two statements are two paragraphs: the merged claim keeps both anchors; split the first at its end.
    const putinAnchor = claim.anchors.find((a) => a.exact.startsWith('«Nous discuterons'))!;
    const at = putinAnchor.start + '«Nous discuterons de tous les sujets sans nous presser.'.length;
    const { first, second } = await desk.client.call('editing.split', { claimId: claim.id, anchorId: putinAnchor.id, at });
    expect(second.text).toBe('Nous avons le temps», a dit pour sa part M. Poutine selon des agences de presse russes.');
    expect(second.speaker).toBe('Vladimir Poutine');
    expect(first.speaker).toBe('Kim Jong Un');
    const speakers = await desk.client.call('speakers.list', { articleId: desk.article.id });
    expect(speakers.map((s) => s.name)).toContain('Vladimir Poutine');
  });

  it('finds the speaker of a part that only carries the quotation, from the sentence around it', async () => {
    const putin = await claimOn(desk, PUTIN);
    const at = desk.article.body.indexOf(PUTIN) + '«Nous discuterons de tous les sujets sans nous presser.'.length;
    const { first, second } = await desk.client.call('editing.split', { claimId: putin.id, anchorId: putin.anchors[0]!.id, at });
    expect(first.text).toBe('«Nous discuterons de tous les sujets sans nous presser.');
    expect([first.speaker, second.speaker]).toEqual(['Vladimir Poutine', 'Vladimir Poutine']);
  });
});
