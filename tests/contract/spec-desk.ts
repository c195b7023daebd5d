import { describe, expect, it } from 'vitest';
import { expectRefusals, NO_SUCH_ID, NOT_A_UUID, type SpecState } from './spec-support';

/** Two speakers in one paragraph, a verdict to give, and an address: what issue 15's desk methods work on. */
const STORY = [
  'Kim Jong Un rencontre Vladimir Poutine',
  '« Je pense que ma rencontre avec le président russe sera un tremplin pour nos relations », a déclaré Kim Jong Un. « Nous discuterons de toutes les questions de coopération militaire », a répondu Vladimir Poutine.',
  'Selon l’agence KCNA, la visite a duré trois jours et a coûté 12 millions de dollars.',
].join('\n\n');
const ADDRESS = 'https://example.org/2023/09/kim-poutine';

/**
 * The desk's methods (issue 15): articles deleted and restored, a repeated
 * import refused, the corrections log, claims made by hand deleted, sources
 * that are not web pages, and a verdict that never rides onto changed words.
 * Each answered and refused, on both engines and both transports.
 */
export function describeDeskMethods(s: SpecState) {
  describe('the desk keeps verdicts honest and articles managed', () => {
    let articleId: string;

    it('imports a pasted story with its address, then refuses the same story again naming it, and imports it anyway when told', async () => {
      ({ articleId } = await s.t.client.call('articles.import', { text: STORY, url: ADDRESS, language: 'fr' }));
      expect((await s.t.client.call('articles.get', { id: articleId })).meta.url).toBe(ADDRESS);
      const again = await s.t.client.try('articles.import', { text: `${STORY}\n\nPartager sur Facebook`, duplicates: 'refuse' });
      expect(again.ok).toBe(false);
      if (!again.ok) {
        expect(again.error.code).toBe('conflict');
        expect(again.error.details).toMatchObject({ duplicate: { articleId, reason: 'text' } });
      }
      const rewritten = 'Kim et Poutine\n\nUne tout autre version de la dépêche, réécrite par la rédaction, dit que les deux dirigeants se sont vus mercredi.';
      const byAddress = await s.t.client.try('articles.import', { text: rewritten, url: `${ADDRESS}?utm_source=x`, duplicates: 'refuse' });
      expect(!byAddress.ok && byAddress.error.details).toMatchObject({ duplicate: { articleId, reason: 'url' } });
      const anyway = await s.t.client.call('articles.import', { text: STORY, duplicates: 'allow' });
      expect(anyway.articleId).not.toBe(articleId);
      await s.t.client.call('articles.delete', { id: anyway.articleId });
    });

    it('deletes an article at once, hides its claims, brings both back with restore, and refuses what is not deleted', async () => {
      const claims = await s.t.client.call('claims.list', { articleId });
      expect(await s.t.client.call('articles.delete', { id: articleId })).toEqual({ deleted: true });
      expect((await s.t.client.call('articles.list', {})).some((a) => a.id === articleId)).toBe(false);
      await expectRefusals(s.t, [
        ['articles.get', { id: articleId }, 'not-found'],
        ['claims.get', { id: claims[0]!.id }, 'not-found'],
        ['corrections.list', { articleId }, 'not-found'],
      ]);
      const restored = await s.t.client.call('articles.restore', { id: articleId });
      expect(restored).toMatchObject({ id: articleId, claims: expect.any(Number) });
      expect((await s.t.client.call('claims.list', { articleId })).map((c) => c.id)).toEqual(claims.map((c) => c.id));
      await expectRefusals(s.t, [
        ['articles.restore', { id: articleId }, 'not-found'],
        ['articles.restore', { id: NO_SUCH_ID }, 'not-found'],
        ['articles.restore', { id: NOT_A_UUID }, 'not-found'],
      ]);
    });

    it('keeps a corrections log the newsroom writes, shows it in the report, and refuses an empty one or a missing article', async () => {
      const added = await s.t.client.call('corrections.add', { articleId, correction: { correctedAt: '2023-09-14', text: '  Le coût était de 12 millions, pas 21.  ' } });
      expect(added).toMatchObject({ articleId, correctedAt: '2023-09-14', text: 'Le coût était de 12 millions, pas 21.', author: 'tester' });
      const edited = await s.t.client.call('corrections.update', { id: added.id, correction: { text: 'Le coût était de 12 millions de dollars.' } });
      expect(edited.text).toBe('Le coût était de 12 millions de dollars.');
      const other = await s.t.client.call('corrections.add', { articleId, correction: { correctedAt: '2023-09-13', text: '<script>alert(1)</script>' } });
      expect((await s.t.client.call('corrections.list', { articleId })).map((c) => c.id)).toEqual([other.id, added.id]);
      const md = await s.t.client.call('reports.export', { articleId, format: 'md', includeUnchecked: true });
      expect(md.text).toContain('Le coût était de 12 millions de dollars.');
      expect(await s.t.client.call('corrections.delete', { id: other.id })).toEqual({ deleted: true });
      await expectRefusals(s.t, [
        ['corrections.add', { articleId, correction: { correctedAt: '2023-09-14', text: '   ' } }, 'invalid-input'],
        ['corrections.add', { articleId, correction: { correctedAt: 'hier', text: 'x' } }, 'invalid-input'],
        ['corrections.add', { articleId: NO_SUCH_ID, correction: { correctedAt: '2023-09-14', text: 'x' } }, 'not-found'],
        ['corrections.list', { articleId: NOT_A_UUID }, 'not-found'],
        ['corrections.update', { id: NO_SUCH_ID, correction: { text: 'x' } }, 'not-found'],
        ['corrections.update', { id: added.id, correction: { author: 'Eve' } }, 'invalid-input'],
        ['corrections.delete', { id: other.id }, 'not-found'],
      ]);
    });

    it('deletes a claim made by hand, and refuses to delete a suggestion (which is dismissed instead)', async () => {
      const article = await s.t.client.call('articles.get', { id: articleId });
      const start = article.body.indexOf('trois jours');
      const mine = await s.t.client.call('claims.create', { articleId, start, end: start + 'trois jours'.length });
      expect(await s.t.client.call('claims.delete', { id: mine.id })).toEqual({ deleted: true });
      const suggested = (await s.t.client.call('claims.list', { articleId })).find((c) => c.origin === 'auto')!;
      await expectRefusals(s.t, [
        ['claims.delete', { id: mine.id }, 'not-found'],
        ['claims.delete', { id: suggested.id }, 'invalid-input'],
        ['claims.delete', { id: NOT_A_UUID }, 'not-found'],
      ]);
    });

    it('cites an interview and a document without an address, keeps the file with its hash, and says why it cannot go to the Wayback Machine', async () => {
      const claim = (await s.t.client.call('claims.list', { articleId }))[0]!;
      const interview = await s.t.client.call('sources.add', { claimId: claim.id, source: { kind: 'interview', title: 'Entretien téléphonique', contact: 'Porte-parole, +41 00 000 00 00', stance: 'supports' } });
      expect(interview).toMatchObject({ kind: 'interview', url: '', contact: 'Porte-parole, +41 00 000 00 00', archiveUrl: null, fileName: null });
      const pdf = Buffer.from('%PDF-1.4\n% a ministry report kept as the source\n');
      const document = await s.t.client.call('sources.add', { claimId: claim.id, source: { kind: 'document', title: 'Rapport du ministère', file: { name: 'rapport.pdf', dataBase64: pdf.toString('base64') }, stance: 'context' } });
      expect(document).toMatchObject({ kind: 'document', fileName: 'rapport.pdf', snapshotSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
      const snapshot = await s.t.client.call('sources.snapshot', { id: document.id });
      expect(snapshot).toMatchObject({ filename: 'rapport.pdf', mime: 'application/pdf', sha256: document.snapshotSha256 });
      expect(Buffer.from(snapshot.base64, 'base64').equals(pdf)).toBe(true);
      const archived = await s.t.client.call('sources.update', { id: interview.id, patch: { archiveUrl: 'https://web.archive.org/web/20230913092700/https://kremlin.example/visit' } });
      expect(archived.archiveUrl).toBe('https://web.archive.org/web/20230913092700/https://kremlin.example/visit');
      expect(await s.t.client.call('sources.saveToWayback', { id: interview.id })).toMatchObject({ ok: false, reason: 'no-url' });
      await expectRefusals(s.t, [
        ['sources.saveToWayback', { id: NO_SUCH_ID }, 'not-found'],
        ['sources.archive', { id: interview.id }, 'invalid-input'],
        ['sources.update', { id: interview.id, patch: { archiveUrl: 'https://example.org/my-copy' } }, 'invalid-input'],
        ['sources.add', { claimId: claim.id, source: { kind: 'document', file: { name: 'x.exe', dataBase64: Buffer.from('MZ\x90\x00').toString('base64') } } }, 'invalid-input'],
      ]);
    });

    it('asks which speaker and verdict a merge keeps, keeps none when not told and says so, and refuses a choice no claim had', async () => {
      const claims = await s.t.client.call('claims.list', { articleId });
      const kim = claims.find((c) => c.text.includes('tremplin'))!;
      const putin = claims.find((c) => c.text.includes('Nous discuterons'))!;
      expect([kim.speaker, putin.speaker]).toEqual([expect.stringContaining('Kim'), expect.stringContaining('Poutine')]);
      await s.t.client.call('claims.update', { id: kim.id, patch: { verdict: 'false' } });
      await expectRefusals(s.t, [['editing.merge', { into: kim.id, from: [putin.id], keep: { speaker: 'Personne' } }, 'invalid-input']]);
      const merged = await s.t.client.call('editing.merge', { into: kim.id, from: [putin.id] });
      // Kim's verdict was given to Kim's words only: it stays as history, and the merged claim waits for a re-check.
      expect(merged.cleared).toEqual(['speaker', 'verdict']);
      expect(merged.claim).toMatchObject({ speaker: null, verdict: null, recheck: { previousVerdict: 'false', previousText: kim.text.trim() } });
      const anchor = merged.claim.anchors.find((a) => !a.foldedLineId && !a.orphaned && a.exact.includes('Nous discuterons'))!;
      const at = anchor.start + anchor.exact.indexOf('« Nous discuterons');
      const { first, second } = await s.t.client.call('editing.split', { claimId: kim.id, anchorId: anchor.id, at });
      expect(first.speaker).toContain('Kim');
      expect(second.speaker).toContain('Poutine');
    });

    it('sends a claim whose words changed under its verdict back to Needs re-check, suggests the new sentence, and confirming ends the re-check', async () => {
      const claims = await s.t.client.call('claims.list', { articleId });
      const kcna = claims.find((c) => c.text.includes('12 millions'))!;
      await s.t.client.call('claims.update', { id: kcna.id, patch: { verdict: 'false' } });
      const text = `${STORY.replace('a coûté 12 millions', 'aurait coûté 15 millions')}\n\nSelon le ministère russe de l’Économie, les échanges entre les deux pays ont augmenté de 25 % en 2023.`;
      const report = await s.t.client.call('editing.updateText', { articleId, text });
      expect(report.recheck).toContain(kcna.id);
      expect(report.suggested?.map((x) => x.text).join(' ')).toContain('25 %');
      const waiting = await s.t.client.call('claims.get', { id: kcna.id });
      expect(waiting).toMatchObject({ verdict: null, status: 'in-progress', recheck: { previousVerdict: 'false', previousText: expect.stringContaining('12 millions') } });
      expect(waiting.text).toContain('15 millions');
      const csv = await s.t.client.call('reports.export', { articleId, format: 'csv', includeUnchecked: true });
      expect(csv.text).toContain('15 millions');
      expect(csv.text).not.toContain('a coûté 12 millions');
      const confirmed = await s.t.client.call('claims.update', { id: kcna.id, patch: { verdict: 'false' } });
      expect(confirmed).toMatchObject({ verdict: 'false', status: 'checked', recheck: null });
    });
  });
}
