import { createRequire } from 'node:module';

// Not named `require`: electron-vite adds its own top-level `const require` shim to the
// Electron main bundle, and a second declaration made that bundle a SyntaxError.
const requireHere = createRequire(import.meta.url);

/** The running Factbench release, from package.json. */
export const APP_VERSION: string = (() => {
  for (const rel of ['../../package.json', '../package.json']) {
    try {
      const pkg = requireHere(rel) as { name?: string; version?: string };
      if (pkg.name === 'factbench' && pkg.version) return pkg.version;
    } catch {
      // try the next layout (source tree vs. bundle)
    }
  }
  return '0.0.0';
})();
