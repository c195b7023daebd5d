import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referenceArticlePath } from '../helpers/paths';
import { expectRefusals, NO_SUCH_ID, NOT_A_UUID, type SpecState } from './spec-support';

/** editing.*: saving the edited text, re-attaching, merging, splitting, and a new version of the story. */
export function describeEditingMethods(s: SpecState) {
  describe('editing', () => {
    it('saves an edit of the text, keeps every anchor on its words, and refuses a body its blocks do not describe', async () => {
      const article = await s.t.client.call('articles.get', { id: s.articleId });
      const last = article.blocks.at(-1)!;
      const added = 'Note. ';
      const body = article.body.slice(0, last.start) + added + article.body.slice(last.start);
      const blocks = article.blocks.map((b) => (b === last ? { ...b, end: b.end + added.length } : b));
      const folded = article.folded.map((l) => ({ id: l.id, kind: l.kind, text: l.text, position: l.position >= last.start ? l.position + added.length : l.position, order: l.order, ...(l.inline ? { inline: true } : {}) }));
      const saved = await s.t.client.call('editing.saveText', { articleId: s.articleId, body, blocks, folded, anchors: [] });
      expect(saved.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      const after = await s.t.client.call('articles.get', { id: s.articleId });
      expect(after.body).toBe(body);
      for (const c of await s.t.client.call('claims.list', { articleId: s.articleId })) {
        for (const a of c.anchors.filter((x) => !x.orphaned && !x.foldedLineId)) expect(body.slice(a.start, a.end)).toBe(a.exact);
      }
      const base = { articleId: s.articleId, body, blocks, folded, anchors: [] };
      await expectRefusals(s.t, [
        ['editing.saveText', { ...base, blocks: blocks.slice(1) }, 'invalid-input'],
        ['editing.saveText', { ...base, folded: [...folded, { id: NOT_A_UUID, kind: 'caption', text: 'x', position: 0, order: 0 }] }, 'invalid-input'],
        ['editing.saveText', { ...base, anchors: [{ id: NO_SUCH_ID, start: 0, end: 4, foldedLineId: null, orphaned: false }] }, 'invalid-input'],
        ['editing.saveText', { ...base, articleId: NO_SUCH_ID }, 'not-found'],
      ]);
    });

    it('re-attaches an anchor to other words, and refuses an unknown anchor or a range of spaces', async () => {
      const article = await s.t.client.call('articles.get', { id: s.articleId });
      const claims = await s.t.client.call('claims.list', { articleId: s.articleId });
      const claim = claims.find((c) => c.id !== s.claimId && c.anchors.some((a) => !a.foldedLineId))!;
      const anchor = claim.anchors.find((a) => !a.foldedLineId)!;
      const start = article.body.indexOf('Kremlin');
      const moved = await s.t.client.call('editing.reattach', { anchorId: anchor.id, start, end: start + 'Kremlin'.length });
      expect(moved.anchors.find((a) => a.id === anchor.id)).toMatchObject({ exact: 'Kremlin', start, orphaned: false });
      const space = article.body.indexOf('  ') >= 0 ? article.body.indexOf('  ') : article.body.indexOf(' ');
      await expectRefusals(s.t, [
        ['editing.reattach', { anchorId: NO_SUCH_ID, start: 0, end: 5 }, 'not-found'],
        ['editing.reattach', { anchorId: NOT_A_UUID, start: 0, end: 5 }, 'not-found'],
        ['editing.reattach', { anchorId: anchor.id, start: space, end: space + 1 }, 'invalid-input'],
      ]);
    });

    it('merges two claims into one and splits a claim in two, and refuses what cannot be merged or split', async () => {
      const claims = (await s.t.client.call('claims.list', { articleId: s.articleId })).filter((c) => c.id !== s.claimId && c.anchors.some((a) => !a.foldedLineId && !a.orphaned));
      const [into, from] = claims;
      const merged = await s.t.client.call('editing.merge', { into: into!.id, from: [from!.id] });
      expect(merged.removed).toEqual([from!.id]);
      expect((await s.t.client.call('claims.list', { articleId: s.articleId })).some((c) => c.id === from!.id)).toBe(false);

      const target = (await s.t.client.call('claims.get', { id: into!.id }));
      const anchor = target.anchors.find((a) => !a.foldedLineId && !a.orphaned && a.exact.trim().includes(' '))!;
      const at = anchor.start + anchor.exact.indexOf(' ', anchor.exact.search(/\S/));
      const { first, second } = await s.t.client.call('editing.split', { claimId: target.id, anchorId: anchor.id, at });
      expect(first.id).toBe(target.id);
      expect(second.id).not.toBe(target.id);
      expect(second.origin).toBe('manual');
      await expectRefusals(s.t, [
        ['editing.merge', { into: into!.id, from: [into!.id] }, 'invalid-input'],
        ['editing.merge', { into: into!.id, from: [NO_SUCH_ID] }, 'not-found'],
        ['editing.merge', { into: NOT_A_UUID, from: [into!.id] }, 'not-found'],
        ['editing.split', { claimId: target.id, anchorId: NO_SUCH_ID, at }, 'not-found'],
        ['editing.split', { claimId: target.id, anchorId: anchor.id, at: anchor.start }, 'invalid-input'],
        ['editing.split', { claimId: NO_SUCH_ID, anchorId: anchor.id, at }, 'not-found'],
      ]);
    });

    it('takes a new version of the story, places every anchor again, reports it, and refuses empty text', async () => {
      expect(await s.t.client.call('editing.lastUpdate', { articleId: s.articleId })).toEqual({ report: null });
      const text = fs.readFileSync(referenceArticlePath, 'utf8').replaceAll('priorité absolue', 'priorité tout à fait absolue');
      const report = await s.t.client.call('editing.updateText', { articleId: s.articleId, text });
      const anchors = (await s.t.client.call('claims.list', { articleId: s.articleId })).flatMap((c) => c.anchors);
      expect(report.counts.unchanged + report.counts.moved + report.counts.changed + report.counts.orphaned).toBe(anchors.length);
      expect((await s.t.client.call('editing.lastUpdate', { articleId: s.articleId })).report).toEqual(report);
      expect((await s.t.client.call('articles.get', { id: s.articleId })).body).toContain('priorité tout à fait absolue');
      await expectRefusals(s.t, [
        ['editing.updateText', { articleId: s.articleId, text: '' }, 'invalid-input'],
        ['editing.updateText', { articleId: s.articleId, text: '   ' }, 'import-failed'],
        ['editing.updateText', { articleId: NO_SUCH_ID, text: 'Un texte.' }, 'not-found'],
        ['editing.lastUpdate', { articleId: NOT_A_UUID }, 'not-found'],
      ]);
    });
  });
}
