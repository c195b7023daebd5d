import { describe, expect, it } from 'vitest';
import { expectRefusals, NO_SUCH_ID, type SpecState } from './spec-support';

const SCALE = {
  id: 'custom-desk',
  name: 'Desk scale',
  worstRating: 1,
  bestRating: 3,
  verdicts: [
    { id: 'wrong', label: { en: 'Wrong', fr: 'Faux' }, rating: 1, tone: 'false' as const },
    { id: 'right', label: { en: 'Right', fr: 'Juste' }, rating: 3, tone: 'true' as const },
  ],
};

/** app.info, settings, verdict scales, ui state, search, reports, backups: the workspace as a whole. */
export function describeWorkspaceMethods(s: SpecState) {
  describe('the workspace', () => {
    it('tells its version, schema and where it lives (never a password)', async () => {
      const info = await s.t.client.call('app.info', {});
      expect(info.schemaVersion).toBeGreaterThanOrEqual(60);
      expect(info.databasePath).toMatch(s.t.engine === 'SQLite' ? /\.db$/ : /^postgres:\/\/[^:@/]+@[^/]+:\d+\/\w+$/);
    });

    it('keeps settings, and refuses an unknown scale or a bad URL', async () => {
      const settings = await s.t.client.call('settings.update', { patch: { reviewer: 'Léa Martin', organisation: 'Desk' } });
      expect(settings).toMatchObject({ reviewer: 'Léa Martin', organisation: 'Desk', organisationUrl: '', reviewUrl: '' });
      expect(await s.t.client.call('settings.get', {})).toEqual(settings);
      await expectRefusals(s.t, [
        ['settings.update', { patch: { scaleId: 'no-such-scale' } }, 'invalid-input'],
        ['settings.update', { patch: { organisationUrl: 'ftp://x' } }, 'invalid-input'],
        ['settings.update', { patch: { reviewUrl: 'javascript:alert(1)/{slug}' } }, 'invalid-input'],
        ['settings.update', { patch: { reviewUrl: 'factcheck.example/{slug}' } }, 'invalid-input'],
        ['settings.get', { key: 'reviewer' }, 'invalid-input'],
      ]);
    });

    it('refuses ClaimReview without the organisation\'s address and the review address, naming both, then writes it with every required property', async () => {
      const refused = await s.t.client.try('reports.export', { articleId: s.articleId, format: 'claimreview' });
      expect(refused.ok).toBe(false);
      if (!refused.ok) {
        expect(refused.error).toMatchObject({ code: 'settings-required', details: { missing: ['organisationUrl', 'reviewUrl'] }, messageCode: 'errors.claimReview.missing' });
        expect(refused.error.message).toBe('ClaimReview needs the organisation’s web address and the address where the fact-check is published first.');
      }
      // Given on the export only: written, and Settings unchanged.
      const once = await s.t.client.call('reports.export', { articleId: s.articleId, format: 'claimreview', organisationUrl: 'https://desk.example', reviewUrl: 'https://desk.example/checks/{slug}#{claim}' });
      expect(once.text).toContain('https://desk.example/checks/');
      expect((await s.t.client.call('settings.get', {})).reviewUrl).toBe('');
      const settings = await s.t.client.call('settings.update', { patch: { organisationUrl: 'https://desk.example', reviewUrl: 'https://desk.example/checks/{article}' } });
      expect(settings).toMatchObject({ organisationUrl: 'https://desk.example', reviewUrl: 'https://desk.example/checks/{article}' });
      const doc = JSON.parse((await s.t.client.call('reports.export', { articleId: s.articleId, format: 'claimreview' })).text!) as { '@graph': Record<string, unknown>[] };
      const review = doc['@graph'].find((r) => r.claimReviewed === 'Kim : la Russie, « priorité absolue »');
      expect(review, JSON.stringify(doc).slice(0, 500)).toBeDefined();
      expect(review).toMatchObject({
        '@type': 'ClaimReview',
        url: expect.stringMatching(new RegExp(`^https://desk\\.example/checks/${s.articleId}#claim-\\d+$`)),
        author: { '@type': 'Organization', name: 'Desk', url: 'https://desk.example' },
        reviewRating: { alternateName: expect.any(String) },
      });
    });

    it('saves a newsroom scale, uses it, and refuses to drop a verdict claims carry', async () => {
      const scales = await s.t.client.call('verdicts.scales', {});
      expect(scales.presets.length).toBeGreaterThan(0);
      expect(await s.t.client.call('verdicts.saveCustom', { scale: SCALE })).toEqual(SCALE);
      await s.t.client.call('settings.update', { patch: { scaleId: SCALE.id } });
      expect((await s.t.client.call('verdicts.scale', {})).id).toBe(SCALE.id);
      await s.t.client.call('claims.update', { id: s.claimId, patch: { verdict: 'right' } });
      await expectRefusals(s.t, [
        ['verdicts.saveCustom', { scale: { ...SCALE, verdicts: [SCALE.verdicts[0], { ...SCALE.verdicts[1], id: 'other' }] } }, 'conflict'],
        ['verdicts.saveCustom', { scale: { ...SCALE, id: 'preset' } }, 'invalid-input'],
        ['claims.update', { id: s.claimId, patch: { verdict: 'verified' } }, 'invalid-input'],
        ['verdicts.scale', { id: 'x' }, 'invalid-input'],
        ['verdicts.scales', { all: 1 }, 'invalid-input'],
      ]);
    });

    it('remembers where the user left the desk, and refuses a bad theme', async () => {
      const state = await s.t.client.call('ui.saveState', { patch: { lastArticleId: s.articleId, scroll: { articleId: s.articleId, top: 120.4 }, theme: 'dark' } });
      expect(state).toMatchObject({ lastArticleId: s.articleId, theme: 'dark', scroll: { [s.articleId]: 120 } });
      expect(await s.t.client.call('ui.state', {})).toEqual(state);
      await expectRefusals(s.t, [
        ['ui.saveState', { patch: { theme: 'pink' } }, 'invalid-input'],
        ['ui.state', { theme: 'dark' }, 'invalid-input'],
      ]);
    });

    it('finds what the user types as they type it, and takes hostile queries as words', async () => {
      const hits = await s.t.client.call('search.query', { q: 'priorité abso' });
      expect(hits.some((h) => h.kind === 'claim' && h.articleId === s.articleId)).toBe(true);
      expect(hits.some((h) => h.kind === 'article' && h.id === s.articleId)).toBe(true);
      expect(hits.every((h) => h.snippet.includes('\uE000'))).toBe(true);
      for (const q of ['") OR 1=1 --', "'; DROP TABLE claims; --", 'a:* & !b | (c', '\\', '"', '']) {
        expect(await s.t.client.call('search.query', { q })).toEqual(expect.any(Array));
      }
      await expectRefusals(s.t, [['search.query', { q: 'x', limit: 0 }, 'invalid-input']]);
    });

    it('exports every report format but PDF here, and refuses an unknown article or format', async () => {
      for (const format of ['html', 'md', 'csv', 'json', 'claimreview', 'docx'] as const) {
        const r = await s.t.client.call('reports.export', { articleId: s.articleId, format });
        expect(r.filename.length, format).toBeGreaterThan(5);
      }
      await expectRefusals(s.t, [
        ['reports.export', { articleId: NO_SUCH_ID, format: 'html' }, 'not-found'],
        ['reports.export', { articleId: s.articleId, format: 'rtf' }, 'invalid-input'],
        ['reports.export', { articleId: s.articleId, format: 'pdf' }, 'export-failed'],
      ]);
    });

    it('keeps backups of a workspace file, restores one, exports the file; a database server refuses, naming why', async () => {
      if (s.t.engine === 'SQLite') {
        const made = await s.t.client.call('backups.create', {});
        expect((await s.t.client.call('backups.list', {})).map((b) => b.name)).toContain(made.name);
        const restored = await s.t.client.call('backups.restore', { name: made.name });
        expect(restored.restored.name).toBe(made.name);
        expect((await s.t.client.call('workspace.export', {})).filename).toMatch(/\.db$/);
        await expectRefusals(s.t, [['backups.restore', { name: 'factbench.2020-01-01T00-00-00-000Z.manual.db' }, 'not-found']]);
      } else {
        await expectRefusals(s.t, [
          ['backups.list', {}, 'database'],
          ['backups.create', {}, 'database'],
          ['backups.restore', { name: 'factbench.2020-01-01T00-00-00-000Z.manual.db' }, 'database'],
          ['workspace.export', {}, 'database'],
        ]);
      }
      await expectRefusals(s.t, [['backups.restore', { name: '../../etc/passwd' }, 'invalid-input']]);
    });
  });
}
