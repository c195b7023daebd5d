import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The running Factbench release, from package.json. */
export const APP_VERSION: string = (() => {
  for (const rel of ['../../package.json', '../package.json']) {
    try {
      const pkg = require(rel) as { name?: string; version?: string };
      if (pkg.name === 'factbench' && pkg.version) return pkg.version;
    } catch {
      // try the next layout (source tree vs. bundle)
    }
  }
  return '0.0.0';
})();
