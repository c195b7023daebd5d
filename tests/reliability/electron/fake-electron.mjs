// A recording stand-in for the `electron` module: just enough of app, BrowserWindow,
// ipcMain, protocol, session, shell, Menu, dialog and net for electron/main to start,
// then a set of probes run against what it registered, and the results are printed
// as one JSON line. Used by tests/reliability/electron-main.test.ts.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const userData = process.env.FAKE_USERDATA;
// What Electron's Node reports; the main process looks for its own better-sqlite3 build under this version.
Object.defineProperty(process.versions, 'electron', { value: JSON.parse(fs.readFileSync(new URL('../../../node_modules/electron/package.json', import.meta.url), 'utf8')).version, enumerable: true });
const rec = { calls: [], windows: [], ipc: new Map(), protocols: new Map(), externals: [], menu: null, errors: [] };
const log = (what) => rec.calls.push(what);

class FakeWebRequest {
  constructor() {
    this.before = null;
    this.headers = null;
  }
  onBeforeRequest(filterOrFn, fn) {
    this.before = { filter: typeof filterOrFn === 'function' ? null : filterOrFn, fn: fn ?? filterOrFn };
  }
  onHeadersReceived(fn) {
    this.headers = fn;
  }
}
class FakeSession extends EventEmitter {
  constructor(name) {
    super();
    this.name = name;
    this.webRequest = new FakeWebRequest();
    this.handlers = {};
  }
  setPermissionRequestHandler(fn) { this.handlers.request = fn; }
  setPermissionCheckHandler(fn) { this.handlers.check = fn; }
  setDevicePermissionHandler(fn) { this.handlers.device = fn; }
  setDisplayMediaRequestHandler(fn) { this.handlers.display = fn; }
}
const defaultSession = new FakeSession('default');
const partitions = new Map();

class FakeFrame {
  constructor(url) { this.url = url; }
}
class FakeWebContents extends EventEmitter {
  constructor() {
    super();
    this.mainFrame = new FakeFrame('about:blank');
    this.sent = [];
    this.windowOpen = null;
  }
  send(channel, payload) { this.sent.push({ channel, payload }); }
  setWindowOpenHandler(fn) { this.windowOpen = fn; }
  reload() { log('reload'); }
}

export const app = Object.assign(new EventEmitter(), {
  requestSingleInstanceLock() { log('requestSingleInstanceLock'); return true; },
  enableSandbox() { log('enableSandbox'); },
  whenReady() { return Promise.resolve(); },
  getPath(name) { return name === 'userData' || name === 'documents' ? userData : userData; },
  getLocale() { return 'en-US'; },
  addRecentDocument() {},
  quit() { log('quit'); },
  exit(code) { log(`exit ${code}`); },
});

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new FakeWebContents();
    this.webContents.session = options?.webPreferences?.session ?? defaultSession;
    rec.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  once(event, fn) { return super.once(event, fn); }
  show() {}
  isMinimized() { return false; }
  focus() {}
  setTitle() {}
  destroy() {}
  async loadURL(url) {
    this.webContents.mainFrame.url = url;
    if (rec.windows.length === 1) setImmediate(() => probe().catch((e) => { rec.errors.push(String(e && e.stack || e)); finish(); }));
  }
}

export const ipcMain = { handle(channel, fn) { rec.ipc.set(channel, fn); } };
export const protocol = {
  registerSchemesAsPrivileged(schemes) { log(`registerSchemesAsPrivileged ${JSON.stringify(schemes)}`); },
  handle(scheme, fn) { rec.protocols.set(scheme, fn); },
};
export const session = { defaultSession, fromPartition(name) { if (!partitions.has(name)) partitions.set(name, new FakeSession(name)); return partitions.get(name); } };
export const shell = { openExternal(url) { rec.externals.push(url); return Promise.resolve(); } };
export const Menu = {
  current: null,
  buildFromTemplate(template) { rec.menu = template; return { template }; },
  setApplicationMenu(menu) { this.current = menu; },
  getApplicationMenu() { return this.current; },
};
export const dialog = {
  showErrorBox(title, message) { rec.errors.push(`dialog: ${title}: ${message}`); },
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showSaveDialog: async () => ({ canceled: true }),
  showMessageBox: async () => ({ response: 1 }),
};
export const net = {
  async fetch(url) {
    const body = fs.readFileSync(fileURLToPath(url));
    return new Response(body, { status: 200, headers: { 'content-type': url.endsWith('.html') ? 'text/html' : 'application/octet-stream' } });
  },
};
export default { app, BrowserWindow, ipcMain, protocol, session, shell, Menu, dialog, net };

function finish(result = {}) {
  process.stdout.write(`FAKE-ELECTRON-RESULT ${JSON.stringify({ ...result, calls: rec.calls, errors: rec.errors })}\n`);
  process.exit(0);
}

/** Everything a test wants to know about what the main process set up, asked the way Electron would ask. */
async function probe() {
  const win = rec.windows[0];
  const wc = win.webContents;
  const out = {};
  out.webPreferences = { ...win.options.webPreferences, preloadExists: fs.existsSync(win.options.webPreferences.preload) };
  out.loadedUrl = wc.mainFrame.url;

  // IPC: our frame, another frame with the same URL, our frame navigated elsewhere.
  const rpc = rec.ipc.get('factbench:rpc');
  const call = (frame) => rpc({ senderFrame: frame }, { method: 'articles.list', input: {} });
  out.ipc = {
    channels: [...rec.ipc.keys()],
    own: await call(wc.mainFrame),
    iframe: await call(new FakeFrame(wc.mainFrame.url)),
    nullFrame: await call(null),
  };
  const saved = wc.mainFrame.url;
  wc.mainFrame.url = 'https://evil.example/';
  out.ipc.navigatedAway = await call(wc.mainFrame);
  wc.mainFrame.url = saved;
  out.ipc.importThroughIpc = await rpc({ senderFrame: wc.mainFrame }, { method: 'articles.import', input: { text: 'Le chômage a baissé de 3 % en 2023, selon le ministre.' } });

  // The app:// protocol.
  const handler = rec.protocols.get('app');
  const get = async (url, method = 'GET') => {
    const res = await handler(new Request(url, { method }));
    const text = res.status === 200 ? await res.text() : '';
    return { status: res.status, csp: res.headers.get('content-security-policy'), nosniff: res.headers.get('x-content-type-options'), isIndex: text.includes('<div id="app">'), length: text.length };
  };
  out.protocol = {
    index: await get('app://factbench/index.html'),
    traversal: await get('app://factbench/../../package.json'),
    encodedTraversal: await get('app://factbench/%2e%2e/%2e%2e/package.json'),
    otherHost: await get('app://evil/index.html'),
    post: await get('app://factbench/index.html', 'POST'),
  };

  // Navigation and new windows, for a page the app opens.
  const nav = (event, ...args) => {
    let prevented = false;
    const e = { preventDefault: () => (prevented = true), ...args[1] };
    wc.emit(event, e, ...args);
    return prevented;
  };
  rec.externals.length = 0;
  out.navigation = {
    toApp: nav('will-navigate', 'app://factbench/index.html#x'),
    toWeb: nav('will-navigate', 'https://www.kremlin.ru/events'),
    toJavascript: nav('will-navigate', 'javascript:alert(1)'),
    toFile: nav('will-navigate', 'file:///etc/passwd'),
    redirect: nav('will-redirect', 'https://evil.example/'),
    webview: nav('will-attach-webview', {}, {}),
    windowOpenHttps: wc.windowOpen({ url: 'https://example.org/a' }),
    windowOpenSmb: wc.windowOpen({ url: 'smb://evil/share' }),
  };
  out.externals = [...rec.externals];

  // Permissions and the session's network.
  const decided = await new Promise((resolve) => defaultSession.handlers.request(wc, 'media', resolve, {}));
  out.permissions = {
    request: decided,
    check: defaultSession.handlers.check(wc, 'notifications', 'app://factbench', {}),
    device: defaultSession.handlers.device({}),
  };
  const before = defaultSession.webRequest.before;
  const cancelled = await new Promise((resolve) => before.fn({ url: 'https://canary.invalid/x' }, resolve));
  const headers = await new Promise((resolve) => defaultSession.webRequest.headers({ responseHeaders: { 'X-Test': ['1'] } }, resolve));
  out.network = { filter: before.filter, cancelled, csp: headers.responseHeaders['Content-Security-Policy'], kept: headers.responseHeaders['X-Test'] };

  // The menu and the workspace in the data folder.
  out.menuIds = (rec.menu ?? []).flatMap((m) => (m.submenu ?? []).map((i) => i.id).filter(Boolean));
  for (let i = 0; i < 100 && !fs.existsSync(`${userData}/backups`); i++) await new Promise((r) => setTimeout(r, 100)); // the start-up backup runs in steps
  await new Promise((r) => setTimeout(r, 300));
  out.dataFolder = fs.readdirSync(userData).sort();
  out.backups = fs.existsSync(`${userData}/backups`) ? fs.readdirSync(`${userData}/backups`) : [];
  finish(out);
}
