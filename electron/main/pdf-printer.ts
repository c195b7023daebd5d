import { BrowserWindow, session } from 'electron';
import { denyPermissions } from './hardening';

/**
 * Prints a self-contained HTML report with Chromium's own printToPDF, in a
 * hidden window with no script, no network and a session of its own (so its
 * request filter never replaces the main window's).
 */
export async function printToPdf(html: string): Promise<Uint8Array> {
  const printing = session.fromPartition('factbench-pdf', { cache: false });
  denyPermissions(printing);
  printing.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:') }));
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      javascript: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      session: printing,
    },
  });
  try {
    await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
    const pdf = await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
    return new Uint8Array(pdf);
  } finally {
    win.destroy();
  }
}
