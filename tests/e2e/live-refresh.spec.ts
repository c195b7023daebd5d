import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { repoRoot } from '../helpers/paths';
import { watchErrors } from './desk-helpers';
import { expect, test, type Desk } from './fixtures';

/** The command line as a user runs it (`npx factbench …` is `node bin/factbench.js …`), without blocking the test. */
function factbench(args: string[]): Promise<{ status: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin/factbench.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.once('error', reject);
    child.once('exit', (status) => resolve({ status, out, err }));
  });
}

const WIRE = `Le Parlement vote la gratuité des transports régionaux

Le Parlement a adopté mardi la gratuité des trains régionaux pour les moins de 26 ans, une mesure qui coûtera 300 millions de francs par an selon le gouvernement.
« C'est une victoire pour la jeunesse », a déclaré la ministre des Transports devant la presse.
`;

/**
 * A desk that follows changes made elsewhere: the command line on the same file,
 * another tab on the same host. Each test has a workspace and a host of its own.
 */
test.describe('changes made elsewhere show up without a reload', () => {
  const articles = (page: Page) => page.getByRole('list', { name: 'Articles' });
  const claims = (page: Page) => page.getByRole('listbox', { name: 'Claims' });
  /** A page of the desk on the reference article, marked so that a reload would show. */
  const openDesk = async (page: Page, desk: Desk) => {
    await page.goto(desk.host.url);
    await articles(page).getByRole('button', { name: /priorité absolue/ }).click();
    await expect(claims(page).getByRole('option', { name: /Washington craint/ })).toBeVisible();
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  };
  const notReloaded = (page: Page) => page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);
  const select = async (page: Page, name: RegExp) => {
    const option = claims(page).getByRole('option', { name });
    await option.click();
    await expect(option).toHaveAttribute('aria-selected', 'true');
  };

  test('an article imported with the command line on the same file appears in Articles', async ({ page, desk, workDir }) => {
    const errors = watchErrors(page);
    await openDesk(page, desk);
    await expect(articles(page).getByRole('button')).toHaveCount(1);

    const file = path.join(workDir, 'transports.txt');
    fs.writeFileSync(file, WIRE);
    const r = await factbench(['import', file, ...desk.cliTarget]);
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    expect(r.out.trim()).toMatch(/^\S+$/);

    await expect(articles(page).getByRole('button', { name: /gratuité des transports régionaux/ })).toBeVisible();
    await expect(articles(page).getByRole('button')).toHaveCount(2);
    // The open article, its claims and the selection are as they were.
    await expect(articles(page).getByRole('button', { name: /priorité absolue/ })).toHaveAttribute('aria-current', 'true');
    await expect(claims(page).getByRole('option', { name: /Washington craint/ })).toBeVisible();
    expect(await notReloaded(page)).toBe(true);
    expect(errors).toEqual([]);
  });

  test('a verdict set in one tab shows in the other tab’s claims list and panel', async ({ page, context, desk }) => {
    const errors = watchErrors(page);
    const other = await context.newPage();
    await openDesk(page, desk);
    await openDesk(other, desk);
    await select(page, /sa «priorité absolue»/);
    await select(other, /sa «priorité absolue»/);

    await page.getByLabel('Verdict').selectOption('false');

    const mirrored = claims(other).getByRole('option', { name: /sa «priorité absolue»/ });
    await expect(mirrored.getByText('False')).toBeVisible();
    await expect(other.getByLabel('Verdict')).toHaveValue('false');
    await expect(other.getByLabel('Status')).toHaveValue('checked');
    await expect(mirrored).toHaveAttribute('aria-selected', 'true');
    // The Articles list counts the checked claim in both tabs.
    await expect(articles(other).getByRole('button', { name: /priorité absolue/ })).toContainText(/\b1 of \d+ checked/);
    expect(await notReloaded(other)).toBe(true);
    expect(await notReloaded(page)).toBe(true);
    await other.close();
    expect(errors).toEqual([]);
  });

  test('typing a rationale in one tab is not disturbed by changes from another tab', async ({ page, context, desk }) => {
    const errors = watchErrors(page);
    const other = await context.newPage();
    await openDesk(page, desk);
    await openDesk(other, desk);
    await select(page, /sa «priorité absolue»/);
    await select(other, /Washington craint/);

    const rationale = page.getByLabel('Rationale');
    await rationale.click();
    await rationale.fill('');
    const words = 'Le communiqué du Kremlin du 13 septembre cite ces mots; la KCNA les confirme le lendemain.';
    // The other tab changes another claim while this one is being typed, key by key.
    const typing = page.keyboard.type(words, { delay: 40 });
    await other.getByLabel('Verdict').selectOption('misleading');
    await expect(claims(page).getByRole('option', { name: /Washington craint/ }).getByText('Misleading')).toBeVisible();
    await typing;
    await expect(rationale).toBeFocused();
    await expect(rationale).toHaveValue(words);

    // Even a change to the same claim keeps the words being typed, and shows the rest.
    const more = ' Vérifié auprès de deux sources.';
    const typingMore = page.keyboard.type(more, { delay: 40 });
    await select(other, /sa «priorité absolue»/);
    await other.getByLabel('Verdict').selectOption('verified');
    await expect(page.getByLabel('Verdict')).toHaveValue('verified');
    await typingMore;
    await expect(rationale).toBeFocused();
    await expect(rationale).toHaveValue(words + more);

    // Once saved, the other tab shows the whole rationale, and this one still has it.
    await rationale.blur();
    await expect(other.getByLabel('Rationale')).toHaveValue(words + more);
    await expect(rationale).toHaveValue(words + more);
    await expect(page.getByLabel('Verdict')).toHaveValue('verified');
    expect(await notReloaded(page)).toBe(true);
    await other.close();
    expect(errors).toEqual([]);
  });

  test('a text edit in one tab reaches the other; its own echo leaves the editor as it is', async ({ page, context, desk }) => {
    const errors = watchErrors(page);
    const other = await context.newPage();
    await openDesk(page, desk);
    await openDesk(other, desk);
    const editor = page.getByRole('textbox', { name: 'Editor' });
    const otherEditor = other.getByRole('textbox', { name: 'Editor' });
    // A mark on the editor's element: an editor rebuilt by a refresh would lose it (and the undo history with it).
    await editor.evaluate((el) => ((el as unknown as { kept: boolean }).kept = true));

    await page.getByRole('button', { name: 'Edit text' }).click();
    await editor.locator('p').filter({ hasText: 'Vladivostok' }).first().click({ position: { x: 2, y: 6 } });
    await page.keyboard.type('Selon l’agence, ');
    await expect(page.getByTestId('save-state')).toHaveText(/Saved/);
    await expect(otherEditor).toContainText('Selon l’agence, ');

    // Leave the editor: an echo put off while it had the focus would rebuild it now.
    await page.keyboard.press('Escape');
    await select(page, /Washington craint/);
    await select(other, /Washington craint/);
    await other.getByLabel('Verdict').selectOption('unverifiable');
    await expect(claims(page).getByRole('option', { name: /Washington craint/ }).getByText('Unverifiable')).toBeVisible();
    expect(await editor.evaluate((el) => (el as unknown as { kept?: boolean }).kept === true)).toBe(true);
    await expect(editor).toContainText('Selon l’agence, ');
    expect(await notReloaded(page)).toBe(true);
    await other.close();
    expect(errors).toEqual([]);
  });
});
