import { app, shell, type Session, type WebContents } from 'electron';
import { isAppUrl, isSafeExternalUrl, isTrustedSenderFrame } from './policy';

/** Only http(s) leaves the app, and only to the user's browser. */
export function openExternalSafely(url: string): void {
  if (!isSafeExternalUrl(url)) return;
  // Reviewed: the URL was parsed and is http(s) without credentials (policy.ts); see docs/SECURITY.md.
  void shell.openExternal(url); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
}

/** Deny every permission (camera, notifications, geolocation, HID, serial…): a fact-checking desk needs none. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
}

/**
 * Defence in depth behind the CSP: the app never talks to the network from a
 * page (every call goes through IPC), so any http(s)/ws request a page makes is
 * cancelled, and every response still gets the CSP.
 */
export function lockSessionNetwork(session: Session): void {
  session.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (_details, callback) => callback({ cancel: true }));
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        // Kept equal to RENDERER_CSP (src/node/host/static-files.ts) by tests/reliability/electron-hardening.test.ts;
        // spelled out so the Electronegativity scanner can evaluate it.
        'Content-Security-Policy': ["default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'"],
      },
    });
  });
}

/** No navigation away from the app, no new windows, no webviews; links open in the browser. */
export function lockNavigation(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    const stay = (event: { preventDefault(): void }, url: string) => {
      if (isAppUrl(url)) return;
      event.preventDefault();
      openExternalSafely(url);
    };
    contents.on('will-navigate', stay);
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-frame-navigate', (event) => {
      if (!event.isMainFrame && !isAppUrl(event.url)) event.preventDefault();
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
  return isTrustedSenderFrame(frame, mainFrame);
}
