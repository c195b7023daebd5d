import { app, shell, type Session, type WebContents } from 'electron';
import { APP_ORIGIN } from './app-protocol';

/** Only http(s) leaves the app, and only to the user's browser. */
export function openExternalSafely(url: string): void {
  try {
    const { protocol } = new URL(url);
    if (protocol === 'http:' || protocol === 'https:') void shell.openExternal(url);
  } catch {
    // not a URL: ignore
  }
}

/** Deny every permission (camera, notifications, geolocation…): a fact-checking desk needs none. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** No navigation away from the app, no new windows; links open in the browser. */
export function lockNavigation(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(`${APP_ORIGIN}/`)) {
        event.preventDefault();
        openExternalSafely(url);
      }
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openExternalSafely(url);
      return { action: 'deny' };
    });
  });
}

/** IPC is answered only for our own page in our own top frame. */
export function isTrustedSender(frame: Electron.WebFrameMain | null, mainFrame: Electron.WebFrameMain | undefined): boolean {
  if (!frame || !mainFrame || frame !== mainFrame) return false;
  return frame.url.startsWith(`${APP_ORIGIN}/`);
}
