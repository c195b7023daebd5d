import type { Page } from '@playwright/test';
import { clickBefore, selectWords } from './editor-pointer';
import { claimsList, expect, saved, test } from './desk-fixture';

/**
 * Issue 15, point 2: merging claims with different speakers or verdicts asks
 * which to keep (none by default, and says so); splitting re-attributes each
 * part from its own words; the occurrence line says what it counts.
 */
interface Words {
  list: string;
  verdict: string;
  verified: string;
  falseLabel: string;
  merge: string;
  mergeDialog: string;
  saidBy: string;
  verdictGroup: string;
  mergeSubmit: string;
  kept: RegExp;
  occurrences: RegExp;
  split: string;
  speaker: string;
  filters: RegExp;
}

const EN: Words = {
  list: 'Claims',
  verdict: 'Verdict',
  verified: 'Verified',
  falseLabel: 'False',
  merge: 'Merge claims',
  mergeDialog: 'Merge claims',
  saidBy: 'Said by',
  verdictGroup: 'Verdict',
  mergeSubmit: 'Merge',
  kept: /Claims merged: said by Kim Jong Un; verdict: none\./,
  occurrences: /Highlighted in 2 places in the text\./,
  split: 'Split claim',
  speaker: 'Speaker',
  filters: /Filters/,
};

const FR: Words = {
  list: 'Affirmations',
  verdict: 'Verdict',
  verified: 'Vérifié',
  falseLabel: 'Faux',
  merge: 'Fusionner les affirmations',
  mergeDialog: 'Fusionner les affirmations',
  saidBy: 'Dite par',
  verdictGroup: 'Verdict',
  mergeSubmit: 'Fusionner',
  kept: /Affirmations fusionnées\u00a0: dite par Kim Jong Un\u202f; verdict\u00a0: aucun\./,
  occurrences: /Surlignée à 2 endroits du texte\./,
  split: 'Scinder l’affirmation',
  speaker: 'Auteur',
  filters: /Filtres/,
};

/** Kim's «Je pense…» (False) and Putin's «Nous discuterons…» (Verified), Kim's selected and Putin's words selected in the text. */
async function kimAndPutinSelected(page: Page, w: Words): Promise<void> {
  const list = claimsList(page, w.list);
  await list.getByRole('option', { name: /Nous discuterons de tous les sujets/ }).click();
  await page.getByLabel(w.verdict, { exact: true }).selectOption({ label: w.verified });
  await saved(page);
  await list.getByRole('option', { name: /Je pense que ma rencontre/ }).click();
  await page.getByLabel(w.verdict, { exact: true }).selectOption({ label: w.falseLabel });
  await saved(page);
  await selectWords(page, 'Nous discuterons de tous les sujets');
  await page.getByRole('button', { name: w.merge }).click();
}

async function mergeAndSplit(page: Page, w: Words, shot: (name: string) => Promise<void>): Promise<void> {
  await kimAndPutinSelected(page, w);
  const dialog = page.getByRole('dialog', { name: w.mergeDialog });
  const speakers = dialog.getByRole('group', { name: w.saidBy });
  await expect(speakers.getByRole('radio')).toHaveCount(3);
  await expect(speakers.getByRole('radio', { name: 'Kim Jong Un' })).toBeVisible();
  await expect(speakers.getByRole('radio', { name: 'Vladimir Poutine' })).toBeVisible();
  // Nothing is kept unless chosen.
  await expect(speakers.getByRole('radio', { checked: true })).not.toHaveAccessibleName(/Kim|Poutine/);
  await expect(dialog.getByRole('group', { name: w.verdictGroup }).getByRole('radio', { checked: true })).not.toHaveAccessibleName(new RegExp(`${w.falseLabel}|${w.verified}`));
  await shot('merge-dialog');
  await speakers.getByRole('radio', { name: 'Kim Jong Un' }).check();
  await dialog.getByRole('button', { name: w.mergeSubmit, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(w.kept);
  await expect(page.getByLabel(w.speaker, { exact: true })).toHaveValue('Kim Jong Un');
  await expect(page.getByLabel(w.verdict, { exact: true })).toHaveValue('');
  await expect(page.getByText(w.occurrences)).toBeVisible();

  // Split inside Putin's words: that part is Putin's again, and the «Said by» filter knows him.
  await clickBefore(page, 'Nous avons le temps');
  await page.getByRole('button', { name: w.split }).click();
  await saved(page);
  await expect(page.locator('.claim-quote')).toHaveText(/^Nous avons le temps», a dit pour sa part M\. Poutine/);
  await expect(page.getByLabel(w.speaker, { exact: true })).toHaveValue('Vladimir Poutine');
  await page.getByRole('button', { name: w.filters }).click();
  await expect(page.getByLabel(w.saidBy).getByRole('option', { name: /Vladimir Poutine/ })).toHaveCount(1);
  await shot('split');
}

test.describe('merge and split keep who said what', () => {
  test('in English: the merge asks, keeps what was chosen, and a split gives Putin his words back', async ({ page, desk }) => {
    await mergeAndSplit(page, EN, desk.shot);
    expect(desk.errors).toEqual([]);
  });

  test('a merge where nothing is chosen keeps no speaker and no verdict, and says so', async ({ page, desk }) => {
    await kimAndPutinSelected(page, EN);
    const dialog = page.getByRole('dialog', { name: EN.mergeDialog });
    await dialog.getByRole('button', { name: EN.mergeSubmit, exact: true }).click();
    await expect(page.getByRole('status')).toHaveText(/Claims merged: said by nobody; verdict: none\./);
    await expect(page.getByLabel(EN.speaker, { exact: true })).toHaveValue('');
    expect(desk.errors).toEqual([]);
  });

  test('a verdict only one of the claims has is asked too; not kept, it stays as history and the merged claim needs a re-check', async ({ page, desk }) => {
    const list = claimsList(page, EN.list);
    await list.getByRole('option', { name: /Je pense que ma rencontre/ }).click();
    await page.getByLabel(EN.verdict, { exact: true }).selectOption({ label: EN.falseLabel });
    await saved(page);
    await selectWords(page, 'Nous discuterons de tous les sujets');
    await page.getByRole('button', { name: EN.merge }).click();
    const dialog = page.getByRole('dialog', { name: EN.mergeDialog });
    const verdicts = dialog.getByRole('group', { name: EN.verdictGroup });
    await expect(verdicts.getByRole('radio')).toHaveCount(2);
    await expect(verdicts.getByRole('radio', { checked: true })).not.toHaveAccessibleName(new RegExp(EN.falseLabel));
    await dialog.getByRole('button', { name: EN.mergeSubmit, exact: true }).click();
    await expect(page.getByRole('status')).toHaveText(/verdict: none\./);
    const recheck = page.getByRole('region', { name: /Needs re-check/ });
    await expect(recheck).toBeVisible();
    await expect(recheck).toContainText(EN.falseLabel);
    expect(desk.errors).toEqual([]);
  });

  test.describe('en français', () => {
    test.use({ locale: 'fr-FR' });
    test('la fusion demande quoi garder, et la scission rend ses mots à Poutine', async ({ page, desk }) => {
      await mergeAndSplit(page, FR, desk.shot);
      expect(desk.errors).toEqual([]);
    });
  });
});
