import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../helpers/paths';

/** The host process serves out/renderer; `npm test` builds it before this suite, a lone run builds it here. */
export function ensureRendererBuilt(): void {
  if (fs.existsSync(path.join(repoRoot, 'out/renderer/index.html'))) return;
  execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit' });
}

/**
 * A private copy of the built renderer, so a test that browses it for minutes is
 * not broken by someone rebuilding out/renderer meanwhile. Retries while a build
 * is half-written (index.html naming assets that are not there yet).
 */
export async function privateRendererCopy(dest: string): Promise<string> {
  ensureRendererBuilt();
  const src = path.join(repoRoot, 'out/renderer');
  for (let attempt = 0; ; attempt++) {
    fs.rmSync(dest, { recursive: true, force: true });
    try {
      fs.cpSync(src, dest, { recursive: true });
      const index = fs.readFileSync(path.join(dest, 'index.html'), 'utf8');
      const assets = [...index.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].map((m) => m[1]!);
      if (assets.length > 0 && assets.every((a) => fs.existsSync(path.join(dest, a)))) return dest;
    } catch {
      // caught mid-build: try again
    }
    if (attempt >= 30) throw new Error('out/renderer stayed half-built for a minute');
    await new Promise((r) => setTimeout(r, 2_000));
  }
}
