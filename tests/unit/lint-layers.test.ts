import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths';

/** The layer rule of DESIGN.md is a lint error: a forbidden import fails `npm test`. */
describe('layer import rules', () => {
  const eslint = new ESLint({ cwd: repoRoot });
  const lint = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
    return result!.messages.filter((m) => m.severity === 2).map((m) => m.ruleId);
  };

  it.each([
    ['src/core/probe.ts', `import { openWorkspace } from '../node/db/open';\nexport const x = openWorkspace;\n`, 'import-x/no-restricted-paths'],
    ['src/core/probe.ts', `import fs from 'node:fs';\nexport const x = fs;\n`, 'no-restricted-imports'],
    ['src/core/probe.ts', `export const x = () => document.title;\n`, 'no-restricted-globals'],
    ['src/contract/probe.ts', `import { createApi } from '../node/api';\nexport const x = createApi;\n`, 'import-x/no-restricted-paths'],
    ['src/ui/probe.ts', `import { ClaimsRepo } from '../node/db/claims-repo';\nexport const x = ClaimsRepo;\n`, 'import-x/no-restricted-paths'],
    ['src/ui/probe.ts', `import Database from 'better-sqlite3';\nexport const x = Database;\n`, 'no-restricted-imports'],
    ['src/node/probe.ts', `import { AppState } from '../ui/state/app-state.svelte';\nexport const x = AppState;\n`, 'import-x/no-restricted-paths'],
    ['electron/preload/probe.ts', `import { createApi } from '../../src/node/api';\nexport const x = createApi;\n`, 'import-x/no-restricted-paths'],
  ])('%s may not: %s', async (file, code, rule) => {
    expect(await lint(file, code)).toContain(rule);
  });

  it('allows the arrows the design draws', async () => {
    expect(await lint('src/contract/probe.ts', `import { DEFAULT_SCALE } from '../core/verdicts';\nexport const x = DEFAULT_SCALE;\n`)).toEqual([]);
    expect(await lint('src/ui/probe.ts', `import { createClient } from '../contract/client';\nexport const x = createClient;\n`)).toEqual([]);
    expect(await lint('src/node/probe.ts', `import { createDispatcher } from '../contract/dispatcher';\nexport const x = createDispatcher;\n`)).toEqual([]);
  });
});
