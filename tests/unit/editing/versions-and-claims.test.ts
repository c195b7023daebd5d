import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { referenceArticlePath } from '../../helpers/paths';
import { claimOn, deskWithReferenceArticle, type Desk } from './helpers';

describe('Update article text: a new version of the story', () => {
  let desk: Desk;
  beforeEach(async () => {
    desk = await deskWithReferenceArticle();
  });
  afterEach(() => desk.cleanup());

  it('re-anchors every claim as moved, changed or orphaned, drops none, and keeps the old version', async () => {
    const washington = await claimOn(desk, "Washington craint que la Russie ne s'approvisionne en armes");
    const peskov = await claimOn(desk, 'les deux hommes devaient parler de «sujets sensibles»');
    const temps = await claimOn(desk, 'Nous discuterons de tous les sujets sans nous presser');
    const before = await desk.client.call('claims.list', { articleId: desk.article.id });
    const anchorsBefore = before.flatMap((c) => c.anchors.map((a) => a.id)).sort();

    const v1 = fs.readFileSync(referenceArticlePath, 'utf8');
    const v2 = v1
      .replace('Le dirigeant nord-coréen Kim Jong Un a déclaré mercredi', 'MISE À JOUR - Le sommet a duré quatre heures.\n\nLe dirigeant nord-coréen Kim Jong Un a déclaré mercredi')
      .replace('sujets sensibles', 'sujets délicats')
      .replace(/«Nous discuterons de tous les sujets[^\n]*\n\n/, '');
    const report = await desk.client.call('editing.updateText', { articleId: desk.article.id, text: v2 });

    const status = (id: string) => report.entries.find((e) => e.claimId === id)!.status;
    expect(status(washington.id)).toBe('moved');
    expect(status(peskov.id)).toBe('changed');
    expect(status(temps.id)).toBe('orphaned');
    expect(report.counts.orphaned).toBeGreaterThanOrEqual(1);

    const after = await desk.client.call('claims.list', { articleId: desk.article.id });
    // Every anchor is still there; the sentence new in this version is one more suggestion.
    const added = after.filter((c) => !before.some((b) => b.id === c.id));
    expect(added.map((c) => [c.text, c.review])).toEqual([['MISE À JOUR - Le sommet a duré quatre heures.', 'suggested']]);
    expect(report.suggested).toEqual([{ claimId: added[0]!.id, text: 'MISE À JOUR - Le sommet a duré quatre heures.' }]);
    expect(after.filter((c) => !added.includes(c)).flatMap((c) => c.anchors.map((a) => a.id)).sort()).toEqual(anchorsBefore);
    const article = await desk.client.call('articles.get', { id: desk.article.id });
    const p = after.find((c) => c.id === peskov.id)!.anchors[0]!;
    expect(article.body.slice(p.start, p.end)).toBe('les deux hommes devaient parler de «sujets délicats»');
    expect(after.find((c) => c.id === temps.id)!.anchors[0]).toMatchObject({ orphaned: true, exact: 'Nous discuterons de tous les sujets sans nous presser' });
    // Every placed anchor points at its own words in its own text.
    for (const a of after.flatMap((c) => c.anchors).filter((a) => !a.orphaned)) {
      const text = a.foldedLineId ? article.folded.find((f) => f.id === a.foldedLineId)!.text : article.body;
      expect(text.slice(a.start, a.end)).toBe(a.exact);
    }

    expect((await desk.client.call('editing.lastUpdate', { articleId: desk.article.id })).report?.counts).toEqual(report.counts);
    const event = desk.db.prepare(`SELECT before FROM events WHERE action = 'update-text'`).get() as { before: string };
    expect(JSON.parse(event.before).body).toBe(desk.article.body);
  });
});

describe('merging and splitting claims', () => {
  let desk: Desk;
  beforeEach(async () => {
    desk = await deskWithReferenceArticle();
  });
  afterEach(() => desk.cleanup());

  it('merges two halves of one statement into one highlight, keeping sources and rationale', async () => {
    const first = await claimOn(desk, 'Ce sommet exceptionnel pourrait déboucher, selon Washington,');
    const second = await claimOn(desk, "sur un accord de vente d'armes pour soutenir l'offensive russe en Ukraine");
    await desk.client.call('claims.update', { id: first.id, patch: { rationale: 'Washington said so on Tuesday.' } });
    await desk.client.call('claims.update', { id: second.id, patch: { verdict: 'unverifiable', rationale: 'No deal published.' } });
    await desk.client.call('sources.add', { claimId: second.id, source: { url: 'https://www.state.gov/briefing', title: 'Press briefing' } });

    // Only the second half has a verdict: the merge keeps it because the user says so (issue 15: never by itself).
    const { claim, removed } = await desk.client.call('editing.merge', { into: first.id, from: [second.id], keep: { verdict: 'unverifiable' } });
    expect(removed).toEqual([second.id]);
    expect(claim.anchors).toHaveLength(1);
    expect(claim.text).toBe("Ce sommet exceptionnel pourrait déboucher, selon Washington, sur un accord de vente d'armes pour soutenir l'offensive russe en Ukraine");
    expect(claim.rationale).toBe('Washington said so on Tuesday.\n\nNo deal published.');
    expect(claim.verdict).toBe('unverifiable');
    const detail = await desk.client.call('claims.get', { id: first.id });
    expect(detail.sources.map((s) => s.title)).toEqual(['Press briefing']);
    await expect(desk.client.call('claims.get', { id: second.id })).rejects.toMatchObject({ code: 'not-found' });
    const trail = desk.db.prepare(`SELECT before FROM events WHERE action = 'merge' AND entity_id = ?`).get(second.id) as { before: string };
    expect(JSON.parse(trail.before)).toMatchObject({ id: second.id, rationale: 'No deal published.' });
  });

  it('splits a claim at the cursor into two claims with their own verdicts', async () => {
    const words = "Washington craint que la Russie ne s'approvisionne en armes pour ses opérations militaires en Ukraine auprès de la Corée du Nord";
    const claim = await claimOn(desk, words);
    await desk.client.call('claims.update', { id: claim.id, patch: { verdict: 'verified' } });
    const at = claim.anchors[0]!.start + words.indexOf(' auprès');
    const { first, second } = await desk.client.call('editing.split', { claimId: claim.id, anchorId: claim.anchors[0]!.id, at });
    expect(first.text).toBe("Washington craint que la Russie ne s'approvisionne en armes pour ses opérations militaires en Ukraine");
    expect(second.text).toBe('auprès de la Corée du Nord');
    // The verdict was given to the whole: each part keeps it only as a re-check of its own words.
    expect(first.verdict).toBeNull();
    expect(first.recheck).toMatchObject({ previousText: words, previousVerdict: 'verified' });
    expect(second.verdict).toBeNull();
    expect(second.recheck).toMatchObject({ previousText: words, previousVerdict: 'verified' });
    expect([first.speaker, second.speaker]).toEqual(['Washington', 'Washington']);
    expect(second.anchors[0]!.start).toBe(at + 1);
    await expect(desk.client.call('editing.split', { claimId: first.id, anchorId: first.anchors[0]!.id, at: first.anchors[0]!.start })).rejects.toMatchObject({ code: 'invalid-input' });
  });
});
