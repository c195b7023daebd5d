import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { referenceArticlePath } from '../helpers/paths';
import { tempDir } from '../helpers/temp';
import { clickBefore, selectWords } from './editor-pointer';
import { startHostProcess, type HostProcess } from './host-process';

/**
 * The editor through the UI, by accessible names, in Chromium against the real
 * host: highlights, new claims from the selection (n, button, context menu),
 * a folded line restored and folded again, a typo fixed with the anchors
 * following and saved, undo and redo, merge and split, and a new version of
 * the story with its orphan re-attached.
 */
test.describe('the article editor', () => {
  let host: HostProcess | null = null;
  const tmp = tempDir('factbench-editor-e2e-');
  const db = path.join(tmp.dir, 'factbench.db');
  const shots = path.join('test-results', 'screens');
  const errors: string[] = [];
  const v1 = fs.readFileSync(referenceArticlePath, 'utf8');

  test.beforeAll(() => fs.mkdirSync(shots, { recursive: true }));
  test.afterAll(async () => {
    await host?.stop();
    tmp.cleanup();
  });

  const claimsList = (page: Page) => page.getByRole('listbox', { name: 'Claims' });
  const option = (page: Page, name: string | RegExp) => claimsList(page).getByRole('option', { name, exact: typeof name === 'string' });
  const saved = async (page: Page) => expect(page.getByTestId('save-state')).toHaveText(/Saved/);
  /** The text of the highlights of a claim, by the claim's id. */
  const highlightText = (editor: Locator, claimId: string) => editor.locator(`.claim[data-claim="${claimId}"]`).allTextContents().then((t) => t.join(''));
  /** How many claims the list holds (it may draw only the visible ones: aria-setsize tells them all). */
  const claimCount = (page: Page) => claimsList(page).getByRole('option').first().getAttribute('aria-setsize').then(Number);
  const selectedClaimId = (page: Page) => claimsList(page).getByRole('option', { selected: true }).getAttribute('id').then((id) => id!.replace(/^claim-/, ''));

  test('mark, edit, fold, merge, split and re-anchor claims in the text', async ({ page }) => {
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
    host = await startHostProcess(db);
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Import article' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Import article' });
    await importDialog.getByLabel('Article text').fill(v1);
    await importDialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(importDialog).toBeHidden();
    const editor = page.getByRole('textbox', { name: 'Editor' });
    await expect(editor).toContainText('priorité absolue');
    await expect(editor.locator('.claim').first()).toBeVisible();

    // A click on a highlight opens its claim.
    await editor.locator('.claim', { hasText: 'sujets sensibles' }).first().click();
    await expect(claimsList(page).getByRole('option', { selected: true })).toContainText(/Peskov|sujets sensibles/);

    // Select words → n: a new claim, selected, highlighted exactly on those words.
    await selectWords(page, 'le cosmodrome de Vostotchny');
    await expect(page.getByRole('button', { name: 'New claim' })).toBeEnabled();
    await page.keyboard.press('n');
    await expect(option(page, 'le cosmodrome de Vostotchny')).toHaveAttribute('aria-selected', 'true');
    const cosmodrome = await selectedClaimId(page);
    await expect.poll(() => highlightText(editor, cosmodrome)).toBe('le cosmodrome de Vostotchny');

    // The same from the context menu (right click on the selection), then from the button.
    await selectWords(page, 'un train blindé');
    await page.mouse.down({ button: 'right' });
    await page.mouse.up({ button: 'right' });
    const menu = page.getByRole('menu', { name: 'Editor actions' });
    await menu.getByRole('menuitem', { name: 'New claim' }).click();
    await expect(option(page, 'un train blindé')).toHaveAttribute('aria-selected', 'true');
    await selectWords(page, 'à Vladivostok en 2019');
    await page.getByRole('button', { name: 'New claim' }).click();
    await expect(option(page, 'à Vladivostok en 2019')).toHaveAttribute('aria-selected', 'true');

    // A verdict: the highlight takes the verdict's tone and glyph (not colour alone).
    await option(page, 'le cosmodrome de Vostotchny').click();
    await page.getByLabel('Verdict').selectOption({ label: 'False' });
    await saved(page);
    await expect(editor.locator(`.claim[data-claim="${cosmodrome}"]`).first()).toHaveClass(/tone-false/);
    await expect(editor.locator('.claim-glyph.tone-false').first()).toHaveText('✘');
    await page.screenshot({ path: path.join(shots, 'editor-1-claims.png') });

    // Restore the folded crosshead, fix its typo in edit mode; the claims after it follow.
    await page.getByRole('button', { name: /Restore folded subheading: «Des vente d'armes/ }).click();
    await expect(editor.locator('h2, h3').filter({ hasText: "Des vente d'armes pour l'offensive en Ukraine ?" })).toBeVisible();
    await page.getByRole('button', { name: 'Edit text' }).click();
    await expect(page.getByRole('button', { name: 'Edit text' })).toHaveAttribute('aria-pressed', 'true');
    await clickBefore(page, "vente d'armes pour l'offensive", "vente".length);
    await page.keyboard.type('s');
    await expect(editor).toContainText("Des ventes d'armes pour l'offensive en Ukraine ?");
    await saved(page);
    await expect.poll(() => highlightText(editor, cosmodrome)).toBe('le cosmodrome de Vostotchny');
    // Undo and redo the typing.
    await page.keyboard.press('Control+z');
    await expect(editor).toContainText("Des vente d'armes pour l'offensive");
    await page.keyboard.press('Control+y');
    await expect(editor).toContainText("Des ventes d'armes pour l'offensive");
    await saved(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Edit text' })).toHaveAttribute('aria-pressed', 'false');
    await page.screenshot({ path: path.join(shots, 'editor-2-edited.png') });

    // After a reload, the text and every anchor are where the edit left them.
    await page.reload();
    await expect(editor).toContainText("Des ventes d'armes pour l'offensive en Ukraine ?");
    await expect.poll(() => highlightText(editor, cosmodrome)).toBe('le cosmodrome de Vostotchny');
    const train = await option(page, 'un train blindé').getAttribute('id').then((id) => id!.replace(/^claim-/, ''));
    await expect.poll(() => highlightText(editor, train)).toBe('un train blindé');

    // Fold the crosshead away again; restore and fold are undoable too.
    await clickBefore(page, "Des ventes d'armes");
    await page.getByRole('button', { name: 'Fold line' }).click();
    await expect(page.getByRole('button', { name: /Restore folded subheading: «Des ventes d'armes/ })).toBeVisible();
    await saved(page);

    // Merge: the selected claim and the claim under the selected words become one claim.
    const before = await claimCount(page);
    await option(page, 'à Vladivostok en 2019').click();
    await selectWords(page, 'train blindé');
    await page.getByRole('button', { name: 'Merge claims' }).click();
    await expect(page.getByRole('status')).toHaveText(/merged/i);
    const merged = before - 1;
    await expect.poll(() => claimCount(page)).toBe(merged);
    await expect(claimsList(page).getByRole('option', { selected: true })).toHaveAccessibleName('un train blindé à Vladivostok en 2019');

    // Split: the caret between two words of the selected claim.
    await option(page, 'le cosmodrome de Vostotchny').click();
    await clickBefore(page, 'de Vostotchny');
    await page.getByRole('button', { name: 'Split claim' }).click();
    await expect.poll(() => claimCount(page)).toBe(merged + 1);
    await expect(option(page, /^de Vostotchny/)).toHaveAttribute('aria-selected', 'true');
    await expect(option(page, /^le cosmodrome$/)).toBeVisible();
    await page.screenshot({ path: path.join(shots, 'editor-3-merged-split.png') });

    // A new version of the story: one paragraph cut, one reworded. Claims move, change, or wait as orphans.
    const v2 = v1.replace(/«Nous discuterons de tous les sujets[^\n]*\n\n/, '').replace('un précédent voyage de Kim Jong Un à Vladivostok en 2019', 'un précédent voyage de Kim Jong Un à Vladivostok, en avril 2019');
    await page.getByRole('button', { name: 'Update article text' }).click();
    const update = page.getByRole('dialog', { name: 'Update article text' });
    await update.getByLabel('New version').fill(v2);
    await update.getByRole('button', { name: 'Update', exact: true }).click();
    await expect(update).toBeHidden();
    const report = page.getByRole('region', { name: 'Claims after the update' });
    await expect(report).toContainText(/\d+ moved/);
    await expect(report).toContainText(/[1-9]\d* orphaned/);
    const orphans = page.getByRole('list', { name: 'Orphaned claims' });
    await expect(orphans.getByRole('listitem').first()).toBeVisible();
    const orphanCount = await orphans.getByRole('listitem').count();
    await page.screenshot({ path: path.join(shots, 'editor-4-updated.png') });
    // Nothing was dropped: every claim is still listed.
    await expect.poll(() => claimCount(page)).toBe(merged + 1);

    // Re-attach the first orphan to words selected in the text.
    await selectWords(page, 'Parti dimanche soir de Pyongyang');
    await orphans.getByRole('button', { name: /^Re-attach/ }).first().click();
    await expect(orphans.getByRole('listitem')).toHaveCount(orphanCount - 1);
    await saved(page);
    await page.screenshot({ path: path.join(shots, 'editor-5-reattached.png') });
    expect(errors).toEqual([]);
  });
});
