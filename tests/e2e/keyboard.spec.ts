import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { tempDir } from '../helpers/temp';
import { startHostProcess, type HostProcess } from './host-process';
import { referenceText, shotsDir, tabTo, watchErrors } from './desk-helpers';

/**
 * The foundation's whole flow — import, verify, source, export, restart — with
 * the keyboard only: every control is reached with Tab or a shortcut, every
 * action is a key press. No click, no hover.
 */
test.describe('the desk without a mouse', () => {
  let host: HostProcess | null = null;
  const tmp = tempDir('factbench-keys-');
  const db = path.join(tmp.dir, 'factbench.db');
  test.beforeAll(() => fs.mkdirSync(shotsDir, { recursive: true }));
  test.afterAll(async () => {
    await host?.stop();
    tmp.cleanup();
  });

  test('import, verify, source, undo, review suggestions, export and come back, by keyboard', async ({ page }) => {
    test.setTimeout(240_000);
    const errors = watchErrors(page);
    host = await startHostProcess(db);
    await page.goto(host.url);
    const claims = page.getByRole('listbox', { name: 'Claims' });
    const key = (k: string) => page.keyboard.press(k);

    // 1. Import: Tab to the button, Enter, type the article, Tab to Import, Enter.
    await tabTo(page, page.getByRole('button', { name: 'Import article' }));
    await key('Enter');
    const dialog = page.getByRole('dialog', { name: 'Import article' });
    await expect(dialog.getByLabel('Article text')).toBeFocused();
    await page.keyboard.insertText(referenceText());
    await tabTo(page, dialog.getByRole('button', { name: 'Import', exact: true }));
    await key('Enter');
    await expect(dialog).toBeHidden();
    await expect(claims.getByRole('option').first()).toBeVisible();

    // 2. Walk the claims with j/k until the «priorité absolue» claim; the panel follows.
    await tabTo(page, claims);
    const target = claims.getByRole('option', { name: /ferait des liens bilatéraux avec la Russie sa «priorité absolue»/ });
    for (let i = 0; i < 20 && (await target.getAttribute('aria-selected').catch(() => null)) !== 'true'; i++) await key('j');
    await expect(target).toHaveAttribute('aria-selected', 'true');
    await key('j');
    await expect(target).toHaveAttribute('aria-selected', 'false');
    await key('k');
    await expect(target).toHaveAttribute('aria-selected', 'true');

    // 3. A digit gives the verdict; 0 takes it away; Ctrl+Z and Ctrl+Y undo and redo.
    const verdict = page.getByLabel('Verdict', { exact: true });
    await key('1');
    await expect(verdict).toHaveValue('verified');
    await expect(page.getByLabel('Status', { exact: true })).toHaveValue('checked');
    await key('0');
    await expect(verdict).toHaveValue('');
    await key('Control+z');
    await expect(verdict).toHaveValue('verified');
    await key('Control+y');
    await expect(verdict).toHaveValue('');
    await key('Control+z');
    await expect(verdict).toHaveValue('verified');
    await expect(page.getByRole('status')).toHaveText(/Undone/);

    // 4. Enter opens the claim: the focus goes to its verdict; Tab on to the rationale.
    await key('Enter');
    await expect(verdict).toBeFocused();
    await tabTo(page, page.getByLabel('Rationale'));
    await page.keyboard.type('Confirmed by the Kremlin transcript of the talks and by KCNA.');

    // 5. Add a source with the keyboard.
    await tabTo(page, page.getByRole('button', { name: 'Add source' }));
    await key('Enter');
    const form = page.getByRole('form', { name: 'Source' });
    await expect(form.getByLabel('URL')).toBeFocused();
    await page.keyboard.type('https://www.kremlin.ru/events/president/news/72259');
    await tabTo(page, form.getByLabel('Title'));
    await page.keyboard.type('Talks with Chairman of the State Affairs of the DPRK Kim Jong Un');
    await tabTo(page, form.getByLabel('Publisher'));
    await page.keyboard.type('Kremlin');
    await tabTo(page, form.getByLabel('Excerpt'));
    await page.keyboard.type('We will give priority to relations with Russia.');
    await tabTo(page, form.getByLabel('Stance'));
    await expect(form.getByLabel('Stance')).toHaveValue('supports');
    await tabTo(page, form.getByRole('button', { name: 'Save source' }));
    await key('Enter');
    await expect(page.getByRole('link', { name: 'Talks with Chairman of the State Affairs of the DPRK Kim Jong Un' })).toBeVisible();
    await expect(page.getByTestId('save-state')).toHaveText(/Saved/);

    // 6. ? shows the shortcuts; Escape closes them.
    await tabTo(page, claims, { back: true });
    await key('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    await expect(help).toContainText('Next claim');
    await key('Escape');
    await expect(help).toBeHidden();

    // 7. Dismiss a suggestion with d (it leaves the list but is kept), restore it with a.
    await expect(claims).toBeFocused();
    await key('j');
    const suggestion = claims.locator('[aria-selected="true"]');
    const text = (await suggestion.locator('.claim-text').textContent())!;
    await key('d');
    await expect(page.getByRole('status')).toHaveText('Suggestion dismissed.');
    await expect(claims.getByRole('option', { name: text, exact: true })).toHaveCount(0);
    await tabTo(page, page.getByRole('button', { name: /Show 1 dismissed/ }));
    await key('Enter');
    await tabTo(page, claims);
    await key('j');
    await expect(claims.getByRole('option', { name: text, exact: true })).toHaveAttribute('aria-selected', 'true');
    await key('a');
    await expect(page.getByRole('status')).toHaveText('Claim restored.');

    // 8. / searches; Enter on a hit opens it.
    await key('/');
    await expect(page.getByRole('combobox', { name: 'Search' })).toBeFocused();
    await page.keyboard.type('liens bilatéraux');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
    await key('Enter');
    await expect(target).toHaveAttribute('aria-selected', 'true');

    // 9. Export HTML, then JSON, from the keyboard.
    for (const [format, arrows] of [['HTML', 0], ['JSON', 5]] as const) {
      await tabTo(page, page.getByRole('button', { name: 'Export report' }), { back: true });
      await key('Enter');
      const exp = page.getByRole('dialog', { name: 'Export report' });
      await tabTo(page, exp.getByLabel('HTML', { exact: true }));
      for (let i = 0; i < arrows; i++) await key('ArrowRight');
      await expect(exp.getByLabel(format, { exact: true })).toBeChecked();
      await tabTo(page, exp.getByRole('button', { name: 'Export', exact: true }));
      const download = page.waitForEvent('download');
      await key('Enter');
      const body = fs.readFileSync(await (await download).path(), 'utf8');
      expect(body).toContain('Confirmed by the Kremlin transcript of the talks and by KCNA.');
      expect(body).toContain('Talks with Chairman of the State Affairs of the DPRK Kim Jong Un');
      await expect(exp).toBeHidden();
    }
    await page.screenshot({ path: path.join(shotsDir, 'keyboard-verified.png') });
    expect(errors).toEqual([]);

    // 10. Quit and start again: the last article and the selected claim come back by themselves.
    await host.stop();
    host = await startHostProcess(db);
    await page.goto(host.url);
    errors.length = 0;
    await expect(target).toHaveAttribute('aria-selected', 'true');
    await expect(verdict).toHaveValue('verified');
    await expect(page.getByLabel('Rationale')).toHaveValue('Confirmed by the Kremlin transcript of the talks and by KCNA.');
    await expect(page.getByRole('link', { name: 'Talks with Chairman of the State Affairs of the DPRK Kim Jong Un' })).toBeVisible();
    expect(errors).toEqual([]);
  });
});
