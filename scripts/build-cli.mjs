// Bundles the command line into out/cli (run by `npm ci` through "prepare", and by `npm run build`),
// so `npx factbench` starts in plain Node instead of compiling TypeScript on every run.
// Packages stay external; the lazily imported parts (database, services, PDF) become their own chunks.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Chunks are named by content hash: start from an empty folder so old ones do not pile up.
fs.rmSync(path.join(root, 'out', 'cli'), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  // work-worker.js: the worker threads' entry for runtimes started from the command line (`factbench serve`), found beside main.js.
  entryPoints: { main: 'src/node/cli/main.ts', 'work-worker': 'src/node/pool/worker.ts' },
  outdir: 'out/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
