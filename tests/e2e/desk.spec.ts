import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { UiState } from '../../src/contract/methods/ui-state';
import type { ClaimSource, Claim } from '../../src/core/model';
import { repoRoot } from '../helpers/paths';
import { html, pageServer } from '../unit/sources/page-server';
import { shotsDir, watchErrors } from './desk-helpers';
import { expect, test as deskTest, type Desk } from './fixtures';

const page72259 = fs.readFileSync(path.join(repoRoot, 'tests/fixtures/desk/kremlin-talks.html'), 'utf8');
/** A web page standing in for the Kremlin's transcript, served for the test that cites it. */
const test = deskTest.extend<{ site: Awaited<ReturnType<typeof pageServer>> }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
  site: async ({}, use) => {
    const site = await pageServer({ '/talks': html(page72259) });
    try {
      await use(site);
    } finally {
      await site.close();
    }
  },
});

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);

/**
 * The verification desk against the real host, on the reference article, beyond
 * the foundation flow. Each test has a workspace of its own (the `desk` fixture:
 * a seeded file and its host, stopped whatever the outcome), so each runs alone.
 */
test.describe('the verification desk', () => {
  const claims = (page: Page) => page.getByRole('listbox', { name: 'Claims' });
  const open = async (page: Page, name: RegExp) => {
    const option = claims(page).getByRole('option', { name });
    await option.click();
    await expect(option).toHaveAttribute('aria-selected', 'true');
  };
  /** What the workspace has stored of where the user is: what the next start restores. */
  const stored = (desk: Desk) => desk.rpc<UiState>('ui.state');
  const claimId = async (desk: Desk, text: RegExp) => {
    const [article] = await desk.rpc<{ id: string }[]>('articles.list');
    const all = await desk.rpc<Claim[]>('claims.list', { articleId: article!.id });
    return all.find((c) => text.test(c.text))!.id;
  };

  test('a source from its URL, archived; reused for another claim from the library; evidence attached', async ({ page, desk, site }) => {
    test.setTimeout(180_000);
    const errors = watchErrors(page);
    await page.goto(desk.host.url);

    await open(page, /sa «priorité absolue»/);
    await page.getByRole('button', { name: 'Add source' }).click();
    const form = page.getByRole('form', { name: 'Source' });
    await form.getByLabel('URL').fill(site.url('/talks'));
    await form.getByLabel('URL').press('Tab');
    await expect(form.getByText('Filled from the page: check the fields.')).toBeVisible();
    await expect(form.getByLabel('Title')).toHaveValue('Talks with Chairman of the State Affairs of the DPRK Kim Jong Un');
    await expect(form.getByLabel('Publisher')).toHaveValue('President of Russia');
    await expect(form.getByLabel('Published on')).toHaveValue('2023-09-13');
    await form.getByLabel('Excerpt').fill('We will give priority to relations with Russia.');
    await form.getByLabel('Archive a copy of the page').check();
    await form.getByRole('button', { name: 'Save source' }).click();
    const source = page.locator('.source-item').filter({ hasText: 'Talks with Chairman' });
    await expect(source.getByText(/^Archived/)).toBeVisible();
    await expect(source.getByText(/SHA-256 [0-9a-f]{12}…/)).toBeVisible();
    const snap = page.waitForEvent('download');
    await source.getByRole('button', { name: 'Download the archived copy' }).click();
    expect(fs.readFileSync(await (await snap).path(), 'utf8')).toBe(page72259);

    // An unreachable page is said, not an error: the user types the fields.
    await page.getByRole('button', { name: 'Add source' }).click();
    await form.getByLabel('URL').fill('http://127.0.0.1:1/gone');
    await form.getByLabel('Title').click();
    await expect(form.getByText(/Could not read the page .* fill the fields yourself/)).toBeVisible();
    await expect(page.getByRole('alert')).toHaveText('');
    await form.getByRole('button', { name: 'Cancel' }).click();

    // The same source serves the Washington claim: found as you type in the library.
    await open(page, /Washington craint/);
    await page.getByRole('button', { name: 'From library' }).click();
    await page.getByRole('combobox', { name: 'Find in library' }).fill('DPRK tal');
    const hit = page.getByRole('listbox', { name: 'Find in library' }).getByRole('option', { name: /Talks with Chairman/ });
    await expect(hit).toContainText('cited by 1 claim');
    await page.getByRole('combobox', { name: 'Find in library' }).press('Enter');
    const link = page.getByRole('form', { name: 'Link source' });
    await link.getByLabel('Stance').selectOption('context');
    await link.getByRole('button', { name: 'Link source' }).click();
    await expect(page.getByRole('link', { name: 'Talks with Chairman of the State Affairs of the DPRK Kim Jong Un' })).toBeVisible();
    await expect(page.locator('.source-item .stance')).toHaveText(/Context/);

    // Evidence: a screenshot, typed by its bytes, kept in the workspace.
    await page.getByTestId('attach-input').setInputFiles({ name: 'kcna-frontpage.png', mimeType: 'image/png', buffer: PNG });
    await expect(page.getByRole('button', { name: 'Download kcna-frontpage.png' })).toBeVisible();
    await expect(page.locator('.attachment-item')).toContainText('PNG image');
    const got = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download kcna-frontpage.png' }).click();
    expect(fs.readFileSync(await (await got).path()).equals(PNG)).toBe(true);

    // The history says what happened, newest first.
    await page.locator('details.history summary').click();
    const items = page.locator('.history-items li');
    await expect(items.nth(0)).toContainText('Evidence attached: «kcna-frontpage.png»');
    await expect(items.nth(1)).toContainText('Source added: «Talks with Chairman of the State Affairs of the DPRK Kim Jong Un»');
    await page.screenshot({ path: path.join(shotsDir, 'desk-sources.png') });
    expect(errors).toEqual([]);
  });

  test('speakers renamed and merged across the article; tags and assignee; suggestions accepted and dismissed', async ({ page, desk }) => {
    await page.goto(desk.host.url);
    // Rename: a new name. Merge: a name another speaker already has.
    await open(page, /Washington craint/);
    const washington = await page.getByLabel('Speaker').inputValue();
    expect(washington).not.toBe('');
    await page.getByRole('button', { name: 'Rename or merge…' }).click();
    await page.getByLabel('New name').fill('US administration');
    await page.locator('form.rename-form').getByRole('button', { name: 'Rename', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText(new RegExp(`«${washington}» renamed to «US administration» in \\d+ claims`));
    await expect(page.getByLabel('Speaker')).toHaveValue('US administration');
    await open(page, /Nous discuterons de tous les sujets/);
    const other = await page.getByLabel('Speaker').inputValue();
    await page.getByRole('button', { name: 'Rename or merge…' }).click();
    await page.getByLabel('New name').fill('US administration');
    await page.locator('form.rename-form').getByRole('button', { name: 'Merge' }).click();
    await expect(page.getByRole('status')).toHaveText(new RegExp(`«${other}» merged into «US administration»`));
    await expect(page.getByLabel('Speaker')).toHaveValue('US administration');
    await page.getByRole('button', { name: /Filters/ }).click();
    await expect(page.getByLabel('Said by').locator('option', { hasText: 'US administration' })).toHaveText(/US administration \(\d+\)/);
    await expect(page.getByLabel('Said by').locator('option', { hasText: washington })).toHaveCount(0);
    await page.getByLabel('Said by').selectOption('US administration');
    for (const option of await claims(page).getByRole('option').all()) await expect(option.locator('.speaker')).toHaveText('US administration');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('button', { name: /Filters/ }).click();
    // Undone in one step: every claim goes back to its own speaker.
    await page.keyboard.press('Escape');
    await claims(page).focus();
    await page.keyboard.press('Control+z');
    await expect(page.getByLabel('Speaker')).toHaveValue(other);

    await page.getByLabel('Tags').fill('military');
    await page.getByLabel('Tags').press('Enter');
    await expect(page.locator('.tag')).toHaveText(/military/);
    await page.getByLabel('Assignee').fill('Léa');
    await page.getByLabel('Assignee').press('Tab');
    await expect(page.getByTestId('save-state')).toHaveText(/Saved/);

    // Suggestions: accept by button, dismiss by button; the dismissed one is kept and restorable.
    await open(page, /Nous discuterons de tous les sujets/);
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText('Suggestion accepted.');
    await open(page, /Je pense que ma rencontre/);
    await expect(page.getByText(/Suggested by Factbench · score \d+%/)).toBeVisible();
    await expect(page.locator('details.reasons')).toHaveAttribute('open', '');
    await expect(page.locator('.attribution')).toContainText('Attributed by');
    await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await expect(claims(page).getByRole('option', { name: /Je pense que ma rencontre/ })).toHaveCount(0);
    await page.getByRole('button', { name: /Show 1 dismissed/ }).click();
    await open(page, /Je pense que ma rencontre/);
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText('Claim restored.');
    await page.getByRole('button', { name: /Filters/ }).click();
    await page.getByLabel('Suggestions', { exact: true }).selectOption('active');
    await expect(claims(page).getByRole('option', { name: /Je pense que ma rencontre/ })).toHaveAttribute('aria-selected', 'true');
  });

  test('search finds claims, articles and sources with the matches marked', async ({ page, desk }) => {
    // A source cited by the «priorité absolue» claim, as the first test adds it through the form.
    await desk.rpc<ClaimSource>('sources.add', {
      claimId: await claimId(desk, /priorité absolue/),
      source: { url: 'http://en.kremlin.ru/events/president/news/72259', title: 'Talks with Chairman of the State Affairs of the DPRK Kim Jong Un', publisher: 'President of Russia', excerpt: 'We will give priority to relations with Russia.', stance: 'supports' },
    });
    await page.goto(desk.host.url);
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('armes');
    const results = page.getByRole('listbox', { name: 'Search results' });
    await expect(results.getByRole('group', { name: 'Claims' })).toBeVisible();
    await expect(results.locator('mark').first()).toHaveText(/armes/i);
    await search.fill('President of Russ');
    await expect(results.getByRole('group', { name: 'Sources' })).toBeVisible();
    await results.getByRole('group', { name: 'Sources' }).getByRole('option').first().click();
    await expect(claims(page).getByRole('option', { name: /priorité absolue|Washington craint/ }).and(page.locator('[aria-selected="true"]'))).toHaveCount(1);
    await page.screenshot({ path: path.join(shotsDir, 'desk-search.png') });
  });

  test('another verdict scale, the French interface and the dark theme, all remembered', async ({ page, desk }) => {
    await page.goto(desk.host.url);
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByRole('radio', { name: /Six levels/ }).check();
    await settings.getByLabel('Theme').selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await settings.getByLabel('Interface language').selectOption('fr');
    await expect(page.getByRole('dialog', { name: 'Réglages' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Importer un article' })).toBeVisible();
    await expect(page.getByRole('listbox', { name: 'Affirmations' })).toBeVisible();
    const priority = page.getByRole('listbox', { name: 'Affirmations' }).getByRole('option', { name: /Nous allons donner la priorité/ });
    await priority.click();
    await expect(priority).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('6'); // the sixth verdict of the PolitiFact-like scale
    await expect(page.getByLabel('Verdict', { exact: true })).toHaveValue('pants-on-fire');
    await expect(page.getByRole('status')).toHaveText('Verdict : Complètement faux');
    await expect(page.locator('.tally-legend')).toContainText('Complètement faux');
    await expect(page.locator('.article-meta').first()).toContainText(/\d{1,2} \S+ \d{4}/); // a French date
    // The editor's own words follow the language switch, without a reload.
    await expect(page.getByRole('textbox', { name: 'Éditeur' })).toBeVisible();
    await expect(page.locator('.fold-run-label').first()).toHaveText('⋯ 3 lignes repliées');
    await expect(page.getByRole('textbox', { name: 'Éditeur' })).not.toContainText('folded lines');
    await page.screenshot({ path: path.join(shotsDir, 'desk-fr-dark.png') });
    // Where the user is has been written (what a restart right now must find).
    const priorityId = await claimId(desk, /Nous allons donner la priorité/);
    await expect.poll(async () => (await stored(desk)).lastClaimId).toBe(priorityId);

    await page.goto((await desk.restart()).url);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByLabel('Verdict', { exact: true })).toHaveValue('pants-on-fire');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(20, 23, 27)');
    // Back to English and the system theme for the next reader.
    await page.getByRole('button', { name: 'Réglages' }).click();
    await page.getByLabel("Langue de l'interface").selectOption('en');
    await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Theme').selectOption('system');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  });

  test('the article scroll position and the selected claim come back after a restart', async ({ page, desk }) => {
    await page.goto(desk.host.url);
    await open(page, /Washington craint/);
    await page.locator('main.main').evaluate((el) => el.scrollTo(0, 400));
    // The position and the selection are written shortly after scrolling stops: wait until they are stored.
    const [article] = await desk.rpc<{ id: string }[]>('articles.list');
    const washington = await claimId(desk, /Washington craint/);
    await expect.poll(async () => stored(desk)).toMatchObject({ lastClaimId: washington, scroll: { [article!.id]: 400 } });
    await page.goto((await desk.restart()).url);
    await expect(claims(page).getByRole('option', { name: /Washington craint/ })).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => page.locator('main.main').evaluate((el) => el.scrollTop)).toBe(400);
  });

  test('the claim chosen last and the words typed last are kept when the tab is closed right away', async ({ page, context, desk }) => {
    await page.goto(desk.host.url);
    await open(page, /Washington craint/);
    await page.getByLabel('Rationale').fill('Confirmed by the White House briefing.');
    // Closed as a user closes a tab, before any pause in the typing could let a debounced save go.
    await page.close({ runBeforeUnload: true });
    const washington = await claimId(desk, /Washington craint/);
    await expect.poll(async () => (await stored(desk)).lastClaimId).toBe(washington);
    await expect.poll(async () => (await desk.rpc<Claim>('claims.get', { id: washington })).rationale).toBe('Confirmed by the White House briefing.');

    // And a new tab opens where the user was.
    const again = await context.newPage();
    await again.goto(desk.host.url);
    await expect(claims(again).getByRole('option', { name: /Washington craint/ })).toHaveAttribute('aria-selected', 'true');
    await expect(again.getByLabel('Rationale')).toHaveValue('Confirmed by the White House briefing.');
  });

  test('n makes a new claim of the words selected in the article', async ({ page, desk }) => {
    await page.goto(desk.host.url);
    await open(page, /Washington craint/);
    const before = await claims(page).getByRole('option').count();
    // Select «train blindé» in the article, then leave the article and press n.
    await page.getByTestId('Editor').evaluate((root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('train blindé');
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'train blindé'.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
      throw new Error('«train blindé» is not in the article');
    });
    await expect(page.getByRole('button', { name: 'New claim' })).toBeEnabled();
    await page.keyboard.press('n');
    await expect(page.getByRole('status')).toHaveText('Claim added.');
    await expect(claims(page).getByRole('option')).toHaveCount(before + 1);
    await expect(claims(page).getByRole('option', { name: 'train blindé', exact: true })).toHaveAttribute('aria-selected', 'true');
  });
});
