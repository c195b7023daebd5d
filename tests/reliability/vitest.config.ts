import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The reliability suite (issue 7): host security, API fuzzing, crash safety,
 * concurrency, migrations, backups, hostile articles, Electron hardening.
 * Its own config because several tests spawn processes and Chromium: files run
 * one after the other so they do not fight over the machine's two cores.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default defineConfig({
  root,
  test: {
    name: 'reliability',
    environment: 'node',
    include: ['tests/reliability/**/*.test.ts'],
    globalSetup: ['tests/helpers/renderer-setup.ts', 'tests/helpers/postgres-setup.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
