import path from 'node:path';
import type { Page } from '@playwright/test';
import { shotsDir, watchErrors } from './desk-helpers';
import { callHost, expect, test } from './fixtures';

/**
 * The team server with two instances on one PostgreSQL database, as behind a
 * load balancer (the serve-postgres project only): a desk on one instance
 * sees what a colleague does through the other; when its instance goes away
 * it says it is reconnecting, and when the instance is back it gets what
 * it missed meanwhile (Last-Event-ID), without a reload.
 */
test.describe('the team server with two instances', () => {
  const articles = (page: Page) => page.getByRole('list', { name: 'Articles' });
  const claims = (page: Page) => page.getByRole('listbox', { name: 'Claims' });
  const notReloaded = (page: Page) => page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);

  test('a change made through one instance reaches a desk on the other; a desk whose instance restarts gets what it missed', async ({ page, desk, hosts }) => {
    const errors = watchErrors(page);
    const other = await hosts.start(desk.db);
    // Looked up through the other instance: this desk's own goes away below.
    const claimId = async (text: RegExp) => {
      const articleId = (await callHost<{ id: string }[]>(other, 'articles.list', {}))[0]!.id;
      return (await callHost<{ id: string; text: string }[]>(other, 'claims.list', { articleId })).find((c) => text.test(c.text))!.id;
    };
    await page.goto(desk.host.url);
    await articles(page).getByRole('button', { name: /priorité absolue/ }).click();
    await expect(claims(page).getByRole('option', { name: /Washington craint/ })).toBeVisible();
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    // A colleague on the other instance sets a verdict.
    await callHost(other, 'claims.update', { id: await claimId(/Washington craint/), patch: { verdict: 'misleading' } });
    await expect(claims(page).getByRole('option', { name: /Washington craint/ }).getByText('Misleading')).toBeVisible();

    // This desk's instance stops (an upgrade, a crash): the desk says it is reconnecting.
    const port = new URL(desk.host.url).port;
    await desk.host.stop();
    await expect(page.getByTestId('connection')).toHaveText(/Reconnecting/);
    await page.screenshot({ path: path.join(shotsDir, 'team-server-reconnecting.png') });
    // Meanwhile the colleague goes on through the other instance.
    await callHost(other, 'claims.update', { id: await claimId(/priorité absolue/), patch: { verdict: 'verified' } });

    // The instance comes back on the same address: the desk catches up from where it was, without a reload.
    await hosts.start(desk.db, ['--listen', `127.0.0.1:${port}`]);
    await expect(page.getByTestId('connection')).toBeHidden();
    await expect(claims(page).getByRole('option', { name: /sa «priorité absolue»/ }).first().getByText('Verified')).toBeVisible();
    expect(await notReloaded(page)).toBe(true);
    expect(errors.filter((e) => !/Failed to fetch|ERR_|NetworkError/.test(e))).toEqual([]);
  });
});
