import fs from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { referenceArticlePath, repoRoot } from '../helpers/paths';

export const referenceText = () => fs.readFileSync(referenceArticlePath, 'utf8');

/**
 * Seeds a workspace file before the host starts, in a child process (the
 * domain code is run by tsx, as the host runs it): the reference article
 * imported through the real API, or a big article with `count` claims.
 */
export function seed(db: string, what: 'reference' | { large: number }): string {
  const args = what === 'reference' ? ['reference'] : ['large', String(what.large)];
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), path.join(repoRoot, 'tests/e2e/desk-seed.ts'), db, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`seeding failed: ${r.stderr}`);
  return r.stdout.trim();
}

/** Presses Tab (or Shift+Tab) until `target` has the focus: proves it can be reached without a mouse. */
export async function tabTo(page: Page, target: Locator, { max = 60, back = false } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/ERR_CONNECTION_REFUSED|Failed to load resource/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  return errors;
}

export const shotsDir = path.join('test-results', 'screens');
