import fs from 'node:fs';
import path from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import { tempDir } from '../helpers/temp';
import { seed, shotsDir, watchErrors } from './desk-helpers';
import { startHostProcess, type HostProcess } from './host-process';

export interface Desk {
  host: HostProcess;
  /** The workspace file the host serves. */
  db: string;
  /** A folder of the test's own, removed with it. */
  dir: string;
  /** Errors the page logged; a test ends with none. */
  errors: string[];
  /** Starts the host again on the same file (a restart), stopping the current one. */
  restart(): Promise<HostProcess>;
  shot(name: string): Promise<void>;
}

interface DeskOptions {
  /** What the workspace holds before the host starts. */
  deskSeed: 'reference' | 'empty';
  /** Extra environment for the host process (a stand-in for the network). */
  hostEnv: Record<string, string>;
}

/**
 * Each test gets its own workspace file and its own host process (the
 * browser mode, as a user starts it), stopped when the test ends whatever
 * its outcome; the page opens on it.
 */
export const test = base.extend<DeskOptions & { desk: Desk }>({
  deskSeed: ['reference', { option: true }],
  hostEnv: [{}, { option: true }],
  desk: async ({ page, deskSeed, hostEnv }, use, info) => {
    const tmp = tempDir('factbench-desk-e2e-');
    const db = path.join(tmp.dir, 'factbench.db');
    if (deskSeed === 'reference') seed(db, 'reference');
    let host = await startHostProcess(db, hostEnv);
    fs.mkdirSync(shotsDir, { recursive: true });
    const errors = watchErrors(page);
    const desk: Desk = {
      get host() {
        return host;
      },
      db,
      dir: tmp.dir,
      errors,
      async restart() {
        await host.stop();
        host = await startHostProcess(db, hostEnv);
        return host;
      },
      shot: async (name) => {
        const lang = await page.evaluate(() => document.documentElement.lang || navigator.language);
        await page.screenshot({ path: path.join(shotsDir, `${path.basename(info.file, '.spec.ts')}-${name}-${lang}.png`) });
      },
    };
    try {
      await page.goto(host.url);
      await use(desk);
    } finally {
      await host.stop();
      tmp.cleanup();
    }
  },
});

export { expect };

export const claimsList = (page: Page, name = 'Claims') => page.getByRole('listbox', { name });
export const saved = (page: Page, words = /Saved|Enregistré/) => expect(page.getByTestId('save-state')).toHaveText(words);
