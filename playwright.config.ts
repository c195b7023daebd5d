import { defineConfig } from '@playwright/test';
import type { Backend } from './tests/e2e/fixtures';

/** End-to-end tests: the built renderer in Debian's Chromium against the loopback host on a real SQLite file. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig<object, { backend: Backend }>({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  projects: [
    // Every spec against the browser mode's host on a SQLite file.
    { name: 'sqlite', testIgnore: /team-server\.spec\.ts/ },
    // The foundation, live-refresh and search flows, and the two-instance tests, against `factbench serve` on PostgreSQL 15.
    {
      name: 'serve-postgres',
      use: { backend: 'postgres' satisfies Backend },
      testMatch: /(foundation|live-refresh|desk|team-server)\.spec\.ts/,
      grep: /article to review report|changes made elsewhere|search finds|team server/,
    },
  ],
});
