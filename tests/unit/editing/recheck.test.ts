import { autoSummary } from '../../../src/core/claim-summary';
import { wordEvent } from '../../../src/core/history';
import fs from 'node:fs';
import mammoth from 'mammoth';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wordingDiff } from '../../../src/core/anchoring/wording';
import { referenceArticlePath } from '../../helpers/paths';
import { claimOn, deskWithReferenceArticle, editedText, type Desk } from './helpers';

const KIM = '«Je pense que ma rencontre avec le président Poutine sera un tremplin pour des relations bilatérales plus étroites», a encore déclaré Kim.';
const KIM_V2 = '«Je crois que ma visite avec le président Poutine sera un tremplin pour des relations bilatérales plus étroites», a encore déclaré Kim.';
const LEAD = 'Le dirigeant nord-coréen Kim Jong Un a déclaré mercredi';
const ADDED = 'Le Kremlin a annoncé jeudi que 45 accords seraient signés avant la fin de l’année.';

/** The reference story with Kim's «tremplin» reworded and one sentence added before the lead. */
function secondVersion(): string {
  return fs
    .readFileSync(referenceArticlePath, 'utf8')
    .replace('Je pense que ma rencontre', 'Je crois que ma visite')
    .replace(LEAD, `${ADDED} ${LEAD}`);
}

describe('a new version never carries a verdict onto changed words', () => {
  let desk: Desk;
  beforeEach(async () => {
    desk = await deskWithReferenceArticle();
  });
  afterEach(() => desk.cleanup());

  it('sends a claim whose words changed back to Needs re-check, keeping its verdict and words as history', async () => {
    const kim = await claimOn(desk, KIM);
    const lead = await claimOn(desk, `${LEAD} que son pays ferait des liens bilatéraux avec la Russie sa «priorité absolue»`);
    await desk.client.call('claims.update', { id: kim.id, patch: { verdict: 'false', rationale: 'No such meeting planned.' } });
    await desk.client.call('claims.update', { id: lead.id, patch: { verdict: 'verified' } });

    const report = await desk.client.call('editing.updateText', { articleId: desk.article.id, text: secondVersion() });
    expect(report.recheck).toEqual([kim.id]);

    const after = await desk.client.call('claims.get', { id: kim.id });
    expect(after.text).toBe(KIM_V2);
    expect(after.verdict).toBeNull();
    expect(after.status).toBe('in-progress');
    expect(after.rationale).toBe('No such meeting planned.');
    expect(after.recheck).toMatchObject({ previousText: KIM, previousVerdict: 'false' });
    // The lead only moved (a sentence was added before it): it keeps its words and its verdict.
    const leadAfter = await desk.client.call('claims.get', { id: lead.id });
    expect(report.entries.find((e) => e.claimId === lead.id)?.status).toBe('moved');
    expect(leadAfter).toMatchObject({ verdict: 'verified', recheck: null, text: lead.text });

    const history = await desk.client.call('claims.history', { id: kim.id });
    expect(wordEvent(history.at(-1)!.changes, 'en')).toMatch(/Verdict: False → —.*Needs re-check/);

    // Confirming the verdict for the new words ends the re-check; the history says so.
    const confirmed = await desk.client.call('claims.update', { id: kim.id, patch: { verdict: 'false' } });
    expect(confirmed).toMatchObject({ verdict: 'false', status: 'checked', recheck: null, text: KIM_V2 });
    expect(wordEvent((await desk.client.call('claims.history', { id: kim.id })).at(-1)!.changes, 'en')).toMatch(/Re-checked/);
  });

  it('offers the sentences new in the version as suggestions, as at import, and leaves old text alone', async () => {
    const kim = await claimOn(desk, KIM);
    const report = await desk.client.call('editing.updateText', { articleId: desk.article.id, text: secondVersion() });
    const claims = await desk.client.call('claims.list', { articleId: desk.article.id });
    expect(report.suggested?.map((s) => s.text)).toEqual([ADDED]);
    const added = claims.find((c) => c.id === report.suggested![0]!.claimId)!;
    expect(added).toMatchObject({ text: ADDED, review: 'suggested', origin: 'auto' });
    expect(added.reasons.length).toBeGreaterThan(0);
    // Nothing of the unchanged text became a claim (the desk had none there: each test marks its own),
    // and the reworded sentence is still the claim it was, not a new suggestion.
    expect(claims.map((c) => c.id).sort()).toEqual([kim.id, added.id].sort());
  });

  it('has one text of record, the same in every export format, and the reports show the re-check', async () => {
    const kim = await claimOn(desk, KIM);
    await desk.client.call('claims.update', { id: kim.id, patch: { verdict: 'false' } });
    // ClaimReview is written only once the newsroom says who publishes it and where.
    await desk.client.call('settings.update', { patch: { organisation: 'Vérif Suisse', organisationUrl: 'https://verif.example.ch', reviewUrl: 'https://verif.example.ch/{slug}' } });
    const { suggested } = await desk.client.call('editing.updateText', { articleId: desk.article.id, text: secondVersion() });
    // The report shows the claim reviewed, not the new suggestion.
    for (const s of suggested ?? []) await desk.client.call('claims.update', { id: s.claimId, patch: { review: 'dismissed' } });
    const exp = (format: 'html' | 'md' | 'csv' | 'json' | 'claimreview' | 'docx', language: 'en' | 'fr' = 'en') =>
      desk.client.call('reports.export', { articleId: desk.article.id, format, language });

    const html = (await exp('html')).text!;
    expect(html).toContain('Needs re-check');
    expect(html).toContain('Je crois que ma visite');
    // The old words appear only as what the verdict was given for, never under a verdict.
    expect(html).toMatch(/The words checked then:<\/p><blockquote[^>]*>«Je pense que ma rencontre/);
    expect(html).not.toMatch(/class="badge tone-false"/);
    expect((await exp('md')).text!).toContain('Needs re-check');
    expect((await exp('html', 'fr')).text!).toContain('À revérifier');

    const csv = Papa.parse<Record<string, string>>((await exp('csv')).text!.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(csv.map((r) => [r.claim_text, r.verdict_id, r.verdict])).toEqual([[KIM_V2, '', 'Needs re-check']]);
    const json = JSON.parse((await exp('json')).text!) as { claims: { text: string; verdict: string | null; recheck: { previousText: string } }[] };
    expect(json.claims.map((c) => [c.text, c.verdict, c.recheck.previousText])).toEqual([[KIM_V2, null, KIM]]);
    // Nothing to publish while it needs a re-check.
    expect(JSON.parse((await exp('claimreview')).text!)['@graph']).toEqual([]);
    const docx = await mammoth.extractRawText({ buffer: Buffer.from((await exp('docx')).base64!, 'base64') });
    expect(docx.value).toContain('Needs re-check');
    expect(docx.value).toContain('Je crois que ma visite');

    // Re-checked: every format shows the new words under the verdict.
    await desk.client.call('claims.update', { id: kim.id, patch: { verdict: 'false' } });
    const checked = Papa.parse<Record<string, string>>((await exp('csv')).text!.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(checked.map((r) => [r.claim_text, r.verdict_id])).toEqual([[KIM_V2, 'false']]);
    const review = JSON.parse((await exp('claimreview')).text!)['@graph'] as { claimReviewed: string }[];
    // ClaimReview's claimReviewed is the short summary made from the text of record (publishing's), so from the new words.
    expect(review).toHaveLength(1);
    expect(review[0]!.claimReviewed).toBe(autoSummary(KIM_V2));
    expect(review[0]!.claimReviewed).toContain('Je crois que ma visite');
    expect((await exp('html')).text!).toMatch(/<mark>«Je crois que ma visite/);
  });

  it('also asks for a re-check when the words are edited in the editor, not when only spaces change', async () => {
    const kim = await claimOn(desk, KIM);
    await desk.client.call('claims.update', { id: kim.id, patch: { verdict: 'false' } });
    const claims = await desk.client.call('claims.list', { articleId: desk.article.id });
    const at = desk.article.body.indexOf('pense');
    const saved = await desk.client.call('editing.saveText', editedText(desk.article, claims, at, 'pense'.length, 'crois'));
    expect(saved.claims.map((c) => [c.id, c.verdict, c.recheck?.previousVerdict])).toEqual([[kim.id, null, 'false']]);
  });
});

describe('the wording diff shown beside a re-check', () => {
  it('marks the words removed and added, and keeps the rest', () => {
    const segments = wordingDiff(KIM, KIM_V2);
    expect(segments.filter((s) => s.kind === 'removed').map((s) => s.text)).toEqual(['pense', 'rencontre']);
    expect(segments.filter((s) => s.kind === 'added').map((s) => s.text)).toEqual(['crois', 'visite']);
    expect(segments.filter((s) => s.kind !== 'added').map((s) => s.text).join('')).toBe(KIM);
    expect(segments.filter((s) => s.kind !== 'removed').map((s) => s.text).join('')).toBe(KIM_V2);
  });
});
