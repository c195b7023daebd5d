/**
 * The Electron shell's hardening, checked without the Electron binary (it cannot
 * be downloaded on these machines): the Electronegativity scanner on the
 * source, the shell's pure policy functions, and the real bundle built and parsed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAppUrl, isSafeExternalUrl, isTrustedSenderFrame, rendererFileFor } from '../../electron/main/policy';
import { RENDERER_CSP } from '../../src/node/host/static-files';
import { repoRoot } from '../helpers/paths';
import { tempDir } from '../helpers/temp';
import { ensureRendererBuilt } from './helpers/renderer';

interface Finding {
  id: string;
  file: string;
  location: { line: number };
  description: string;
  severity: { value: number; name: string };
  confidence: { name: string };
  sample?: string;
}
interface ScanResult {
  issues: Finding[];
  errors: { file: string; message: string; tolerable: boolean }[];
}

const require = createRequire(import.meta.url);
const ELECTRON_VERSION = (require('electron/package.json') as { version: string }).version;
const SECURITY_MD = fs.readFileSync(path.join(repoRoot, 'docs/SECURITY.md'), 'utf8');
/** Network-bound and date-bound (Electron's release list from GitHub): see docs/SECURITY.md. */
const EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];

/** In a process of its own: the scanner's published build, and its process.exit and console chatter kept away from vitest. */
function scan(input: string): ScanResult {
  const stdout = execFileSync(process.execPath, [path.join(repoRoot, 'tests/reliability/helpers/electronegativity-scan.cjs'), input, ELECTRON_VERSION, EXCLUDED.join(',')], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as ScanResult;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('Electronegativity', () => {
  it('finds the problems of a deliberately insecure window (the scanner works here)', async () => {
    const t = tempDir('factbench-egn-');
    try {
      fs.writeFileSync(
        path.join(t.dir, 'main.js'),
        `const { BrowserWindow, shell } = require('electron');\nconst w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\nw.webContents.on('new-window', (e, url) => shell.openExternal(url));\n`,
      );
      const result = scan(t.dir);
      const high = result.issues.filter((i) => i.severity.name === 'HIGH').map((i) => i.id);
      expect(high).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']));
    } finally {
      t.cleanup();
    }
  });

  it('finds no HIGH or MEDIUM problem in electron/, reads every file, and every LOW one is accepted in docs/SECURITY.md', async () => {
    const result = scan(path.join(repoRoot, 'electron'));
    expect(result.errors).toEqual([]);
    const serious = result.issues.filter((i) => i.severity.value >= 2).map((i) => `${i.severity.name} ${i.id} ${i.file}:${i.location.line} ${i.description}`);
    expect(serious).toEqual([]);
    const accepted = SECURITY_MD.slice(SECURITY_MD.indexOf('**Accepted LOW finding**'), SECURITY_MD.indexOf('**Reviewed checks'));
    for (const low of result.issues) expect(accepted, `LOW ${low.id} (${low.description}) is not accepted in docs/SECURITY.md`).toContain(`\`${low.id}\``);
    console.log(`ELECTRONEGATIVITY: electron/ — ${result.issues.length} findings: ${result.issues.map((i) => `${i.severity.name} ${i.id}`).join(', ') || 'none'}`);
  });

  it('has every eng-disable annotation reviewed in docs/SECURITY.md', () => {
    const reviewed = SECURITY_MD.slice(SECURITY_MD.indexOf('**Reviewed checks'), SECURITY_MD.indexOf('**Excluded check**'));
    const annotations = sourceFiles(path.join(repoRoot, 'electron')).flatMap((f) =>
      [...fs.readFileSync(f, 'utf8').matchAll(/eng-disable\s+([A-Z_ ]+)/g)].flatMap((m) => m[1]!.trim().split(/\s+/).map((id) => ({ id, file: path.relative(repoRoot, f) }))),
    );
    expect(annotations.length).toBeGreaterThan(0);
    for (const { id, file } of annotations) {
      expect(reviewed, `${id} in ${file}`).toContain(`\`${id}\``);
      expect(reviewed, `${id} in ${file}`).toContain(file);
    }
  });
});

describe('the shell’s policy', () => {
  it('gives the same CSP to Electron responses as to the browser mode', () => {
    const source = fs.readFileSync(path.join(repoRoot, 'electron/main/hardening.ts'), 'utf8');
    const literal = /'Content-Security-Policy': \["([^"]+)"\]/.exec(source)?.[1];
    expect(literal).toBe(RENDERER_CSP);
    expect(RENDERER_CSP).toMatch(/default-src 'none'/);
    expect(RENDERER_CSP).not.toMatch(/unsafe-eval|script-src[^;]*(unsafe-inline|data:|\*)/);
  });

  it('treats only app://factbench/… as the app', () => {
    for (const ok of [`${APP_ORIGIN}/`, `${APP_ORIGIN}/index.html`, `${APP_ORIGIN}/index.html#claim=1`]) expect(isAppUrl(ok), ok).toBe(true);
    for (const bad of ['app://factbench.evil/', 'app://evil/factbench/', 'app://user@factbench/', 'https://factbench/', 'file:///app/factbench/index.html', 'javascript:alert(1)//app://factbench/', 'app:factbench', '', 'not a url', 'app://factbench:80@evil/']) {
      expect(isAppUrl(bad), bad).toBe(false);
    }
  });

  it('hands only plain http(s) links to the browser', () => {
    for (const ok of ['https://www.kremlin.ru/events/president/news/72259', 'http://example.org/a?b=c#d', 'https://xn--80ak6aa92e.com/']) expect(isSafeExternalUrl(ok), ok).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'file:///etc/passwd',
      'smb://evil/share',
      'ms-msdt:/id PCWDiagnostic',
      'search-ms:query=x',
      'vbscript:msgbox',
      'data:text/html,<script>alert(1)</script>',
      'https://user:pass@evil.example/',
      'https://evil.example/\nX',
      ' https://example.org',
      'https://',
      `https://example.org/${'a'.repeat(5000)}`,
      'app://factbench/index.html',
      '//evil.example/x',
    ]) {
      expect(isSafeExternalUrl(bad), bad).toBe(false);
    }
  });

  it('answers IPC only from the main frame of our window, on our page', () => {
    const main = { url: `${APP_ORIGIN}/index.html` };
    expect(isTrustedSenderFrame(main, main)).toBe(true);
    expect(isTrustedSenderFrame({ url: main.url }, main)).toBe(false); // an iframe with the same URL is another frame
    expect(isTrustedSenderFrame(null, main)).toBe(false);
    expect(isTrustedSenderFrame(main, undefined)).toBe(false);
    const navigated = { url: 'https://evil.example/' };
    expect(isTrustedSenderFrame(navigated, navigated)).toBe(false);
  });

  it('serves nothing outside the renderer folder', () => {
    const root = '/app/out/renderer';
    const resolve = (...p: string[]) => path.posix.resolve(...p);
    expect(rendererFileFor(root, '/assets/index.js', '/', resolve)).toBe('/app/out/renderer/assets/index.js');
    for (const attack of ['/../main/index.js', '/%2e%2e/main/index.js', '/..%2fmain%2findex.js', '/assets/../../../../etc/passwd', '/%00/x', '/%E0%A4%A', '/..', '//etc/passwd']) {
      const file = rendererFileFor(root, attack, '/', resolve);
      expect(file.startsWith(root + '/'), `${attack} -> ${file}`).toBe(true);
    }
  });
});

describe('the built shell', () => {
  // Inside the repository (test-results/ is ignored), so the bundle finds migrations/ and out/renderer as it would in out/.
  const out = { dir: fs.mkdtempSync(path.join(repoRoot, 'test-results', 'electron-build-')) };
  beforeAll(() => {
    // Into a folder of its own: out/ belongs to whoever else is building the renderer right now.
    execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', out.dir, '--logLevel', 'error'], { cwd: repoRoot, stdio: 'pipe' });
    ensureRendererBuilt();
  });
  afterAll(() => fs.rmSync(out.dir, { recursive: true, force: true }));

  it('bundles a main process that parses as an ES module', () => {
    const main = path.join(out.dir, 'main/index.js');
    const copy = path.join(out.dir, 'main-check.mjs');
    fs.copyFileSync(main, copy);
    expect(() => execFileSync(process.execPath, ['--check', copy], { stdio: 'pipe' })).not.toThrow();
  });

  it('bundles a preload that parses, requires only electron and exposes only window.factbench', () => {
    const preload = fs.readFileSync(path.join(out.dir, 'preload/index.cjs'), 'utf8');
    expect(() => execFileSync(process.execPath, ['--check', path.join(out.dir, 'preload/index.cjs')], { stdio: 'pipe' })).not.toThrow();
    expect([...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect([...preload.matchAll(/exposeInMainWorld\(["']([^"']+)["']/g)].map((m) => m[1])).toEqual(['factbench']);
    expect(preload).not.toMatch(/ipcRenderer\.(send|sendSync|sendTo|postMessage)\(/);
  });

  it('starts under a recording stand-in for Electron and sets everything up as designed', () => {
    const userData = tempDir('factbench-userdata-');
    try {
      const stdout = execFileSync(process.execPath, ['--import', path.join(repoRoot, 'tests/reliability/electron/loader.mjs'), path.join(out.dir, 'main/index.js')], {
        cwd: repoRoot,
        env: { ...process.env, FAKE_USERDATA: userData.dir },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 120_000,
      });
      const line = stdout.split('\n').find((l) => l.startsWith('FAKE-ELECTRON-RESULT '));
      expect(line, stdout).toBeDefined();
      const r = JSON.parse(line!.slice('FAKE-ELECTRON-RESULT '.length));
      expect(r.errors).toEqual([]);
      expect(r.calls).toEqual(expect.arrayContaining(['enableSandbox', 'requestSingleInstanceLock']));
      expect(r.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, disableBlinkFeatures: 'Auxclick', preloadExists: true });
      expect(r.loadedUrl).toBe(`${APP_ORIGIN}/index.html`);
      // One channel; answered for our main frame only.
      expect(r.ipc.channels).toEqual(['factbench:rpc']);
      expect(r.ipc.own).toEqual({ ok: true, value: [] });
      for (const refused of [r.ipc.iframe, r.ipc.nullFrame, r.ipc.navigatedAway]) expect(refused).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      expect(r.ipc.importThroughIpc).toMatchObject({ ok: true });
      // The renderer, with the CSP, and nothing else.
      expect(r.protocol.index).toMatchObject({ status: 200, csp: RENDERER_CSP, nosniff: 'nosniff', isIndex: true });
      expect(r.protocol.traversal.isIndex).toBe(true);
      expect(r.protocol.encodedTraversal.isIndex).toBe(true);
      expect(r.protocol.otherHost.status).toBe(404);
      expect(r.protocol.post.status).toBe(404);
      // Navigation stays in the app; only http(s) goes to the browser.
      expect(r.navigation).toEqual({ toApp: false, toWeb: true, toJavascript: true, toFile: true, redirect: true, webview: true, windowOpenHttps: { action: 'deny' }, windowOpenSmb: { action: 'deny' } });
      expect(r.externals).toEqual(['https://www.kremlin.ru/events', 'https://example.org/a']);
      // No permission, no network from pages, the CSP on every response.
      expect(r.permissions).toEqual({ request: false, check: false, device: false });
      expect(r.network.cancelled).toEqual({ cancel: true });
      expect(r.network.filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
      expect(r.network.csp).toEqual([RENDERER_CSP]);
      expect(r.network.kept).toEqual(['1']);
      // The File menu's workspace commands; the workspace and its first rolling backup in the data folder.
      expect(r.menuIds).toEqual(expect.arrayContaining(['import', 'export', 'open-workspace', 'export-workspace', 'restore-backup', 'quit']));
      expect(r.dataFolder).toEqual(expect.arrayContaining(['factbench.db', 'backups', 'workspace.json']));
      expect(r.backups).toHaveLength(1);
      expect(r.backups[0]).toMatch(/^factbench\..*\.auto\.db$/);
    } finally {
      userData.cleanup();
    }
  });
});
