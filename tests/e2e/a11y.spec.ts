import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { seed, shotsDir } from './desk-helpers';
import { expect, test } from './fixtures';

/**
 * axe-core on every main screen of the desk, in the light and the dark theme:
 * no serious or critical violation. Focus stays visible, and the live regions
 * announce saves and errors.
 */
const THEMES = ['light', 'dark'] as const;

async function audit(page: Page, screen: string, theme: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  await page.screenshot({ path: path.join(shotsDir, `a11y-${theme}-${screen}.png`) });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen} (${theme}): ${v.id} [${v.impact}] ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(' | ')}`);
}

test.describe('accessibility of the desk', () => {
  for (const theme of THEMES) {
    test(`every main screen passes axe in the ${theme} theme`, async ({ page, hosts, workDir }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: theme });
      const db = path.join(workDir, `${theme}.db`);
      const empty = await hosts.start(db);
      await page.goto(empty.url);
      await expect(page.getByText('No article yet. Import one to start.')).toBeVisible();
      const found: string[] = [...(await audit(page, 'empty', theme))];
      await empty.stop();

      seed(db, 'reference');
      const host = await hosts.start(db);
      await page.goto(host.url);
      const claims = page.getByRole('listbox', { name: 'Claims' });
      const target = claims.getByRole('option', { name: /sa «priorité absolue»/ });
      await target.click();
      await page.getByLabel('Verdict', { exact: true }).selectOption('verified');
      await expect(page.getByTestId('save-state')).toHaveText(/Saved/);
      found.push(...(await audit(page, 'desk', theme)));

      // A suggestion with its reasons, and the filters open.
      await claims.getByRole('option', { name: /Washington craint/ }).click();
      await page.getByRole('button', { name: /Filters/ }).click();
      found.push(...(await audit(page, 'suggestion-filters', theme)));
      await page.getByRole('button', { name: /Filters/ }).click();

      await page.getByRole('button', { name: 'Add source' }).click();
      found.push(...(await audit(page, 'source-form', theme)));
      await page.getByRole('form', { name: 'Source' }).getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('button', { name: 'From library' }).click();
      found.push(...(await audit(page, 'library', theme)));
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.locator('details.history summary').click();
      await expect(page.locator('.history-items')).toBeVisible();
      found.push(...(await audit(page, 'history', theme)));

      await page.getByRole('combobox', { name: 'Search' }).fill('Kremlin');
      await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
      found.push(...(await audit(page, 'search', theme)));
      await page.keyboard.press('Escape');

      for (const [button, dialog] of [
        ['Import article', 'Import article'],
        ['Export report', 'Export report'],
        ['Settings', 'Settings'],
        [/Keyboard shortcuts/, 'Keyboard shortcuts'],
      ] as const) {
        await page.getByRole('button', { name: button }).first().click();
        const d = page.getByRole('dialog', { name: dialog });
        await expect(d).toBeVisible();
        found.push(...(await audit(page, `dialog-${dialog.toLowerCase().replace(/\s+/g, '-')}`, theme)));
        await page.keyboard.press('Escape');
        await expect(d).toBeHidden();
      }
      expect(found).toEqual([]);
    });
  }

  test('focus is visible on every kind of control, in both themes', async ({ page, hosts, workDir }) => {
    const db = path.join(workDir, 'focus.db');
    seed(db, 'reference');
    const host = await hosts.start(db);
    for (const theme of THEMES) {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(host.url);
      await page.getByRole('listbox', { name: 'Claims' }).getByRole('option').first().click();
      for (const control of [
        page.getByRole('button', { name: 'Import article' }),
        page.getByRole('combobox', { name: 'Search' }),
        page.getByRole('listbox', { name: 'Claims' }),
        page.getByLabel('Verdict', { exact: true }),
        page.getByLabel('Rationale'),
        page.getByRole('button', { name: 'Add source' }),
        page.getByRole('slider', { name: 'Show suggestions scoring above' }),
      ]) {
        await control.focus();
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab'); // focus by keyboard, as :focus-visible means it
        const ring = await control.evaluate((el) => {
          const s = getComputedStyle(el);
          const box = el.closest('.tag-box') ?? el;
          const outer = getComputedStyle(box);
          return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), boxStyle: outer.outlineStyle };
        });
        expect(ring.style === 'solid' || ring.boxStyle === 'solid', `${theme}: ${await control.evaluate((el) => el.outerHTML.slice(0, 80))}`).toBe(true);
        expect(ring.width).toBeGreaterThanOrEqual(2);
      }
    }
  });

  test('the live regions announce saves politely and errors at once', async ({ page, hosts, workDir }) => {
    const db = path.join(workDir, 'live.db');
    seed(db, 'reference');
    const host = await hosts.start(db);
    await page.goto(host.url);
    await page.getByRole('listbox', { name: 'Claims' }).getByRole('option').first().click();
    await page.getByLabel('Status', { exact: true }).selectOption('in-progress');
    await expect(page.getByRole('status')).toHaveText('Saved.');
    await expect(page.getByRole('status')).toHaveAttribute('aria-live', 'polite');
    // A program renamed as a screenshot is refused: the error reaches the alert region.
    await page.getByTestId('attach-input').setInputFiles({ name: 'screenshot.png', mimeType: 'image/png', buffer: Buffer.from('MZ\x90\x00\x03\x00 not an image') });
    await expect(page.getByRole('alert')).toHaveText(/not a file type Factbench keeps as evidence/);
    await expect(page.getByTestId('save-state')).toHaveText(/Not saved/);
  });
});
