import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { rendererConfig } from './vite.config';

/** `electron-vite build`: main (ESM), preload (CommonJS — a sandboxed preload cannot load ES modules), renderer (the shared Vite config). */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // work-worker.js: the worker threads' entry, emitted beside index.js, where electron/main finds it (workerBeside).
      // Piscina stays a package: it starts its own dist/worker.js, which then loads ours.
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/main/index.ts'), 'work-worker': resolve(import.meta.dirname, 'src/node/pool/worker.ts') },
        output: { entryFileNames: '[name].js' },
        external: ['better-sqlite3', 'playwright-core', 'jsdom', 'piscina'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: { ...rendererConfig.build, rollupOptions: { input: resolve(import.meta.dirname, 'src/ui/index.html') } },
  },
});
