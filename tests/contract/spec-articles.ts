import { describe, expect, it } from 'vitest';
import { expectRefusals, NO_SUCH_ID, NOT_A_UUID, type SpecState } from './spec-support';

const STORY = 'Le ministre Jean Dupont a déclaré que le budget augmentera de 12 % en 2025.\n\nSelon l\'Insee, le chômage a baissé de 0,3 point au premier trimestre.';

/** articles.*, claims.*, speakers.*, labels.list: each answered, each refused. */
export function describeArticleAndClaimMethods(s: SpecState) {
  describe('articles', () => {
    it('updates an article\'s metadata, records it, and refuses a missing article or a bad patch', async () => {
      const meta = await s.t.client.call('articles.updateMeta', { id: s.articleId, patch: { outlet: 'ATS (agence)', byline: 'Rédaction' } });
      expect(meta).toMatchObject({ outlet: 'ATS (agence)', byline: 'Rédaction' });
      expect((await s.t.client.call('articles.get', { id: s.articleId })).meta.outlet).toBe('ATS (agence)');
      await expectRefusals(s.t, [
        ['articles.updateMeta', { id: NO_SUCH_ID, patch: { outlet: 'x' } }, 'not-found'],
        ['articles.updateMeta', { id: NOT_A_UUID, patch: { outlet: 'x' } }, 'not-found'],
        ['articles.updateMeta', { id: s.articleId, patch: { url: 'javascript:alert(1)' } }, 'invalid-input'],
        ['articles.updateMeta', { id: s.articleId, patch: { colour: 'red' } }, 'invalid-input'],
        ['articles.get', { id: NO_SUCH_ID }, 'not-found'],
        ['articles.get', { id: NOT_A_UUID }, 'not-found'],
        ['articles.list', { page: 2 }, 'invalid-input'],
      ]);
    });

    it('imports a second article, lists both newest first, deletes it with its claims, and refuses to delete it twice', async () => {
      const { articleId, claims } = await s.t.client.call('articles.import', { text: STORY, language: 'fr' });
      expect(claims).toBeGreaterThan(0);
      expect((await s.t.client.call('articles.list', {})).map((a) => a.id)).toEqual([articleId, s.articleId]);
      const itsClaims = await s.t.client.call('claims.list', { articleId });
      expect(await s.t.client.call('articles.delete', { id: articleId })).toEqual({ deleted: true });
      expect((await s.t.client.call('articles.list', {})).map((a) => a.id)).toEqual([s.articleId]);
      await expectRefusals(s.t, [
        ['articles.delete', { id: articleId }, 'not-found'],
        ['articles.delete', { id: NOT_A_UUID }, 'not-found'],
        ['claims.get', { id: itsClaims[0]!.id }, 'not-found'],
        ['claims.list', { articleId }, 'not-found'],
        ['articles.import', { text: '   \n  ' }, 'import-failed'],
        ['articles.import', { file: { name: 'x.txt', dataBase64: '!!not base64!!' } }, 'invalid-input'],
      ]);
    });
  });

  describe('claims', () => {
    it('marks a claim from a selection, lists it in order, and refuses a range outside the text', async () => {
      const article = await s.t.client.call('articles.get', { id: s.articleId });
      const start = article.body.indexOf('tremplin');
      const claim = await s.t.client.call('claims.create', { articleId: s.articleId, start, end: start + 'tremplin'.length });
      expect(claim).toMatchObject({ text: 'tremplin', origin: 'manual', review: 'accepted', articleId: s.articleId });
      expect((await s.t.client.call('claims.list', { articleId: s.articleId })).some((c) => c.id === claim.id)).toBe(true);
      await expectRefusals(s.t, [
        ['claims.create', { articleId: s.articleId, start: 0, end: article.body.length + 1 }, 'invalid-input'],
        ['claims.create', { articleId: NO_SUCH_ID, start: 0, end: 5 }, 'not-found'],
        ['claims.list', { articleId: NOT_A_UUID }, 'not-found'],
        ['claims.get', { id: NOT_A_UUID }, 'not-found'],
        ['claims.history', { id: NO_SUCH_ID }, 'not-found'],
      ]);
    });

    it('tags, assigns and dismisses a claim, and its history says so', async () => {
      const updated = await s.t.client.call('claims.update', { id: s.claimId, patch: { tags: ['Corée', 'armes'], assignee: 'Léa' } });
      expect(updated).toMatchObject({ tags: ['Corée', 'armes'], assignee: 'Léa' });
      const history = await s.t.client.call('claims.history', { id: s.claimId });
      expect(history.length).toBeGreaterThanOrEqual(2);
      expect(history.every((h) => typeof h.at === 'string' && h.actor === 'tester')).toBe(true);
      // Text no engine can store as is (a NUL, a lone surrogate) is kept around a replacement character, the same on both.
      const odd = await s.t.client.call('claims.update', { id: s.claimId, patch: { rationale: 'avant\u0000milieu\uD800après' } });
      expect(odd.rationale).toBe('avant\uFFFDmilieu\uFFFDaprès');
      expect((await s.t.client.call('claims.get', { id: s.claimId })).rationale).toBe('avant\uFFFDmilieu\uFFFDaprès');
      const labels = await s.t.client.call('labels.list', {});
      expect(labels.tags).toEqual(expect.arrayContaining([{ name: 'Corée', claims: 1 }, { name: 'armes', claims: 1 }]));
      expect(labels.assignees).toEqual(['Léa']);
      await expectRefusals(s.t, [
        ['claims.update', { id: s.claimId, patch: { tags: 'armes' } }, 'invalid-input'],
        ['claims.update', { id: s.claimId, patch: { status: 'done' } }, 'invalid-input'],
        ['labels.list', { all: true }, 'invalid-input'],
      ]);
    });
  });

  describe('a claim\'s short summary', () => {
    it('keeps an edited summary (spaces folded), refuses one over 75 characters, and goes back to the automatic one', async () => {
      const edited = await s.t.client.call('claims.update', { id: s.claimId, patch: { summary: '  Kim :  la Russie,\n« priorité absolue »  ' } });
      expect(edited.summary).toBe('Kim : la Russie, « priorité absolue »');
      expect((await s.t.client.call('claims.get', { id: s.claimId })).summary).toBe('Kim : la Russie, « priorité absolue »');
      const other = (await s.t.client.call('claims.list', { articleId: s.articleId })).find((c) => c.id !== s.claimId)!;
      expect(other.summary).toBeNull();
      await expectRefusals(s.t, [
        ['claims.update', { id: s.claimId, patch: { summary: 'x'.repeat(76) } }, 'invalid-input'],
        ['claims.update', { id: s.claimId, patch: { summary: 42 } }, 'invalid-input'],
      ]);
      expect((await s.t.client.call('claims.update', { id: other.id, patch: { summary: 'Une phrase à part' } })).summary).toBe('Une phrase à part');
      expect((await s.t.client.call('claims.update', { id: other.id, patch: { summary: '   ' } })).summary).toBeNull();
      expect((await s.t.client.call('claims.update', { id: other.id, patch: { summary: 'Une phrase à part' } })).summary).toBe('Une phrase à part');
      expect((await s.t.client.call('claims.update', { id: other.id, patch: { summary: null } })).summary).toBeNull();
    });
  });

  describe('speakers', () => {
    it('lists the article\'s speakers, renames one on every claim, and refuses a name nobody has', async () => {
      const speakers = await s.t.client.call('speakers.list', { articleId: s.articleId });
      expect(speakers.length).toBeGreaterThan(0);
      const [first] = speakers;
      const renamed = await s.t.client.call('speakers.rename', { articleId: s.articleId, from: first!.name, to: `${first!.name} (vérifié)` });
      expect(renamed).toEqual({ changed: first!.claims });
      expect((await s.t.client.call('speakers.list', { articleId: s.articleId })).map((x) => x.name)).toContain(`${first!.name} (vérifié)`);
      await expectRefusals(s.t, [
        ['speakers.rename', { articleId: s.articleId, from: 'Personne du tout', to: 'X' }, 'not-found'],
        ['speakers.rename', { articleId: NO_SUCH_ID, from: 'A', to: 'B' }, 'not-found'],
        ['speakers.list', { articleId: NOT_A_UUID }, 'not-found'],
      ]);
    });

    it('keeps whether a speaker is a person or an organisation, with the words that attribute it; a speaker chosen by hand takes the kind the article knows', async () => {
      const { articleId } = await s.t.client.call('articles.import', { text: STORY, language: 'fr' });
      const claims = await s.t.client.call('claims.list', { articleId });
      const dupont = claims.find((c) => c.speaker === 'Jean Dupont')!;
      const insee = claims.find((c) => c.speaker === 'Insee')!;
      expect(dupont).toMatchObject({ speakerKind: 'person', speakerEvidence: expect.stringContaining('a déclaré') });
      expect(insee).toMatchObject({ speakerKind: 'organisation', speakerEvidence: "Selon l'Insee" });
      const moved = await s.t.client.call('claims.update', { id: insee.id, patch: { speaker: 'Jean Dupont' } });
      expect(moved).toMatchObject({ speaker: 'Jean Dupont', speakerEvidence: null, speakerKind: 'person' });
      const typed = await s.t.client.call('claims.update', { id: insee.id, patch: { speaker: 'Office fédéral', speakerKind: 'organisation' } });
      expect((await s.t.client.call('claims.get', { id: typed.id })).speakerKind).toBe('organisation');
      await expectRefusals(s.t, [['claims.update', { id: insee.id, patch: { speakerKind: 'robot' } }, 'invalid-input']]);
      await s.t.client.call('articles.delete', { id: articleId });
    });
  });
}
