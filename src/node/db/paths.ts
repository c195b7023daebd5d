import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository (or packaged app) root, where migrations/ and the built
 * renderer live. Source files sit three levels below it (src/node/db), the
 * Electron bundle two (out/main): take the first that holds migrations/.
 */
export function appRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.resolve(here, '../../..'), path.resolve(here, '../..')];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'migrations', '0010-init.sql'))) ?? candidates[0]!;
}

export function migrationsDir(): string {
  return path.join(appRoot(), 'migrations');
}

/** The per-user workspace when neither --db nor FACTBENCH_DB is given: Electron's userData for productName "Factbench". */
export function defaultDatabasePath(): string {
  const home = os.homedir();
  const base =
    process.platform === 'darwin'
      ? path.join(home, 'Library', 'Application Support')
      : process.platform === 'win32'
        ? (process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
        : (process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(base, 'Factbench', 'factbench.db');
}

export function resolveDatabasePath(flag: string | undefined): string {
  return path.resolve(flag ?? process.env.FACTBENCH_DB ?? defaultDatabasePath());
}
