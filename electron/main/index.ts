/**
 * The Electron shell, kept thin: one window, one validated IPC channel bound to
 * the same API the loopback host serves, the menu and the native dialogs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import type { Language } from '../../src/core/i18n';
import { IPC_EVENT_CHANNEL, IPC_RPC_CHANNEL, type ApiEvent } from '../../src/contract/envelope';
import { backupsDirFor } from '../../src/node/db/backup';
import { workspaceProblem } from '../../src/node/db/problem-message';
import { appRoot } from '../../src/node/db/paths';
import { InFlight } from '../../src/node/host/in-flight';
import { createWorkPool, workerBeside } from '../../src/node/pool/pool';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol';
import { denyPermissions, isTrustedSender, lockNavigation, lockSessionNetwork } from './hardening';
import { dialogText } from './dialog-text';
import { buildMenu } from './menu';
import { printToPdf } from './pdf-printer';
import { DesktopWorkspace } from './workspace';

let win: BrowserWindow | null = null;
let desk: DesktopWorkspace | null = null;
const MAX_RECENT = 8;
/** The interface language (Settings, or the system's), which the menus and native dialogs follow. */
let lang: Language = 'en';
const text = () => dialogText(lang);
/** Calls from the window being answered: the workspace closes only after them (the page sends its last writes as it closes). */
const calls = new InFlight();
/**
 * Imports and reports run on worker threads, so the window never waits on them. The build
 * emits the worker as out/main/work-worker.js beside this file (electron.vite.config.ts);
 * from sources it is src/node/pool/worker-source.mjs, which runs worker.ts through tsx.
 */
const work = createWorkPool({ worker: workerBeside(import.meta.url) });

// Every renderer sandboxed, whatever a window's own preferences say.
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  lockNavigation();
  app.on('second-instance', () => {
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });
  app.whenReady().then(start, (error: unknown) => fatal(error));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (calls.size > 0) {
      event.preventDefault();
      void calls.drain(10_000).then(() => app.quit());
      return;
    }
    desk?.close();
    void work.close();
  });
}

async function start(): Promise<void> {
  desk = new DesktopWorkspace(app.getPath('userData'), { renderPdf: printToPdf, work }, electronSqliteBinding(), send);
  try {
    desk.openAtStart();
  } catch (error) {
    return fatal(error);
  }
  denyPermissions(session.defaultSession);
  lockSessionNetwork(session.defaultSession);
  serveRenderer(path.join(appRoot(), 'out', 'renderer'));

  ipcMain.handle(IPC_RPC_CHANNEL, (event, request: unknown) => {
    if (!isTrustedSender(event.senderFrame, win?.webContents.mainFrame)) {
      return { ok: false, error: text().refused() };
    }
    const api = desk?.api;
    if (!api) return { ok: false, error: text().noWorkspace() };
    return calls.track(api.dispatch(request));
  });

  session.defaultSession.on('will-download', (_event, item) => {
    item.setSaveDialogOptions({ defaultPath: path.join(app.getPath('documents'), item.getFilename()) });
  });

  win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1000,
    minHeight: 640,
    title: 'Factbench',
    show: false,
    // Spelled out (not spread from a shared object) so Electronegativity can read them; docs/SECURITY.md lists why each is set.
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click would open a link in a new window behind setWindowOpenHandler's back.
      disableBlinkFeatures: 'Auxclick',
      // Reviewed: the preload only exposes send/onEvent through contextBridge; see docs/SECURITY.md.
      preload: path.join(import.meta.dirname, '../preload/index.cjs') /* eng-disable PRELOAD_JS_CHECK */,
      spellcheck: true,
    },
  });
  win.once('ready-to-show', () => win?.show());
  await refreshLanguage();
  await win.loadURL(`${APP_ORIGIN}/index.html`);
}

function send(event: ApiEvent): void {
  win?.webContents.send(IPC_EVENT_CHANNEL, event);
  if (event.type === 'changed' && (event.entity === 'settings' || event.entity === 'workspace')) void refreshLanguage();
}

/** Reads the interface language from Settings ("system": the system's) and rebuilds the menu when it changed. */
async function refreshLanguage(): Promise<void> {
  const api = desk?.api;
  const res = api ? await api.dispatch({ method: 'settings.get', input: {} }) : null;
  const setting = res?.ok ? (res.value as { uiLanguage: 'en' | 'fr' | 'system' }).uiLanguage : 'system';
  const next: Language = setting === 'system' ? (app.getLocale().toLowerCase().startsWith('fr') ? 'fr' : 'en') : setting;
  const first = !Menu.getApplicationMenu() || next !== lang;
  lang = next;
  if (first) refreshMenu();
}

function refreshMenu(): void {
  Menu.setApplicationMenu(
    buildMenu(
      { importFile, exportReport: () => send({ type: 'command', command: 'export' }), openRecent: importPath, openWorkspace: openWorkspaceFile, exportWorkspace: exportWorkspaceFile, restoreBackup },
      recentFiles(),
      lang,
    ),
  );
}

async function importFile(): Promise<void> {
  if (!win) return;
  const result = await dialog.showOpenDialog(win, text().importFile());
  if (!result.canceled && result.filePaths[0]) await importPath(result.filePaths[0]);
}

async function importPath(file: string): Promise<void> {
  const api = desk?.api;
  if (!api || !win) return;
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > 20 * 1024 * 1024) {
      dialog.showErrorBox(...text().tooLarge(path.basename(file), size));
      return;
    }
    bytes = fs.readFileSync(file);
  } catch (error) {
    console.error('[factbench] cannot read', file, messageOf(error));
    dialog.showErrorBox(...text().importFailed({ code: 'import-failed', message: messageOf(error) }));
    return;
  }
  const res = await api.dispatch({ method: 'articles.import', input: { file: { name: path.basename(file), dataBase64: bytes.toString('base64') } } });
  if (!res.ok) {
    dialog.showErrorBox(...text().importFailed(res.error));
    return;
  }
  remember(file);
  send({ type: 'command', command: 'open-article', articleId: (res.value as { articleId: string }).articleId });
}

/** File ▸ Open workspace…: another workspace file; the window reloads onto it. */
async function openWorkspaceFile(): Promise<void> {
  if (!win || !desk) return;
  const result = await dialog.showOpenDialog(win, text().openWorkspace());
  const file = result.filePaths[0];
  if (result.canceled || !file) return;
  try {
    desk.open(file);
  } catch (error) {
    console.error('[factbench] cannot open', file, messageOf(error));
    dialog.showErrorBox(...text().cannotOpen(workspaceProblem(error)));
    return;
  }
  win.setTitle(`Factbench — ${path.basename(file)}`);
  win.webContents.reload();
}

/** File ▸ Export workspace…: a consistent copy a colleague can open. */
async function exportWorkspaceFile(): Promise<void> {
  if (!win || !desk) return;
  const date = new Date().toISOString().slice(0, 10);
  const result = await dialog.showSaveDialog(win, text().exportWorkspace(path.join(app.getPath('documents'), `factbench-workspace-${date}.db`)));
  if (result.canceled || !result.filePath) return;
  try {
    const { bytes } = await desk.exportTo(result.filePath);
    await dialog.showMessageBox(win, text().exported(result.filePath, bytes));
  } catch (error) {
    console.error('[factbench] export failed', messageOf(error));
    dialog.showErrorBox(...text().exportFailed(workspaceProblem(error)));
  }
}

/** File ▸ Restore from backup…: pick a backup (the rolling ones live in the data folder); the current state is kept first. */
async function restoreBackup(): Promise<void> {
  if (!win || !desk?.path) return;
  const result = await dialog.showOpenDialog(win, text().restoreBackup(backupsDirFor(desk.path)));
  const file = result.filePaths[0];
  if (result.canceled || !file) return;
  const confirm = await dialog.showMessageBox(win, text().confirmRestore(path.basename(file)));
  if (confirm.response !== 0) return;
  try {
    const { safetyCopy } = await desk.restoreFrom(file);
    win.webContents.reload();
    await dialog.showMessageBox(win, text().restored(safetyCopy.name));
  } catch (error) {
    console.error('[factbench] restore failed', messageOf(error));
    dialog.showErrorBox(...text().restoreFailed(workspaceProblem(error)));
  }
}

function recentFiles(): string[] {
  try {
    const list = JSON.parse(fs.readFileSync(path.join(app.getPath('userData'), 'recent.json'), 'utf8')) as unknown;
    return Array.isArray(list) ? list.filter((f): f is string => typeof f === 'string').slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}

function remember(file: string): void {
  const list = [file, ...recentFiles().filter((f) => f !== file)].slice(0, MAX_RECENT);
  fs.writeFileSync(path.join(app.getPath('userData'), 'recent.json'), JSON.stringify(list));
  app.addRecentDocument(file);
  refreshMenu();
}

/** better-sqlite3 built for Electron's ABI by `npm start` (Node's own build stays where npm ci put it). */
function electronSqliteBinding(): string | undefined {
  const fromEnv = process.env.FACTBENCH_SQLITE_BINDING;
  if (fromEnv && fs.existsSync(fromEnv)) return fromEnv;
  const local = path.join(appRoot(), 'build', 'electron-native', process.versions.electron, 'better_sqlite3.node');
  return fs.existsSync(local) ? local : undefined; // packaged apps: electron-builder rebuilt the module in place
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function fatal(error: unknown): void {
  console.error('[factbench] cannot start:', messageOf(error));
  // No workspace, so no Settings: the system's language.
  lang = app.getLocale().toLowerCase().startsWith('fr') ? 'fr' : 'en';
  dialog.showErrorBox(...text().startFailed(workspaceProblem(error)));
  app.exit(1);
}
