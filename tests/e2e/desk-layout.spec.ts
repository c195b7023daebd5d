import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { claimsList, expect, test } from './desk-fixture';

/**
 * Issue 15, point 6: the desk at half a monitor. From 800 px wide nothing is
 * cut off and nothing scrolls sideways: the panes narrow, and below 1,060 px
 * the articles and claims fold into a drawer. Checked by measurements, by
 * axe and by screenshots, at 800, 1280 and 1440 px, in both themes.
 */
const WIDTHS = [800, 1280, 1440] as const;
const THEMES = ['light', 'dark'] as const;

/** Everything a fact-checker needs on screen, whole: the top bar's buttons, the claim panel's fields, the status bar. */
async function nothingCutOff(page: Page, width: number): Promise<void> {
  const overflow = await page.evaluate(() => {
    const doc = document.documentElement;
    const panes = ['.topbar', '.main', '.inspector', '.statusbar', '.claim-panel'].map((sel) => {
      const el = document.querySelector<HTMLElement>(sel)!;
      return { sel, over: el.scrollWidth - el.clientWidth };
    });
    return { page: doc.scrollWidth - doc.clientWidth, panes: panes.filter((p) => p.over > 1) };
  });
  expect(overflow, `${width}px`).toEqual({ page: 0, panes: [] });
  for (const control of [
    page.getByRole('button', { name: 'Import article' }),
    page.getByRole('button', { name: 'Export report' }),
    page.getByRole('button', { name: 'Settings' }),
    page.getByLabel('Verdict', { exact: true }),
    page.getByLabel('Status', { exact: true }),
    page.getByRole('button', { name: /Keyboard shortcuts/ }),
  ]) {
    const box = (await control.boundingBox())!;
    expect(box, `${width}px: ${String(control)}`).not.toBeNull();
    expect(box.x, `${width}px: ${String(control)}`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${width}px: ${String(control)}`).toBeLessThanOrEqual(width);
  }
}

async function axe(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} [${v.impact}] ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(' | ')}`);
}

test.describe('the desk from 800 px wide', () => {
  for (const theme of THEMES) {
    test(`at 800, 1280 and 1440 px in the ${theme} theme: nothing cut off, no sideways scroll, axe clean`, async ({ page, desk }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: theme });
      const found: string[] = [];
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 860 });
        await page.goto(desk.host.url);
        // A claim opened from its highlight in the text: the list may be in the drawer.
        await page.getByTestId('Editor').locator('.claim').first().click();
        await expect(page.getByLabel('Verdict', { exact: true })).toBeVisible();
        await nothingCutOff(page, width);
        const toggle = page.getByRole('button', { name: 'Articles and claims', exact: true });
        if (width < 1060) {
          // The claims are one click away, and the drawer closes with Escape, giving the focus back.
          await expect(claimsList(page)).toBeHidden();
          await toggle.click();
          await expect(toggle).toHaveAttribute('aria-expanded', 'true');
          await expect(claimsList(page)).toBeVisible();
          await claimsList(page).getByRole('option', { name: /Washington craint/ }).click();
          await expect(page.locator('.claim-quote')).toHaveText(/^Washington craint/);
          found.push(...(await axe(page, `${width}px ${theme} drawer`)));
          await desk.shot(`${width}-${theme}-drawer`);
          await page.keyboard.press('Escape');
          await expect(claimsList(page)).toBeHidden();
          await expect(toggle).toBeFocused();
        } else {
          await expect(toggle).toBeHidden();
          await expect(claimsList(page)).toBeVisible();
        }
        found.push(...(await axe(page, `${width}px ${theme}`)));
        await desk.shot(`${width}-${theme}`);
      }
      expect(found).toEqual([]);
      expect(desk.errors).toEqual([]);
    });
  }
});
