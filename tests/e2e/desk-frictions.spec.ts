import fs from 'node:fs';
import type { Page } from '@playwright/test';
import type { HostProcess } from './host-process';
import { selectWords } from './editor-pointer';
import { claimsList, expect, saved, test } from './desk-fixture';

/**
 * Issue 15, point 7: the smaller frictions a new fact-checker met in a day at
 * the desk, each as the user sees it, in English and in French where words are
 * involved.
 */

/** Calls the host's API as the page does (bearer token), to set up what a test needs quickly. */
async function rpc<T>(host: HostProcess, method: string, input: unknown): Promise<T> {
  const url = new URL(host.url);
  const token = new URLSearchParams(url.hash.slice(1)).get('token')!;
  const res = await fetch(new URL('/rpc', url), { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ method, input }) });
  const body = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(body.error!.message);
  return body.value;
}

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

test.describe('smaller frictions', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`the pressed ✎ Edit stays readable under the pointer (${theme} theme)`, async ({ page, desk }) => {
      await page.emulateMedia({ colorScheme: theme });
      const edit = page.getByRole('button', { name: 'Edit text' });
      await edit.click();
      await expect(edit).toHaveAttribute('aria-pressed', 'true');
      await edit.hover();
      const colours = await edit.evaluate((el) => ({ ink: getComputedStyle(el).color, paper: getComputedStyle(el).backgroundColor }));
      expect(contrast(colours.ink, colours.paper), JSON.stringify(colours)).toBeGreaterThanOrEqual(4.5);
      expect(desk.errors).toEqual([]);
    });
  }

  test('a claim made by hand is not a suggestion, and Ctrl+Z right after New claim takes it back', async ({ page, desk }) => {
    await selectWords(page, 'un train blindé');
    await page.getByRole('button', { name: 'New claim' }).click();
    await saved(page);
    const made = claimsList(page).getByRole('option', { name: /^un train blindé/ });
    await expect(made).toBeVisible();
    await expect(page.getByText('Added by hand: not a suggestion, so it has no score.')).toBeVisible();
    await expect(page.getByText(/Why it was suggested/)).toHaveCount(0);

    await made.focus();
    await page.keyboard.press('Control+z');
    await expect(page.getByRole('status')).toHaveText('Undone: new claim');
    await expect(made).toHaveCount(0);
    await page.keyboard.press('Control+y');
    await expect(claimsList(page).getByRole('option', { name: /^un train blindé/ })).toBeVisible();

    // Dismissing it says what it is: a claim, not a suggestion.
    await claimsList(page).getByRole('option', { name: /^un train blindé/ }).click();
    await page.keyboard.press('d');
    await expect(page.getByRole('status')).toHaveText('Claim dismissed.');
    expect(desk.errors).toEqual([]);
  });

  test('after Enter the digits give verdicts, and the panel shows which digit gives which', async ({ page, desk }) => {
    const list = claimsList(page);
    await list.getByRole('option', { name: /Washington craint/ }).click();
    await list.focus();
    await page.keyboard.press('Enter');
    const verdict = page.getByLabel('Verdict', { exact: true });
    await expect(verdict).toBeFocused();
    const keys = page.getByRole('list', { name: 'Digit keys' });
    await expect(keys.getByRole('listitem')).toHaveText(['1 ✔ Verified', '2 ◕ Mostly true', '3 ◐ Misleading', '4 ✘ False', '5 ? Unverifiable', '0 ○ no verdict']);
    await page.keyboard.press('4');
    await expect(verdict).toHaveValue('false');
    await expect(page.getByRole('status')).toHaveText('Verdict: False');
    await page.keyboard.press('0');
    await expect(verdict).toHaveValue('');
    expect(desk.errors).toEqual([]);
  });

  test('an import error does not stay in the dialog after Cancel', async ({ page, desk }) => {
    await page.getByRole('button', { name: 'Import article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import article' });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Paste the article text, give a URL or choose a file.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Import article' }).click();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    expect(desk.errors).toEqual([]);
  });

  test('the article list shows publication dates, and after a restart the open article is in view and marked', async ({ page, desk }) => {
    for (let i = 1; i <= 7; i++) {
      await rpc(desk.host, 'articles.import', { text: `Dépêche ${i}\n\nLe budget du canton a augmenté de ${i} % en 2024, a indiqué mardi le Conseil d’État.` });
    }
    await page.goto(desk.host.url);
    const articles = page.getByRole('list', { name: 'Articles' });
    await expect(articles.getByRole('listitem')).toHaveCount(8);
    // The reference story, imported first, is at the bottom of the list; it carries its publication date.
    const reference = articles.getByRole('button', { name: /La Corée du Nord fera des liens/ });
    await expect(reference).toContainText('Published Sep 13, 2023');
    await reference.click();
    await saved(page).catch(() => undefined);
    await expect(reference).toHaveAttribute('aria-current', 'true');

    await desk.restart();
    await page.goto(desk.host.url);
    const again = page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: /La Corée du Nord fera des liens/ });
    await expect(again).toHaveAttribute('aria-current', 'true');
    await expect(again).toBeInViewport();
    const inList = await again.evaluate((el) => {
      const item = el.getBoundingClientRect();
      const box = el.closest('.articles')!.getBoundingClientRect();
      return item.top >= box.top - 1 && item.bottom <= box.bottom + 1;
    });
    expect(inList).toBe(true);
    expect(await again.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await desk.shot('article-list-after-restart');
    expect(desk.errors).toEqual([]);
  });

  test('every preset scale gives each verdict its own icon, and the report uses the desk’s', async ({ page, desk }) => {
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    const scales = dialog.locator('.scale-choice');
    await expect(scales).toHaveCount(3);
    for (const scale of await scales.all()) {
      const glyphs = await scale.locator('.scale-verdicts .badge > span[aria-hidden]').allTextContents();
      expect(new Set(glyphs).size, `${await scale.locator('.scale-name').textContent()}: ${glyphs.join(' ')}`).toBe(glyphs.length);
    }
    await dialog.getByRole('radio', { name: /AFP-like/ }).check();
    await saved(page);
    await dialog.getByRole('button', { name: 'Close' }).click();

    const list = claimsList(page);
    await list.getByRole('option', { name: /Washington craint/ }).click();
    await page.getByLabel('Verdict', { exact: true }).selectOption({ label: 'Missing context' });
    await saved(page);
    const badge = list.getByRole('option', { name: /Washington craint/ }).locator('.badge');
    await expect(badge).toHaveText('◑ Missing context');
    const keys = await page.getByRole('list', { name: 'Digit keys' }).getByRole('listitem').allTextContents();
    expect(new Set(keys.map((k) => k.split(' ')[1])).size).toBe(keys.length);

    await page.getByRole('button', { name: 'Export report' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('dialog', { name: 'Export report' }).getByRole('button', { name: 'Export', exact: true }).click();
    const html = fs.readFileSync((await (await download).path())!, 'utf8');
    expect(html).toMatch(/<span class="glyph" aria-hidden="true">◑<\/span>Manque de contexte/);
    expect(desk.errors).toEqual([]);
  });

  test.describe('plurals', () => {
    test.use({ deskSeed: 'empty' });
    test('in English: one claim found, in the singular', async ({ page, desk }) => {
      await importAndRead(page, 'Import article', 'Article text', 'Import', 'Unemployment falls\n\nUnemployment fell to 2.1% in March, the economy ministry said on Tuesday.');
      await expect(page.getByRole('status')).toHaveText('Article imported: 1 claim found.');
      await expect(page.getByRole('list', { name: 'Articles' })).toContainText('0 of 1 checked');
      expect(desk.errors).toEqual([]);
    });
  });

  test.describe('en français', () => {
    test.use({ locale: 'fr-FR' });
    test('une affirmation ajoutée à la main n’est pas une suggestion, et les touches des verdicts sont montrées', async ({ page, desk }) => {
      await selectWords(page, 'un train blindé');
      await page.getByRole('button', { name: 'Nouvelle affirmation' }).click();
      await saved(page);
      await expect(page.getByText('Ajoutée à la main\u00a0: ce n’est pas une suggestion, elle n’a pas de score.')).toBeVisible();
      await expect(page.getByRole('list', { name: 'Touches chiffrées' }).getByRole('listitem')).toHaveText(['1 ✔ Vérifié', '2 ◕ Plutôt vrai', '3 ◐ Trompeur', '4 ✘ Faux', '5 ? Invérifiable', '0 ○ aucun verdict']);
      await page.keyboard.press('d');
      await expect(page.getByRole('status')).toHaveText('Affirmation écartée.');
      expect(desk.errors).toEqual([]);
    });

    test.describe('pluriels', () => {
      test.use({ deskSeed: 'empty' });
      test('une affirmation trouvée, au singulier', async ({ page, desk }) => {
        await importAndRead(page, 'Importer un article', "Texte de l'article", 'Importer', 'Le chômage recule\n\nLe taux de chômage a baissé à 2,1 % en mars, a annoncé mardi le Secrétariat d’État à l’économie.');
        await expect(page.getByRole('status')).toHaveText('«\u00a0Le chômage recule\u00a0» importé\u00a0: 1 affirmation trouvée.');
        await expect(page.getByRole('list', { name: 'Articles' })).toContainText('0 sur 1 vérifiée');
        expect(desk.errors).toEqual([]);
      });
    });
  });
});

async function importAndRead(page: Page, open: string, field: string, submit: string, text: string): Promise<void> {
  await page.getByRole('button', { name: open }).click();
  const dialog = page.getByRole('dialog', { name: open });
  await dialog.getByLabel(field).fill(text);
  await dialog.getByRole('button', { name: submit, exact: true }).click();
  await expect(dialog).toBeHidden();
}
