import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../src/contract/client';
import { addressKey } from '../../../src/core/import/duplicates';
import { referenceArticlePath } from '../../helpers/paths';
import { deskWorkspace } from './client';

type Desk = Awaited<ReturnType<typeof deskWorkspace>>;
const reference = () => fs.readFileSync(referenceArticlePath, 'utf8');

describe('articles a newsroom can manage', () => {
  let desk: Desk;
  beforeEach(async () => {
    desk = await deskWorkspace();
  });
  afterEach(() => desk.cleanup());

  it('keeps the Source URL given with a pasted text', async () => {
    const { articleId } = await desk.client.call('articles.import', { text: 'Le chômage a baissé de 2 % en 2024, selon le ministre du Travail.', url: 'https://www.example.org/chomage' });
    expect((await desk.client.call('articles.get', { id: articleId })).meta.url).toBe('https://www.example.org/chomage');
  });

  it('edits every metadata field after import, and the audit trail keeps the old values', async () => {
    const patch = {
      title: 'Kim et Poutine',
      kicker: 'Diplomatie',
      outlet: 'ATS',
      byline: 'Rédaction',
      publishedAt: '2023-09-13T09:27',
      modifiedAt: '2023-09-13T11:00',
      language: 'fr',
      url: 'https://example.org/kim',
      canonicalUrl: 'https://example.org/kim-canonique',
    };
    expect(await desk.client.call('articles.updateMeta', { id: desk.articleId, patch })).toEqual(patch);
    await expect(desk.client.call('articles.updateMeta', { id: desk.articleId, patch: { url: 'javascript:alert(1)' } })).rejects.toMatchObject({ code: 'invalid-input' });
    const summary = (await desk.client.call('articles.list', {}))[0]!;
    expect(summary).toMatchObject({ title: 'Kim et Poutine', publishedAt: '2023-09-13T09:27' });
  });

  it('finds a story imported twice, by its text or its address, and imports anyway when asked', async () => {
    const again = await desk.client.try('articles.import', { text: `${reference()}\n\nPartager sur Facebook`, duplicates: 'refuse' });
    expect(again.ok).toBe(false);
    if (!again.ok) {
      expect(again.error.code).toBe('conflict');
      expect(again.error.details).toMatchObject({ duplicate: { articleId: desk.articleId, reason: 'text' } });
    }
    expect(await desk.client.call('articles.list', {})).toHaveLength(1);

    await desk.client.call('articles.updateMeta', { id: desk.articleId, patch: { url: 'https://www.example.org/kim/?utm_source=x' } });
    const byAddress = await desk.client.try('articles.import', { text: 'Kim Jong Un rencontre Poutine\n\nUne tout autre version de la dépêche, réécrite par la rédaction, dit que les deux dirigeants se sont vus mercredi.', url: 'http://example.org/kim', duplicates: 'refuse' });
    expect(!byAddress.ok && byAddress.error.details).toMatchObject({ duplicate: { articleId: desk.articleId, reason: 'url' } });

    // The command line and older callers import as before; the desk says "import anyway" with 'allow'.
    await desk.client.call('articles.import', { text: reference() });
    await desk.client.call('articles.import', { text: reference(), duplicates: 'allow' });
    expect(await desk.client.call('articles.list', {})).toHaveLength(3);
  });

  it('imports a repeated story as a new version of the one already there', async () => {
    const text = reference().replace('sujets sensibles', 'sujets délicats');
    const report = await desk.client.call('editing.updateText', { articleId: desk.articleId, file: { name: 'v2.txt', dataBase64: Buffer.from(text).toString('base64') } });
    expect(report.counts.changed).toBeGreaterThan(0);
    expect((await desk.client.call('articles.get', { id: desk.articleId })).body).toContain('sujets délicats');
  });

  it('deletes an article at once, brings it back on undo, and purges it a day later', async () => {
    const { articleId: second } = await desk.client.call('articles.import', { text: 'Le budget a augmenté de 4 % en 2024, selon le ministère des Finances.' });
    await desk.client.call('articles.delete', { id: desk.articleId });
    expect((await desk.client.call('articles.list', {})).map((a) => a.id)).toEqual([second]);
    await expect(desk.client.call('articles.get', { id: desk.articleId })).rejects.toBeInstanceOf(ApiCallError);
    await expect(desk.client.call('claims.list', { articleId: desk.articleId })).rejects.toMatchObject({ code: 'not-found' });
    expect((await desk.client.call('search.query', { q: 'tremplin' })).filter((h) => h.articleId === desk.articleId)).toEqual([]);

    const restored = await desk.client.call('articles.restore', { id: desk.articleId });
    expect(restored.id).toBe(desk.articleId);
    expect((await desk.client.call('claims.list', { articleId: desk.articleId })).length).toBeGreaterThan(0);

    // Deleted two days ago: the next deletion purges it for good, claims and all.
    await desk.client.call('articles.delete', { id: desk.articleId });
    desk.workspace.db.prepare(`UPDATE articles SET deleted_at = ? WHERE id = ?`).run(new Date(Date.now() - 2 * 86_400_000).toISOString(), desk.articleId);
    await desk.client.call('articles.delete', { id: second });
    expect(desk.workspace.db.prepare(`SELECT count(*) AS n FROM claims WHERE article_id = ?`).get(desk.articleId)).toEqual({ n: 0 });
    await expect(desk.client.call('articles.restore', { id: desk.articleId })).rejects.toMatchObject({ code: 'not-found' });
    await desk.client.call('articles.restore', { id: second });
  });

  it('keeps a corrections log the report shows, in order, in every format', async () => {
    const first = await desk.client.call('corrections.add', { articleId: desk.articleId, correction: { correctedAt: '2023-09-15', text: 'Claim 3: verdict changed from False to Misleading after the Kremlin’s transcript.' } });
    await desk.client.call('corrections.add', { articleId: desk.articleId, correction: { correctedAt: '2023-09-14', text: 'Speaker corrected: Dmitri Peskov.' } });
    await expect(desk.client.call('corrections.add', { articleId: desk.articleId, correction: { correctedAt: '2023-09-14', text: '   ' } })).rejects.toMatchObject({ code: 'invalid-input' });
    const list = await desk.client.call('corrections.list', { articleId: desk.articleId });
    expect(list.map((c) => [c.correctedAt, c.author])).toEqual([
      ['2023-09-14', 'tester'],
      ['2023-09-15', 'tester'],
    ]);
    await desk.client.call('corrections.update', { id: first.id, correction: { text: 'Claim 3: verdict changed from False to Misleading.' } });

    const html = (await desk.client.call('reports.export', { articleId: desk.articleId, format: 'html', language: 'en' })).text!;
    const section = html.slice(html.indexOf('id="corr-h"'));
    expect(section.indexOf('Speaker corrected')).toBeLessThan(section.indexOf('Claim 3: verdict changed from False to Misleading.'));
    const json = JSON.parse((await desk.client.call('reports.export', { articleId: desk.articleId, format: 'json' })).text!) as { corrections: { at: string; summary: string }[] };
    expect(json.corrections.map((c) => c.at)).toEqual(['2023-09-14', '2023-09-15']);

    await desk.client.call('corrections.delete', { id: first.id });
    expect(await desk.client.call('corrections.list', { articleId: desk.articleId })).toHaveLength(1);
  });
});

describe('the address a story is known by', () => {
  it('ignores www, the scheme, a trailing slash, the fragment and tracking parameters, not the path or real parameters', () => {
    expect(addressKey('https://www.example.org/a/b/?utm_source=tw&id=3#top')).toBe(addressKey('http://example.org/a/b?id=3'));
    expect(addressKey('https://example.org/a')).not.toBe(addressKey('https://example.org/b'));
    expect(addressKey('https://example.org/a?id=1')).not.toBe(addressKey('https://example.org/a?id=2'));
    expect(addressKey('javascript:alert(1)')).toBeNull();
  });
});
