import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

// Unit, contract and component tests. End-to-end tests run under Playwright (tests/e2e).
export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/contract/**/*.test.ts'],
          // A throwaway PostgreSQL 15 cluster for the tests of the team server's storage (tests/helpers/postgres-cluster.ts).
          // The built renderer, which factbench serve refuses to start without (tests/helpers/renderer-setup.ts).
          globalSetup: ['tests/helpers/renderer-setup.ts', 'tests/helpers/postgres-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'happy-dom',
          include: ['tests/components/**/*.test.ts'],
          setupFiles: ['tests/components/setup.ts'],
        },
      },
    ],
  },
});
