import path from 'node:path';
import { expect, test } from '@playwright/test';
import { sharedDir } from '../helpers/paths';
import { tempDir } from '../helpers/temp';
import { referenceText, shotsDir, watchErrors } from './desk-helpers';
import { startHostProcess, type HostProcess } from './host-process';

/** A fact-checker never marks the same claim twice: a repeated claim says where it was checked, and its verdict can be reused. */
test.describe('already checked', () => {
  let host: HostProcess | null = null;
  const tmp = tempDir('factbench-past-');
  test.afterAll(async () => {
    await host?.stop();
    tmp.cleanup();
  });

  test('a claim checked in another article, and a published ClaimReview, are offered for reuse', async ({ page }) => {
    const errors = watchErrors(page);
    host = await startHostProcess(path.join(tmp.dir, 'factbench.db'));
    await page.goto(host.url);

    const importText = async (text: string) => {
      await page.getByRole('button', { name: 'Import article' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import article' });
      await dialog.getByLabel('Article text').fill(text);
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(dialog).toBeHidden();
    };
    const claims = page.getByRole('listbox', { name: 'Claims' });

    // The reference article, its «priorité absolue» claim verified with a source.
    await importText(referenceText());
    await claims.getByRole('option', { name: /sa «priorité absolue»/ }).first().click();
    await page.getByLabel('Verdict').selectOption({ label: 'Verified' });
    await page.getByRole('button', { name: 'Add source' }).click();
    const form = page.getByRole('form', { name: 'Source' });
    await form.getByLabel('URL').fill('https://www.kremlin.ru/events/president/news/72259');
    await form.getByLabel('Title').fill('Talks with Kim Jong Un');
    await form.getByRole('button', { name: 'Save source' }).click();
    await expect(page.getByRole('link', { name: 'Talks with Kim Jong Un' })).toBeVisible();

    // Another outlet's story repeats the claim.
    await importText(
      'Sommet Russie - Corée du Nord\n\nSelon la télévision russe, Kim Jong Un a déclaré que son pays ferait des liens bilatéraux avec la Russie sa «priorité absolue», lors de sa rencontre avec Vladimir Poutine.\n',
    );
    await claims.getByRole('option', { name: /priorité absolue/ }).first().click();
    const past = page.getByRole('region', { name: 'Already checked' });
    await expect(past).toContainText('Already checked in «La Corée du Nord fera des liens avec la Russie "une priorité absolue"» — Verified');
    await page.screenshot({ path: path.join(shotsDir, 'already-checked.png') });
    await past.getByRole('button', { name: 'Reuse' }).click();
    await expect(page.getByLabel('Verdict')).toHaveValue('verified');
    await expect(page.getByRole('link', { name: 'Talks with Kim Jong Un' })).toBeVisible();
    await expect(past).toContainText('Reused');

    // Published ClaimReview, imported in Settings, is matched too.
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByLabel('ClaimReview file').setInputFiles(path.join(sharedDir, 'datasets/claimreview/03.json'));
    await expect(page.getByRole('status').first()).toContainText(/1 past check imported/);
    await settings.getByRole('button', { name: 'Close' }).click();
    await importText("Climat : une intox\n\nSur les réseaux sociaux, un internaute affirme que l'enneigement de l'hémisphère nord prouve que le niveau de CO2 a diminué.\n");
    await claims.getByRole('option', { name: /enneigement/ }).first().click();
    await expect(page.getByRole('region', { name: 'Already checked' })).toContainText('— Faux');
    await page.getByRole('region', { name: 'Already checked' }).getByRole('button', { name: 'Not the same' }).click();
    await expect(page.getByRole('region', { name: 'Already checked' })).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});
