import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { tempDir } from '../helpers/temp';
import { referenceText, shotsDir, watchErrors } from './desk-helpers';
import { startHostProcess, type HostProcess } from './host-process';

/**
 * Publishing (issue 14), as a fact-checker meets it in the browser mode: the
 * Export dialog asks for what ClaimReview needs and keeps it in Settings, and
 * the French interface says import errors from the Node side in French.
 */
test.describe('publishing and one language at a time', () => {
  const hosts: HostProcess[] = [];
  const tmp = tempDir('factbench-publishing-');
  test.afterAll(async () => {
    await Promise.all(hosts.map((h) => h.stop()));
    tmp.cleanup();
  });

  async function open(page: Page, name: string): Promise<void> {
    const host = await startHostProcess(path.join(tmp.dir, `${name}.db`));
    hosts.push(host);
    await page.goto(host.url);
  }

  async function importText(page: Page, text: string): Promise<void> {
    await page.getByRole('button', { name: 'Import article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import article' });
    await dialog.getByLabel('Article text').fill(text);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  test('the Export dialog asks for the organisation and the review address, stores them, and writes ClaimReview', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, 'export');
    await importText(page, referenceText());
    const claims = page.getByRole('listbox', { name: 'Claims' });
    await claims.getByRole('option', { name: /sa «priorité absolue»/ }).first().click();
    await page.getByLabel('Verdict').selectOption({ label: 'Verified' });
    // The summary ClaimReview will publish, prefilled and editable.
    const summary = page.getByLabel('Summary');
    await expect(summary).toHaveValue(/^Le dirigeant nord-coréen Kim Jong Un a déclaré mercredi que son pays…$/);
    await summary.fill('Kim fera de la Russie sa «priorité absolue»');
    await summary.press('Enter');
    await expect(page.getByText('Yours; published as ClaimReview and shown in reports')).toBeVisible();

    await page.getByRole('button', { name: 'Export report' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export report' });
    await dialog.getByLabel('ClaimReview').check();
    const publishing = dialog.getByRole('group', { name: 'Publication' });
    await expect(publishing).toContainText('ClaimReview needs who publishes the fact-check and where.');
    await publishing.getByLabel('Organisation', { exact: true }).fill('Vérif Suisse');
    await publishing.getByLabel('Organisation web address').fill('https://verif.example.ch');
    await publishing.getByLabel('Address of the published fact-check').fill('https://verif.example.ch/{slug}');
    await page.screenshot({ path: path.join(shotsDir, 'export-asks-publication.png') });
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await (await download).path();
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { '@graph': { url: string; claimReviewed: string; author: { name: string; url: string } }[] };
    expect(doc['@graph']).toHaveLength(1);
    expect(doc['@graph'][0]).toMatchObject({ claimReviewed: 'Kim fera de la Russie sa «priorité absolue»', author: { name: 'Vérif Suisse', url: 'https://verif.example.ch' } });
    expect(doc['@graph'][0]!.url).toMatch(/^https:\/\/verif\.example\.ch\/la-coree-du-nord-fera-des-liens-avec-la-russie-une-priorite#claim-\d+$/);

    // Stored in Settings: the next export does not ask again.
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await expect(settings.getByLabel('Organisation web address')).toHaveValue('https://verif.example.ch');
    await expect(settings.getByLabel('Address of the published fact-check')).toHaveValue('https://verif.example.ch/{slug}');
    await settings.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Export report' }).click();
    await dialog.getByLabel('ClaimReview').check();
    await expect(dialog.getByRole('group', { name: 'Publication' })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(errors).toEqual([]);
  });

  test('the French interface says import errors from the Node side in French', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, 'french');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Interface language').selectOption('fr');
    await page.getByRole('dialog', { name: 'Réglages' }).getByRole('button', { name: 'Fermer' }).click();

    const dialog = page.getByRole('dialog', { name: 'Importer un article' });
    await page.getByRole('button', { name: 'Importer un article' }).click();
    // A file that is not an article: the reason comes from the Node side as a code, worded here.
    await dialog.getByLabel('Fichier').setInputFiles({ name: 'enregistrement.bin', mimeType: 'application/octet-stream', buffer: Buffer.from([0, 1, 2, 3, 4, 5]) });
    await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Les fichiers .bin ne sont pas des articles\u202f; importez un texte, une page web, un document Word ou un PDF.');

    // A saved page that builds its text with JavaScript (issue 13): refused in French, saying what to do instead.
    const angular = `<html lang="fr"><body><div ng-app="news" ng-controller="contentDetailController as contentDetailController">
<h1>{{contentDetailController.article.title}}</h1>
<div ng-bind-html="contentDetailController.article.body">{{contentDetailController.article.body | trusted}}</div>
</div></body></html>`;
    await dialog.getByLabel('Fichier').setInputFiles({ name: 'page-angular.html', mimeType: 'text/html', buffer: Buffer.from(angular) });
    await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
    await expect(dialog.getByRole('alert')).toHaveText(
      'Aucun texte d’article dans page-angular.html\u00a0: cette page construit son texte avec JavaScript, le fichier enregistré ne contient donc que ses modèles. Collez le texte de l’article, ou imprimez la page en PDF depuis votre navigateur et importez le PDF.',
    );
    await page.screenshot({ path: path.join(shotsDir, 'french-script-built.png') });

    // An address nothing answers at: the network's reason in French too, not "bad port".
    await dialog.getByLabel('Fichier').setInputFiles([]);
    await dialog.getByLabel('URL source').fill('http://127.0.0.1:9/');
    await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Impossible de joindre 127.0.0.1:9 (un port que les navigateurs refusent).');
    await page.screenshot({ path: path.join(shotsDir, 'french-import-error.png') });
    await dialog.getByRole('button', { name: 'Annuler' }).click();

    // The French desk on the reference article, a claim open.
    await page.getByRole('button', { name: 'Importer un article' }).click();
    await dialog.getByLabel('URL source').fill('');
    await dialog.getByLabel("Texte de l'article").fill(referenceText());
    await dialog.getByRole('button', { name: 'Importer', exact: true }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('listbox', { name: 'Affirmations' }).getByRole('option', { name: /sa «priorité absolue»/ }).first().click();
    await page.getByLabel('Verdict').selectOption({ label: 'Vérifié' });
    await expect(page.getByLabel('Résumé')).toHaveValue(/…$/);
    await page.getByText('Historique').click();
    await expect(page.locator('.history-items')).toContainText('Verdict\u00a0: — → Vérifié');
    await page.screenshot({ path: path.join(shotsDir, 'french-desk.png') });
    expect(errors).toEqual([]);
  });
});
