import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../helpers/paths';

/** The host process serves out/renderer; `npm test` builds it before this suite, a lone run builds it here. */
export function ensureRendererBuilt(): void {
  if (fs.existsSync(path.join(repoRoot, 'out/renderer/index.html'))) return;
  execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit' });
}
