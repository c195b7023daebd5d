/**
 * Concurrency (issue 7): the app (the host process, as `npm run web` runs it)
 * and the command line (`npx factbench`) write to one workspace at the same
 * time. WAL and the busy timeout must make them wait for each other, never fail
 * with "database is locked", and lose nothing.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../src/node/db/open';
import { startHostProcess, type HostProcess } from '../e2e/host-process';
import { repoRoot } from '../helpers/paths';
import { tempDir } from '../helpers/temp';
import { ensureRendererBuilt } from './helpers/renderer';
import { ARTICLE_TEXT, integrity } from './helpers/seed';

const CLI_IMPORTS = Number(process.env.FACTBENCH_CLI_IMPORTS ?? 3);

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin/factbench.js'), ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('the app and the command line on one workspace', () => {
  const tmp = tempDir('factbench-concurrency-');
  const db = path.join(tmp.dir, 'shared.db');
  let host: HostProcess;
  let rpc: (method: string, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;

  beforeAll(async () => {
    ensureRendererBuilt();
    host = await startHostProcess(db);
    const url = new URL(host.url);
    const token = new URLSearchParams(url.hash.slice(1)).get('token')!;
    rpc = async (method, input) => {
      const res = await fetch(new URL('/rpc', url), { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ method, input }) });
      return (await res.json()) as Awaited<ReturnType<typeof rpc>>;
    };
  });
  afterAll(async () => {
    await host?.stop();
    tmp.cleanup();
  });

  it('both write at once without "database is locked", and every write is kept', async () => {
    const first = await rpc('articles.import', { text: ARTICLE_TEXT(0), language: 'fr' });
    expect(first).toMatchObject({ ok: true });
    const articleId = (first.value as { articleId: string }).articleId;
    const { body } = (await rpc('articles.get', { id: articleId })).value as { body: string };
    const claim = await rpc('claims.create', { articleId, start: 0, end: body.indexOf('.') });
    expect(claim).toMatchObject({ ok: true });
    const claimId = (claim.value as { id: string }).id;

    const files = Array.from({ length: CLI_IMPORTS }, (_, i) => {
      const file = path.join(tmp.dir, `cli-${i}.txt`);
      fs.writeFileSync(file, `Article importé en ligne de commande ${i}\n\n${ARTICLE_TEXT(100 + i)}`);
      return file;
    });
    // The command line imports, all at once, while the app keeps saving verdicts, sources and claims.
    let running = true;
    const imports = Promise.all(files.map((f) => cli(['import', f, '--db', db, '--lang', 'fr']))).finally(() => (running = false));
    const appResults: { method: string; ok: boolean; error?: string }[] = [];
    const verdicts = ['false', 'misleading', 'verified', 'mostly-true'];
    let n = 0;
    while (running || n < 20) {
      n++;
      const calls: [string, unknown][] = [
        ['claims.update', { id: claimId, patch: { verdict: verdicts[n % verdicts.length], rationale: `Version ${n}` } }],
        ['sources.add', { claimId, source: { url: `https://example.org/app/${n}`, title: `Source ${n}` } }],
        ['articles.updateMeta', { id: articleId, patch: { outlet: `Outlet ${n}` } }],
      ];
      for (const [method, input] of calls) {
        const res = await rpc(method, input);
        appResults.push({ method, ok: res.ok, error: res.error?.message });
      }
    }
    const cliResults = await imports;

    for (const r of cliResults) {
      expect(r.stderr, r.stderr).not.toMatch(/locked|busy/i);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.trim()).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(appResults.filter((r) => !r.ok)).toEqual([]);

    // A reader while the app still runs: the command line lists everything.
    const list = await cli(['list', '--db', db, '--json']);
    expect(list.code, list.stderr).toBe(0);
    const ids = (JSON.parse(list.stdout) as { id: string }[]).map((r) => r.id);
    for (const r of cliResults) expect(ids).toContain(r.stdout.trim());
    expect(ids).toContain(articleId);

    const detail = (await rpc('claims.get', { id: claimId })).value as { rationale: string; sources: unknown[] };
    expect(detail.rationale).toBe(`Version ${n}`);
    expect(detail.sources).toHaveLength(n);
    console.log(`CONCURRENCY: ${CLI_IMPORTS} command-line imports alongside ${appResults.length} app writes, none refused`);

    await host.stop();
    const ws = openWorkspace(db);
    try {
      expect(integrity(ws)).toEqual({ integrity: 'ok', foreignKeys: [] });
    } finally {
      ws.close();
    }
  });
});
