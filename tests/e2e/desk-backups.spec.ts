import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './desk-fixture';

/**
 * Issue 15, point 5 (its backup half): the browser-mode host keeps rolling
 * backups of the SQLite workspace it serves, as the desktop app does, and
 * Settings' "Backups (N)" counts real copies in the backups folder.
 */
const backupsOf = (dir: string) => (fs.existsSync(path.join(dir, 'backups')) ? fs.readdirSync(path.join(dir, 'backups')).filter((f) => f.endsWith('.auto.db')) : []);

async function backupsInSettings(page: Page, settings: string, backups: string, dir: string): Promise<void> {
  // The host takes the first one as it starts; wait for it on disk, as a user would find it.
  await expect.poll(() => backupsOf(dir).length).toBe(1);
  await page.getByRole('button', { name: settings }).click();
  const dialog = page.getByRole('dialog', { name: settings });
  const summary = dialog.getByText(`${backups} (1)`, { exact: true });
  await expect(summary).toBeVisible();
  await summary.click();
  await expect(dialog.getByRole('listitem').filter({ hasText: backupsOf(dir)[0]! })).toBeVisible();
}

test.describe('rolling backups in the browser mode', () => {
  test('in English: the host keeps one from the start, and Settings counts it', async ({ page, desk }) => {
    await backupsInSettings(page, 'Settings', 'Backups', desk.dir);
    await desk.shot('settings');
    // A restart within six hours takes none more (the next one is due later), and the count still tells the truth.
    await desk.restart();
    await page.goto(desk.host.url);
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('dialog', { name: 'Settings' }).getByText('Backups (1)', { exact: true })).toBeVisible();
    expect(backupsOf(desk.dir)).toHaveLength(1);
    expect(desk.errors).toEqual([]);
  });

  test.describe('en français', () => {
    test.use({ locale: 'fr-FR' });
    test('l’hôte en garde une dès le départ, et les Réglages la comptent', async ({ page, desk }) => {
      await backupsInSettings(page, 'Réglages', 'Sauvegardes', desk.dir);
      await expect(page.getByText(/Une sauvegarde est faite à l’ouverture de l’espace de travail puis toutes les 6 heures/)).toBeVisible();
      expect(desk.errors).toEqual([]);
    });
  });
});
