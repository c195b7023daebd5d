import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../src/contract/client';
import { claimOn, deskWithReferenceArticle, editedText, type Desk } from './helpers';

describe('saving the text after an edit in the editor', () => {
  let desk: Desk;
  beforeEach(async () => {
    desk = await deskWithReferenceArticle();
  });
  afterEach(() => desk.cleanup());

  it('stores the fixed typo and every anchor where the editor mapped it, in one audited change', async () => {
    const peskov = await claimOn(desk, 'les deux hommes devaient parler de «sujets sensibles»');
    const claims = await desk.client.call('claims.list', { articleId: desk.article.id });
    // "a déclaré mercredi" → "a déclaré mercredi 13 septembre", in the lead, before the Peskov claim.
    const at = desk.article.body.indexOf('a déclaré mercredi') + 'a déclaré mercredi'.length;
    expect(at).toBeGreaterThan(8);
    const input = editedText(desk.article, claims, at, 0, ' 13 septembre');
    const saved = await desk.client.call('editing.saveText', input);
    expect(saved.updatedAt).not.toBe('');

    const article = await desk.client.call('articles.get', { id: desk.article.id });
    expect(article.body).toContain('a déclaré mercredi 13 septembre que');
    const after = await desk.client.call('claims.get', { id: peskov.id });
    const anchor = after.anchors[0]!;
    expect(article.body.slice(anchor.start, anchor.end)).toBe('les deux hommes devaient parler de «sujets sensibles»');
    expect(anchor.start).toBe(peskov.anchors[0]!.start + ' 13 septembre'.length);
    expect(anchor.prefix).toBe(article.body.slice(anchor.start - 32, anchor.start));

    const events = desk.db.prepare(`SELECT action, before, after FROM events WHERE entity = 'article' AND action = 'edit-text'`).all() as { before: string; after: string }[];
    expect(events).toHaveLength(1);
    // The audit trail keeps the changed stretch, not two copies of the article.
    expect(JSON.parse(events[0]!.before)).toMatchObject({ text: '' });
    expect(JSON.parse(events[0]!.after).text.trim()).toBe('13 septembre');
  });

  it('makes a claim follow a typo fixed inside its own words', async () => {
    const claim = await claimOn(desk, "sur un accord de vente d'armes pour soutenir");
    const claims = await desk.client.call('claims.list', { articleId: desk.article.id });
    const at = claim.anchors[0]!.start + 'sur un accord de vente'.length;
    const saved = await desk.client.call('editing.saveText', editedText(desk.article, claims, at, 0, 's'));
    expect(saved.claims.map((c) => c.text)).toContain("sur un accord de ventes d'armes pour soutenir");
    const after = await desk.client.call('claims.get', { id: claim.id });
    expect(after.anchors[0]!.exact).toBe("sur un accord de ventes d'armes pour soutenir");
  });

  it('re-anchors the anchors the editor did not send, so none points at stale offsets', async () => {
    const claim = await claimOn(desk, "C'est la première rencontre des deux dirigeants");
    const input = editedText(desk.article, [], 0, 0, 'Mise à jour. ');
    input.blocks[0]!.start = 0;
    await desk.client.call('editing.saveText', { ...input, anchors: [] });
    const article = await desk.client.call('articles.get', { id: desk.article.id });
    const a = (await desk.client.call('claims.get', { id: claim.id })).anchors[0]!;
    expect(article.body.slice(a.start, a.end)).toBe("C'est la première rencontre des deux dirigeants");
  });

  it('keeps the quote of an anchor whose words were deleted, as an orphan to re-attach', async () => {
    const claim = await claimOn(desk, "C'est la première rencontre des deux dirigeants");
    const claims = await desk.client.call('claims.list', { articleId: desk.article.id });
    const a = claim.anchors[0]!;
    const saved = await desk.client.call('editing.saveText', editedText(desk.article, claims, a.start, a.end - a.start, ''));
    expect(saved.claims.map((c) => c.id)).toContain(claim.id);
    const after = (await desk.client.call('claims.get', { id: claim.id })).anchors[0]!;
    expect(after).toMatchObject({ orphaned: true, exact: "C'est la première rencontre des deux dirigeants" });

    // Select the words again somewhere and re-attach it.
    const article = await desk.client.call('articles.get', { id: desk.article.id });
    const start = article.body.indexOf('Kim Jong Un effectue son premier voyage');
    const reattached = await desk.client.call('editing.reattach', { anchorId: a.id, start, end: start + 'Kim Jong Un effectue son premier voyage'.length });
    expect(reattached.anchors[0]).toMatchObject({ orphaned: false, exact: 'Kim Jong Un effectue son premier voyage', foldedLineId: null });
  });

  it('refuses a body that does not match its blocks, and changes nothing', async () => {
    const claims = await desk.client.call('claims.list', { articleId: desk.article.id });
    const input = editedText(desk.article, claims, 5, 0, 'x');
    const before = desk.snapshot();
    const bad = { ...input, blocks: input.blocks.map((b, i) => (i === 1 ? { ...b, start: b.start + 1 } : b)) };
    await expect(desk.client.call('editing.saveText', bad)).rejects.toMatchObject({ code: 'invalid-input' });
    const foreign = { ...input, anchors: [{ id: '0190a000-0000-7000-8000-000000000000', start: 0, end: 3, foldedLineId: null, orphaned: false }] };
    await expect(desk.client.call('editing.saveText', foreign)).rejects.toBeInstanceOf(ApiCallError);
    expect(desk.snapshot()).toEqual(before);
  });

  it('restores a folded line into the body: its anchors become body anchors, and it can be folded again', async () => {
    const line = desk.article.folded.find((f) => !f.inline && f.text.length > 10);
    expect(line).toBeDefined();
    // A claim anchored in the folded line (as a repeated caption is).
    const claim = await claimOn(desk, desk.article.body.slice(desk.article.blocks[0]!.start, desk.article.blocks[0]!.start + 12));
    desk.db.prepare(`UPDATE claim_anchors SET start = 0, "end" = 8, exact = ?, folded_line_id = ? WHERE claim_id = ?`).run(line!.text.slice(0, 8), line!.id, claim.id);
    const claims = await desk.client.call('claims.list', { articleId: desk.article.id });

    // The editor puts the line back as a paragraph at its position.
    const a = desk.article;
    const blockIndex = a.blocks.findIndex((b) => b.start >= line!.position);
    const at = blockIndex === -1 ? a.body.length + 2 : a.blocks[blockIndex]!.start;
    const inserted = line!.text + '\n\n';
    const body = blockIndex === -1 ? `${a.body}\n\n${line!.text}` : a.body.slice(0, at) + inserted + a.body.slice(at);
    const shift = (o: number) => (o >= at ? o + inserted.length : o);
    const blocks = a.blocks.map((b) => ({ ...b, start: shift(b.start), end: shift(b.end) }));
    blocks.splice(blockIndex === -1 ? blocks.length : blockIndex, 0, { kind: 'paragraph', start: at, end: at + line!.text.length, restoredFrom: line!.kind });
    const anchors = claims.flatMap((c) => c.anchors.map((x) => (x.foldedLineId === line!.id ? { id: x.id, start: at + x.start, end: at + x.end, foldedLineId: null, orphaned: false } : x.foldedLineId || x.orphaned ? { id: x.id, start: x.start, end: x.end, foldedLineId: x.foldedLineId, orphaned: x.orphaned } : { id: x.id, start: shift(x.start), end: shift(x.end), foldedLineId: null, orphaned: false })));
    const folded = a.folded.filter((f) => f.id !== line!.id).map((f) => ({ id: f.id, kind: f.kind, text: f.text, position: f.position >= at ? f.position + inserted.length : f.position, order: f.order, ...(f.inline ? { inline: true } : {}) }));
    await desk.client.call('editing.saveText', { articleId: a.id, body, blocks, folded, anchors });

    const restored = await desk.client.call('articles.get', { id: a.id });
    expect(restored.folded.map((f) => f.id)).not.toContain(line!.id);
    expect(restored.blocks.find((b) => b.start === at)).toMatchObject({ restoredFrom: line!.kind });
    const moved = (await desk.client.call('claims.get', { id: claim.id })).anchors[0]!;
    expect(moved).toMatchObject({ foldedLineId: null, start: at, exact: line!.text.slice(0, 8) });
    const event = desk.db.prepare(`SELECT after FROM events WHERE action = 'edit-text'`).get() as { after: string };
    expect(JSON.parse(event.after).restored).toEqual([line!.id]);

    // Fold it again (a new line id made by the editor): the anchor goes back into the line.
    const again = { articleId: a.id, body: a.body, blocks: a.blocks, folded: [...folded.map((f) => ({ ...f, position: f.position >= at + inserted.length ? f.position - inserted.length : f.position })), { id: '0190a000-0000-7000-8000-00000000f01d', kind: line!.kind, text: line!.text, position: line!.position, order: line!.order }], anchors: anchors.map((x) => (x.id === moved.id ? { ...x, start: 0, end: 8, foldedLineId: '0190a000-0000-7000-8000-00000000f01d' } : x.foldedLineId || x.orphaned ? x : { ...x, start: x.start >= at ? x.start - inserted.length : x.start, end: x.end >= at ? x.end - inserted.length : x.end })) };
    await desk.client.call('editing.saveText', again);
    const refolded = await desk.client.call('articles.get', { id: a.id });
    expect(refolded.body).toBe(a.body);
    expect(refolded.folded.map((f) => f.text)).toContain(line!.text);
    expect((await desk.client.call('claims.get', { id: claim.id })).anchors[0]).toMatchObject({ foldedLineId: '0190a000-0000-7000-8000-00000000f01d', start: 0, end: 8 });
  });
});
