import type { Transport } from '../../contract/client';
import type { FactbenchBridge } from '../../contract/envelope';
import { httpTransport } from './http-transport';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser mode. */
    factbench?: FactbenchBridge;
  }
}

/** IPC when the Electron preload is there, else the loopback host. The renderer never knows more. */
export function pickTransport(): Transport {
  if (window.factbench) return window.factbench;
  return httpTransport(takeToken());
}

/** The host prints `…/#token=…`; keep it for reloads and take it out of the address bar. */
function takeToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match) {
    sessionStorage.setItem('factbench.token', match[1]!);
    history.replaceState(null, '', location.pathname + location.search);
    return match[1]!;
  }
  return sessionStorage.getItem('factbench.token') ?? '';
}
