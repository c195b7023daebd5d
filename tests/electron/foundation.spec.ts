/**
 * The foundation's four steps in the real Electron window, with
 * electron-playwright-helpers. Run by `npm run test:electron` where Electron's
 * binary can be had (scripts/test-electron.mjs refuses to run otherwise).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { clickMenuItemById, ipcMainInvokeHandler } from 'electron-playwright-helpers';

const root = path.resolve(import.meta.dirname, '../..');
const article = fs.readFileSync(path.resolve(root, '../shared/fixtures/ats-2023-09-13-kim-putin.fr.txt'), 'utf8');
const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'factbench-electron-'));

async function launch(): Promise<ElectronApplication> {
  return electron.launch({
    executablePath: process.env.ELECTRON_PATH,
    args: [root, `--user-data-dir=${userData}`],
    env: { ...process.env, FACTBENCH_SQLITE_BINDING: process.env.FACTBENCH_SQLITE_BINDING ?? '' },
  });
}

test('import, verify, source, export and find it again after a restart, in Electron', async () => {
  let app = await launch();
  let page = await app.firstWindow();

  // The window is hardened as the design asks: no Node in the page, only the two-function bridge.
  expect(await page.evaluate(() => [typeof (globalThis as unknown as Record<string, unknown>).require, typeof (globalThis as unknown as Record<string, unknown>).process])).toEqual(['undefined', 'undefined']);
  expect(await page.evaluate(() => Object.keys(((globalThis as unknown as Record<string, object>).factbench) ?? {}).sort())).toEqual(['onEvent', 'send']);

  // The IPC channel answers the same API as the host.
  const list = (await ipcMainInvokeHandler(app, 'factbench:rpc', { method: 'articles.list', input: {} })) as { ok: boolean };
  expect(list.ok).toBe(true);

  await page.getByRole('button', { name: 'Import article' }).click();
  await page.getByLabel('Article text').fill(article);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const claim = page.getByRole('listbox', { name: 'Claims' }).getByRole('option', { name: /sa «priorité absolue»/ }).first();
  await claim.click();
  await page.getByLabel('Verdict').selectOption({ label: 'Verified' });
  await page.getByLabel('Rationale').fill('Confirmed by the Kremlin transcript.');
  await page.getByRole('button', { name: 'Add source' }).click();
  const form = page.getByRole('form', { name: 'Source' });
  await form.getByLabel('URL').fill('https://www.kremlin.ru/events/president/news/72259');
  await form.getByLabel('Title').fill('Talks with Kim Jong Un');
  await form.getByRole('button', { name: 'Save source' }).click();
  await page.getByLabel('Verdict').focus();
  await expect(page.getByTestId('save-state')).toHaveText(/Saved/);

  // The menu opens the export dialog.
  await clickMenuItemById(app, 'export');
  await expect(page.getByRole('dialog', { name: 'Export report' })).toBeVisible();
  await app.close();

  app = await launch();
  page = await app.firstWindow();
  await page.getByRole('listbox', { name: 'Claims' }).getByRole('option', { name: /sa «priorité absolue»/ }).first().click();
  await expect(page.getByLabel('Verdict')).toHaveValue('verified');
  await expect(page.getByLabel('Rationale')).toHaveValue('Confirmed by the Kremlin transcript.');
  await app.close();
});
