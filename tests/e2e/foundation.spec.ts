import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { referenceArticlePath } from '../helpers/paths';
import { expect, test } from './fixtures';

/**
 * The foundation's four steps, through the UI by accessible names, in Chromium
 * against the host on a workspace of the test's own (a temporary file, or a
 * team server's database in the PostgreSQL project); the last step restarts the host.
 */
test.describe('article to review report', () => {
  const shots = path.join('test-results', 'screens');
  const errors: string[] = [];

  const watch = (page: Page) => {
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
  };

  test('import, verify, source, export, and find it all again after a restart', async ({ page, hosts, workspace, backend }) => {
    const shot = (name: string) => path.join(shots, backend === 'sqlite' ? name : `${backend}-${name}`);
    watch(page);
    let host = await hosts.start(workspace);
    await page.goto(host.url);

    // 1. Import the reference article by pasting it.
    await page.getByRole('button', { name: 'Import article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import article' });
    await dialog.getByLabel('Article text').fill(fs.readFileSync(referenceArticlePath, 'utf8'));
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog).toBeHidden();
    const articles = page.getByRole('list', { name: 'Articles' });
    await expect(articles.getByRole('button')).toHaveCount(1);
    await expect(page.getByTestId('Editor')).toContainText('priorité absolue');
    const claims = page.getByRole('listbox', { name: 'Claims' });
    const claim = claims.getByRole('option', { name: /ferait des liens bilatéraux avec la Russie sa «priorité absolue»/ }).first();
    await expect(claim).toBeVisible();
    await page.screenshot({ path: shot('1-imported.png') });

    // 2. Verify the «priorité absolue» claim: verdict, rationale, a source. No save button.
    await claim.click();
    await expect(claim).toHaveAttribute('aria-selected', 'true');
    await page.getByLabel('Verdict').selectOption({ label: 'Verified' });
    await page.getByLabel('Rationale').fill('Confirmed by the Kremlin transcript of the talks and by KCNA.');
    await page.getByRole('button', { name: 'Add source' }).click();
    const form = page.getByRole('form', { name: 'Source' });
    await form.getByLabel('URL').fill('https://www.kremlin.ru/events/president/news/72259');
    await form.getByLabel('Title').fill('Talks with Chairman of the State Affairs of the DPRK Kim Jong Un');
    await form.getByLabel('Publisher').fill('Kremlin');
    await form.getByLabel('Excerpt').fill('We will give priority to relations with Russia.');
    await form.getByLabel('Stance').selectOption('supports');
    await form.getByRole('button', { name: 'Save source' }).click();
    await expect(page.getByRole('link', { name: 'Talks with Chairman of the State Affairs of the DPRK Kim Jong Un' })).toBeVisible();
    await page.getByLabel('Verdict').focus(); // leaving the rationale saves it at once
    await expect(page.getByTestId('save-state')).toHaveText(/Saved/);
    await expect(page.getByRole('status')).toHaveText(/saved/i);
    await page.screenshot({ path: shot('2-verified.png') });

    // 3. Export the report as HTML and as JSON.
    for (const [format, check] of [
      ['HTML', (text: string) => expect(text).toMatch(/<html/i)],
      ['JSON', (text: string) => expect(JSON.parse(text).schemaVersion).toBeGreaterThanOrEqual(1)],
    ] as const) {
      await page.getByRole('button', { name: 'Export report' }).click();
      const exp = page.getByRole('dialog', { name: 'Export report' });
      await exp.getByLabel(format, { exact: true }).check();
      const download = page.waitForEvent('download');
      await exp.getByRole('button', { name: 'Export', exact: true }).click();
      const file = await (await download).path();
      const text = fs.readFileSync(file, 'utf8');
      check(text);
      expect(text).toContain('La Corée du Nord fera des liens avec la Russie');
      expect(text).toContain('Confirmed by the Kremlin transcript of the talks and by KCNA.');
      expect(text).toContain('Talks with Chairman of the State Affairs of the DPRK Kim Jong Un');
      expect(text).toMatch(/Verified|verified|Vérifié/);
    }

    // 4. Quit and start again on the same database: everything is still there.
    expect(errors).toEqual([]);
    await host.stop();
    host = await hosts.start(workspace);
    await page.goto(host.url);
    errors.length = 0; // the old page's event stream saw the first host go away; that is expected
    await expect(page.getByRole('list', { name: 'Articles' }).getByRole('button')).toHaveCount(1);
    const again = page.getByRole('listbox', { name: 'Claims' }).getByRole('option', { name: /sa «priorité absolue»/ }).first();
    await again.click();
    await expect(page.getByLabel('Verdict')).toHaveValue('verified');
    await expect(page.getByLabel('Rationale')).toHaveValue('Confirmed by the Kremlin transcript of the talks and by KCNA.');
    await expect(page.getByRole('link', { name: 'Talks with Chairman of the State Affairs of the DPRK Kim Jong Un' })).toBeVisible();
    await page.screenshot({ path: shot('4-after-restart.png') });
    expect(errors).toEqual([]);
  });
});
