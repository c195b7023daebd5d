import path from 'node:path';
import { expect, test } from '@playwright/test';
import { tempDir } from '../helpers/temp';
import { startHostProcess, type HostProcess } from './host-process';
import { seed, watchErrors } from './desk-helpers';

/** 10,000 claims on one article: the list stays a few dozen rows in the page, and every move still lands. */
test.describe('a very large article', () => {
  let host: HostProcess | null = null;
  const tmp = tempDir('factbench-large-');
  test.afterAll(async () => {
    await host?.stop();
    tmp.cleanup();
  });

  test('10,000 claims: virtualized, navigable, sortable and filterable', async ({ page }) => {
    test.setTimeout(180_000);
    const db = path.join(tmp.dir, 'large.db');
    seed(db, { large: 10_000 });
    const errors = watchErrors(page);
    host = await startHostProcess(db);
    await page.goto(host.url);
    const list = page.getByRole('listbox', { name: 'Claims' });
    await expect(list.getByRole('option').first()).toBeVisible({ timeout: 60_000 });
    expect(await list.getByRole('option').count()).toBeLessThan(80);
    await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', '10000');
    await expect(page.getByText('0 of 10,000 checked').first()).toBeVisible();

    await list.focus();
    await page.keyboard.press('End');
    const last = list.getByRole('option', { name: /^Claim number 10000 says/ });
    await expect(last).toHaveAttribute('aria-selected', 'true');
    await expect(last).toBeInViewport();
    await page.keyboard.press('k');
    await expect(list.getByRole('option', { name: /^Claim number 9999 says/ })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('1');
    await expect(page.getByLabel('Verdict', { exact: true })).toHaveValue('verified');
    await expect(page.getByText('1 of 10,000 checked').first()).toBeVisible();
    await page.keyboard.press('Home');
    await expect(list.getByRole('option', { name: /^Claim number 1 says/ })).toBeInViewport();

    await page.getByLabel('Sort').selectOption('verdict');
    await expect(list.getByRole('option').first()).toHaveAccessibleName(/^Claim number 9999 says/);
    await page.getByRole('button', { name: /Filters/ }).click();
    await page.getByLabel('Said by').selectOption('Grace Hopper');
    await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', '2500');
    expect(await list.getByRole('option').count()).toBeLessThan(80);
    expect(errors).toEqual([]);
  });
});
