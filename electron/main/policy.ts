/**
 * The shell's security decisions as pure functions (no `electron` import), so
 * they are unit-tested under Node: what may leave the app, what counts as our
 * own page.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'factbench';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Parsed, or null: a string that is not a URL is never trusted. */
function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A page of the app itself: app://factbench/… and nothing that merely starts like it. */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return !!u && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
}

/**
 * What may be handed to the user's browser: http(s) only (no file:, javascript:,
 * smb:, custom schemes that launch other programs), no credentials, a sane length.
 */
export function isSafeExternalUrl(url: string): boolean {
  if (url.length > 4096 || /[\s\u0000-\u001f\u007f]/.test(url)) return false;
  const u = parse(url);
  return !!u && (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '' && u.username === '' && u.password === '';
}

/** The IPC caller must be the main frame of our window, showing our page (not an iframe, not a navigated-away page). */
export function isTrustedSenderFrame(frame: { url: string } | null | undefined, mainFrame: { url: string } | null | undefined): boolean {
  if (!frame || !mainFrame || frame !== mainFrame) return false;
  return isAppUrl(frame.url);
}

/** Files the app serves from out/renderer: a path inside it, or index.html (a one-page app). */
export function rendererFileFor(root: string, pathname: string, sep: string, resolve: (...p: string[]) => string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return resolve(root, 'index.html');
  }
  if (decoded.includes('\u0000')) return resolve(root, 'index.html');
  const file = resolve(root, '.' + decoded);
  return file.startsWith(root + sep) ? file : resolve(root, 'index.html');
}
