/**
 * The Electron shell, kept thin: one window, one validated IPC channel bound to
 * the same API the loopback host serves, the menu and the native dialogs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_RPC_CHANNEL, type ApiEvent } from '../../src/contract/envelope';
import { createApi, type Api } from '../../src/node/api';
import { openWorkspace, type Workspace } from '../../src/node/db/open';
import { appRoot } from '../../src/node/db/paths';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol';
import { denyPermissions, isTrustedSender, lockNavigation } from './hardening';
import { buildMenu } from './menu';
import { printToPdf } from './pdf-printer';

let win: BrowserWindow | null = null;
let api: Api | null = null;
let workspace: Workspace | null = null;
const MAX_RECENT = 8;

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
  app.on('will-quit', () => workspace?.close());
}

async function start(): Promise<void> {
  try {
    workspace = openWorkspace(path.join(app.getPath('userData'), 'factbench.db'), { nativeBinding: electronSqliteBinding() });
  } catch (error) {
    return fatal(error);
  }
  api = createApi(workspace, { renderPdf: printToPdf });
  denyPermissions(session.defaultSession);
  serveRenderer(path.join(appRoot(), 'out', 'renderer'));

  ipcMain.handle(IPC_RPC_CHANNEL, (event, request: unknown) => {
    if (!isTrustedSender(event.senderFrame, win?.webContents.mainFrame)) {
      return { ok: false, error: { code: 'bad-request', message: 'Refused: not the Factbench window.' } };
    }
    return api!.dispatch(request);
  });
  api.subscribe((e) => send(e));

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
    webPreferences: {
      preload: path.join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  win.once('ready-to-show', () => win?.show());
  refreshMenu();
  await win.loadURL(`${APP_ORIGIN}/index.html`);
}

function send(event: ApiEvent): void {
  win?.webContents.send(IPC_EVENT_CHANNEL, event);
}

function refreshMenu(): void {
  Menu.setApplicationMenu(buildMenu({ importFile, exportReport: () => send({ type: 'command', command: 'export' }), openRecent: importPath }, recentFiles()));
}

async function importFile(): Promise<void> {
  if (!win) return;
  const result = await dialog.showOpenDialog(win, {
    title: 'Import article',
    properties: ['openFile'],
    filters: [{ name: 'Articles', extensions: ['txt', 'md', 'html', 'htm', 'docx', 'pdf'] }, { name: 'All files', extensions: ['*'] }],
  });
  if (!result.canceled && result.filePaths[0]) await importPath(result.filePaths[0]);
}

async function importPath(file: string): Promise<void> {
  if (!api || !win) return;
  let bytes: Buffer;
  try {
    if (fs.statSync(file).size > 20 * 1024 * 1024) throw new Error(`${path.basename(file)} is over 20 MB.`);
    bytes = fs.readFileSync(file);
  } catch (error) {
    dialog.showErrorBox('Import failed', error instanceof Error ? error.message : String(error));
    return;
  }
  const res = await api.dispatch({ method: 'articles.import', input: { file: { name: path.basename(file), dataBase64: bytes.toString('base64') } } });
  if (!res.ok) {
    dialog.showErrorBox('Import failed', res.error.message);
    return;
  }
  remember(file);
  send({ type: 'command', command: 'open-article', articleId: (res.value as { articleId: string }).articleId });
}

function recentFiles(): string[] {
  try {
    return (JSON.parse(fs.readFileSync(path.join(app.getPath('userData'), 'recent.json'), 'utf8')) as string[]).slice(0, MAX_RECENT);
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

function fatal(error: unknown): void {
  dialog.showErrorBox('Factbench cannot open its workspace', error instanceof Error ? error.message : String(error));
  app.exit(1);
}
