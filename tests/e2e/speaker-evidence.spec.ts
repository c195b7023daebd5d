import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { tempDir } from '../helpers/temp';
import { seed, shotsDir, watchErrors } from './desk-helpers';
import { startHostProcess, type HostProcess } from './host-process';

/**
 * Issue 13: the words that attribute a claim to its speaker are shown beside the
 * speaker in the claim panel, with whether the speaker is a person or an
 * organisation; a speaker chosen by hand drops the detector's words.
 */
test.describe('the speaker of a claim in the panel', () => {
  let host: HostProcess | null = null;
  const tmp = tempDir('factbench-speaker-');
  const db = path.join(tmp.dir, 'factbench.db');

  test.beforeAll(() => {
    fs.mkdirSync(shotsDir, { recursive: true });
    seed(db, 'reference');
  });
  test.afterAll(async () => {
    await host?.stop();
    tmp.cleanup();
  });

  test('shows the attributing words and the kind, and drops the words when the speaker is changed by hand', async ({ page }) => {
    const errors = watchErrors(page);
    host = await startHostProcess(db);
    await page.goto(host.url);
    const claims = page.getByRole('listbox', { name: 'Claims' });

    await claims.getByRole('option', { name: /Nous allons donner la priorité/ }).click();
    await expect(page.getByLabel('Speaker', { exact: true })).toHaveValue('Kim Jong Un');
    await expect(page.getByTestId('speaker-evidence')).toHaveText(/Attributed by\s+a dit M\. Kim/u);
    await expect(page.getByRole('combobox', { name: 'Source kind' })).toHaveValue('person');

    await claims.getByRole('option', { name: /Washington craint/ }).click();
    await expect(page.getByTestId('speaker-evidence')).toHaveText(/Washington craint/u);
    await expect(page.getByRole('combobox', { name: 'Source kind' })).toHaveValue('organisation');
    await page.locator('.claim-panel').screenshot({ path: path.join(shotsDir, 'speaker-evidence.png') });

    await page.getByLabel('Speaker', { exact: true }).fill('Département d’État');
    await page.getByLabel('Speaker', { exact: true }).press('Tab');
    await expect(page.getByTestId('save-state')).toHaveText(/Saved/);
    await expect(page.getByTestId('speaker-evidence')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});
