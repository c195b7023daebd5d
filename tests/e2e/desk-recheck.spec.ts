import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { referenceText } from './desk-helpers';
import { claimsList, expect, saved, test } from './desk-fixture';

/**
 * Issue 15, point 1: a new version of the article never carries a verdict
 * onto changed words. The claim goes back to Needs re-check (list, panel with
 * the two wordings and the change marked, reports) until someone confirms or
 * changes the verdict; new sentences are offered as suggestions.
 */
const ADDED = 'Le Kremlin a annoncé jeudi que 45 accords seraient signés avant la fin de l’année.';
const LEAD = 'Le dirigeant nord-coréen Kim Jong Un a déclaré mercredi';
const secondVersion = () => referenceText().replace('Je pense que ma rencontre', 'Je crois que ma visite').replace(LEAD, `${ADDED} ${LEAD}`);

interface Words {
  list: string;
  verdict: string;
  falseLabel: string;
  update: RegExp;
  updateDialog: RegExp;
  newVersion: string;
  updateButton: string;
  chip: string;
  before: string;
  now: string;
  confirm: string;
  summaryRecheck: RegExp;
  summarySuggested: RegExp;
  filters: RegExp;
  progressIs: string;
  exportButton: string;
  exportDialog: string;
  exportSubmit: string;
  status: string;
  checked: string;
}

const EN: Words = {
  list: 'Claims',
  verdict: 'Verdict',
  falseLabel: 'False',
  update: /^Update article text$/,
  updateDialog: /^Update article text$/,
  newVersion: 'New version',
  updateButton: 'Update',
  chip: 'Needs re-check',
  before: 'Words checked then',
  now: 'Words now',
  confirm: 'Confirm «False» for the new words',
  summaryRecheck: /1 claim needs a re-check/,
  summarySuggested: /1 new sentence suggested as a claim/,
  filters: /Filters/,
  progressIs: 'Progress is',
  exportButton: 'Export report',
  exportDialog: 'Export report',
  exportSubmit: 'Export',
  status: 'Status',
  checked: 'Checked',
};

const FR: Words = {
  list: 'Affirmations',
  verdict: 'Verdict',
  falseLabel: 'Faux',
  update: /^Mettre à jour le texte$/,
  updateDialog: /^Mettre à jour le texte de l’article$/,
  newVersion: 'Nouvelle version',
  updateButton: 'Mettre à jour',
  chip: 'À revérifier',
  before: 'Mots vérifiés alors',
  now: 'Mots actuels',
  confirm: 'Confirmer «\u00a0Faux\u00a0» pour les nouveaux mots',
  summaryRecheck: /1 affirmation est à revérifier/,
  summarySuggested: /1 nouvelle phrase suggérée comme affirmation/,
  filters: /Filtres/,
  progressIs: 'Avancement',
  exportButton: 'Exporter le rapport',
  exportDialog: 'Exporter le rapport',
  exportSubmit: 'Exporter',
  status: 'Statut',
  checked: 'Vérifiée',
};

async function recheckFlow(page: Page, w: Words, shot: (name: string) => Promise<void>): Promise<string> {
  const list = claimsList(page, w.list);
  await list.getByRole('option', { name: /Je pense que ma rencontre/ }).click();
  await page.getByLabel(w.verdict, { exact: true }).selectOption({ label: w.falseLabel });
  await saved(page);

  await page.getByRole('button', { name: w.update }).click();
  const dialog = page.getByRole('dialog', { name: w.updateDialog });
  await dialog.getByLabel(w.newVersion).fill(secondVersion());
  await dialog.getByRole('button', { name: w.updateButton, exact: true }).click();
  await expect(dialog).toBeHidden();

  // The summary says which claim needs a re-check and which sentence is new.
  await expect(page.getByText(w.summaryRecheck)).toBeVisible();
  await expect(page.getByText(w.summarySuggested)).toBeVisible();
  await expect(page.getByRole('button', { name: ADDED })).toBeVisible();

  // The list says it, and the panel shows the two wordings with what changed marked.
  const option = list.getByRole('option', { name: /Je crois que ma visite/ });
  await expect(option).toContainText(w.chip);
  await option.click();
  await expect(page.getByRole('heading', { name: w.chip })).toBeVisible();
  // The words checked then carry the verdict they were given.
  await expect(page.locator('figcaption', { hasText: w.before })).toContainText(w.falseLabel);
  await expect(page.locator('figcaption', { hasText: w.now })).toBeVisible();
  await expect(page.getByTestId('recheck-before').locator('del')).toHaveText([/pense/, /rencontre/]);
  await expect(page.getByTestId('recheck-now').locator('ins')).toHaveText([/crois/, /visite/]);
  await expect(page.getByLabel(w.verdict, { exact: true })).toHaveValue('');
  await shot('panel');

  // Only that claim when the list is filtered by it.
  await page.getByRole('button', { name: w.filters }).click();
  await page.getByLabel(w.progressIs).selectOption({ label: w.chip });
  await expect(list.getByRole('option')).toHaveCount(1);
  await page.getByLabel(w.progressIs).selectOption({ index: 0 });
  await page.getByRole('button', { name: w.filters }).click();

  // The report says it too.
  await page.getByRole('button', { name: w.exportButton }).click();
  const exportDialog = page.getByRole('dialog', { name: w.exportDialog });
  const download = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: w.exportSubmit, exact: true }).click();
  const report = fs.readFileSync((await (await download).path())!, 'utf8');

  // Confirming the verdict for the new words ends the re-check.
  await page.getByRole('button', { name: w.confirm }).click();
  await saved(page);
  await expect(page.getByRole('heading', { name: w.chip })).toBeHidden();
  await expect(list.getByRole('option', { name: /Je crois que ma visite/ })).not.toContainText(w.chip);
  await expect(page.getByLabel(w.verdict, { exact: true })).toHaveValue('false');
  await expect(page.getByLabel(w.status, { exact: true }).locator('option:checked')).toHaveText(w.checked);
  return report;
}

test.describe('a new version never carries a verdict onto changed words', () => {
  test('in English: Needs re-check in the list, the panel and the report, until the verdict is confirmed', async ({ page, desk }) => {
    const report = await recheckFlow(page, EN, desk.shot);
    // The article is French, so the report is too; it shows the new words, and the old ones only as what was checked then.
    expect(report).toContain('À revérifier');
    expect(report).toContain('Je crois que ma visite');
    expect(report).toMatch(/Les mots vérifiés alors\u00a0:<\/p><blockquote[^>]*>«Je pense que ma rencontre/);
    expect(desk.errors).toEqual([]);
  });

  test.describe('en français', () => {
    test.use({ locale: 'fr-FR' });
    test('«\u00a0À revérifier\u00a0» dans la liste, le panneau et le rapport, jusqu’à ce que le verdict soit confirmé', async ({ page, desk }) => {
      const report = await recheckFlow(page, FR, desk.shot);
      expect(report).toContain('À revérifier');
      expect(desk.errors).toEqual([]);
    });
  });
});
