import { defineConfig } from '@playwright/test';

/** The Electron suite (npm run test:electron): only where Electron's binary exists. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/electron',
  timeout: 120_000,
  workers: 1,
  forbidOnly: true,
  reporter: [['list']],
});
