import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { referenceText } from './desk-helpers';
import { expect, saved, test } from './desk-fixture';

/**
 * Issue 15, point 3: articles a newsroom can manage. A pasted text keeps its
 * Source URL; every metadata field is editable; an article is deleted after a
 * confirmation and can be brought back; a story imported twice is named, with
 * the choice to open it, import a new version or import anyway; a corrections
 * log the report's Corrections section shows.
 */
const SHORT = 'Le chômage baisse en Suisse\n\nLe taux de chômage a baissé à 2,1 % en mars, a annoncé mardi le Secrétariat d’État à l’économie (SECO). Il était de 2,3 % un an plus tôt, selon le SECO.';

interface Words {
  importButton: string;
  importDialog: string;
  text: string;
  url: string;
  importSubmit: string;
  articles: string;
  details: string;
  title: string;
  kicker: string;
  outlet: string;
  byline: string;
  published: string;
  time: string;
  language: string;
  canonical: string;
  save: string;
  saved: string;
  publishedOn: RegExp;
  duplicateTitle: string;
  open: string;
  newVersion: string;
  anyway: string;
  delete: RegExp;
  deleteConfirm: string;
  deleted: RegExp;
  undo: string;
  corrections: string;
  correctionDate: string;
  correctionText: string;
  addCorrection: string;
  exportButton: string;
  exportDialog: string;
  exportSubmit: string;
  urlInvalid: string;
  close: string;
}

const EN: Words = {
  importButton: 'Import article',
  importDialog: 'Import article',
  text: 'Article text',
  url: 'Source URL',
  importSubmit: 'Import',
  articles: 'Articles',
  details: 'Article details',
  title: 'Title',
  kicker: 'Kicker',
  outlet: 'Outlet',
  byline: 'Byline',
  published: 'Published on',
  time: 'Time (published on)',
  language: 'Language',
  canonical: 'Canonical URL',
  save: 'Save details',
  saved: 'Article details saved.',
  publishedOn: /Published 2 Apr 2024|Published Apr 2, 2024/,
  duplicateTitle: 'Already in the workspace',
  open: 'Open the existing one',
  newVersion: 'Import as a new version',
  anyway: 'Import anyway',
  delete: /^Delete article/,
  deleteConfirm: 'Delete',
  deleted: /deleted\./,
  undo: 'Undo',
  corrections: 'Corrections log',
  correctionDate: 'Date of the correction',
  correctionText: 'What was corrected',
  addCorrection: 'Add to the log',
  exportButton: 'Export report',
  exportDialog: 'Export report',
  exportSubmit: 'Export',
  urlInvalid: 'Give an address that starts with http:// or https://.',
  close: 'Close',
};

const FR: Words = {
  importButton: 'Importer un article',
  importDialog: 'Importer un article',
  text: "Texte de l'article",
  url: 'URL source',
  importSubmit: 'Importer',
  articles: 'Articles',
  details: 'Détails de l’article',
  title: 'Titre',
  kicker: 'Surtitre',
  outlet: 'Média',
  byline: 'Signature',
  published: 'Publié le',
  time: 'Heure (publié le)',
  language: 'Langue',
  canonical: 'URL canonique',
  save: 'Enregistrer les détails',
  saved: 'Détails de l’article enregistrés.',
  publishedOn: /Publié le 2 avr\. 2024/,
  duplicateTitle: 'Déjà dans l’espace de travail',
  open: 'Ouvrir l’existant',
  newVersion: 'Importer comme nouvelle version',
  anyway: 'Importer quand même',
  delete: /^Supprimer l’article/,
  deleteConfirm: 'Supprimer',
  deleted: /supprimé\./,
  undo: 'Annuler',
  corrections: 'Journal des corrections',
  correctionDate: 'Date de la correction',
  correctionText: 'Ce qui a été corrigé',
  addCorrection: 'Ajouter au journal',
  exportButton: 'Exporter le rapport',
  exportDialog: 'Exporter le rapport',
  exportSubmit: 'Exporter',
  urlInvalid: 'Donnez une adresse qui commence par http:// ou https://.',
  close: 'Fermer',
};

async function importText(page: Page, w: Words, text: string, url?: string) {
  await page.getByRole('button', { name: w.importButton }).click();
  const dialog = page.getByRole('dialog', { name: w.importDialog });
  await dialog.getByLabel(w.text).fill(text);
  if (url) await dialog.getByLabel(w.url).fill(url);
  await dialog.getByRole('button', { name: w.importSubmit, exact: true }).click();
  return dialog;
}

const articleItems = (page: Page, w: Words) => page.getByRole('list', { name: w.articles }).getByRole('listitem');

async function detailsAndCorrections(page: Page, w: Words, shot: (name: string) => Promise<void>): Promise<string> {
  const dialog = await importText(page, w, SHORT, 'https://www.example.org/chomage');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: w.details }).click();
  const details = page.getByRole('dialog', { name: w.details });
  // The Source URL given with the pasted text was kept.
  await expect(details.getByLabel(w.url, { exact: true })).toHaveValue('https://www.example.org/chomage');
  await details.getByLabel(w.title, { exact: true }).fill('Le chômage baisse à 2,1 %');
  await details.getByLabel(w.kicker).fill('Économie');
  await details.getByLabel(w.outlet).fill('ATS');
  await details.getByLabel(w.byline).fill('Rédaction');
  await details.getByLabel(w.published, { exact: true }).fill('2024-04-02');
  await details.getByLabel(w.time).fill('09:30');
  await details.getByLabel(w.language).selectOption('fr');
  await details.getByLabel(w.canonical).fill('ftp://example.org/x');
  await expect(details.getByText(w.urlInvalid)).toBeVisible();
  await expect(details.getByRole('button', { name: w.save })).toBeDisabled();
  await details.getByLabel(w.canonical).fill('https://example.org/chomage-canonique');
  await details.getByRole('button', { name: w.save }).click();
  await expect(page.getByRole('status')).toHaveText(w.saved);

  // The corrections log, filled by the user.
  const log = details.getByRole('region', { name: w.corrections });
  await log.getByLabel(w.correctionDate).fill('2024-04-03');
  await log.getByLabel(w.correctionText).fill('Le taux de mars a été corrigé : 2,1 % et non 2,2 %.');
  await log.getByRole('button', { name: w.addCorrection }).click();
  await expect(log.getByRole('listitem')).toHaveText([/Le taux de mars a été corrigé/]);
  await shot('details');
  await details.getByRole('button', { name: w.close, exact: true }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Le chômage baisse à 2,1 %');
  await expect(articleItems(page, w).first()).toContainText(w.publishedOn);
  await saved(page);

  await page.getByRole('button', { name: w.exportButton }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('dialog', { name: w.exportDialog }).getByRole('button', { name: w.exportSubmit, exact: true }).click();
  return fs.readFileSync((await (await download).path())!, 'utf8');
}

async function duplicateAndDelete(page: Page, w: Words, shot: (name: string) => Promise<void>): Promise<void> {
  await expect(articleItems(page, w)).toHaveCount(1);
  // The same story again: named, and nothing imported until the user chooses.
  let dialog = await importText(page, w, referenceText());
  const box = dialog.getByRole('region', { name: w.duplicateTitle });
  await expect(box).toContainText('La Corée du Nord fera des liens avec la Russie');
  await shot('duplicate');
  await box.getByRole('button', { name: w.open }).click();
  await expect(dialog).toBeHidden();
  await expect(articleItems(page, w)).toHaveCount(1);

  // As a new version of the one there: still one article, with the new words.
  dialog = await importText(page, w, referenceText().replace('sujets sensibles', 'sujets délicats'));
  await dialog.getByRole('button', { name: w.newVersion }).click();
  await expect(dialog).toBeHidden();
  await expect(articleItems(page, w)).toHaveCount(1);
  await expect(page.getByTestId('Editor')).toContainText('sujets délicats');

  // Anyway: a second entry.
  dialog = await importText(page, w, referenceText());
  await dialog.getByRole('button', { name: w.anyway }).click();
  await expect(dialog).toBeHidden();
  await expect(articleItems(page, w)).toHaveCount(2);

  // Delete, after a confirmation, and bring it back.
  await page.getByRole('button', { name: w.details }).click();
  const details = page.getByRole('dialog', { name: w.details });
  await details.getByRole('button', { name: w.delete }).click();
  const confirm = details.getByRole('alertdialog');
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: w.deleteConfirm, exact: true }).click();
  await expect(details).toBeHidden();
  await expect(articleItems(page, w)).toHaveCount(1);
  await expect(page.getByText(w.deleted).first()).toBeVisible();
  await page.getByRole('contentinfo').getByRole('button', { name: w.undo, exact: true }).click();
  await expect(articleItems(page, w)).toHaveCount(2);
}

test.describe('articles a newsroom can manage', () => {
  test('in English: Source URL with pasted text, every detail editable, a corrections log in the report', async ({ page, desk }) => {
    const report = await detailsAndCorrections(page, EN, desk.shot);
    const corrections = report.slice(report.indexOf('id="corr-h"'));
    expect(corrections).toContain('Le taux de mars a été corrigé : 2,1 % et non 2,2 %.');
    expect(report).toContain('href="https://www.example.org/chomage"');
    expect(desk.errors).toEqual([]);
  });

  test('in English: a story imported twice, and a deletion undone', async ({ page, desk }) => {
    await duplicateAndDelete(page, EN, desk.shot);
    expect(desk.errors).toEqual([]);
  });

  test.describe('en français', () => {
    test.use({ locale: 'fr-FR' });
    test('URL source avec le texte collé, détails modifiables, journal des corrections dans le rapport', async ({ page, desk }) => {
      const report = await detailsAndCorrections(page, FR, desk.shot);
      expect(report.slice(report.indexOf('id="corr-h"'))).toContain('Le taux de mars a été corrigé');
      expect(desk.errors).toEqual([]);
    });

    test('un article importé deux fois, et une suppression annulée', async ({ page, desk }) => {
      await duplicateAndDelete(page, FR, desk.shot);
      expect(desk.errors).toEqual([]);
    });
  });
});
