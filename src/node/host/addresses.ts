import net from 'node:net';
import os from 'node:os';
import type { Audience } from './guards';

/** Where a host listens: `127.0.0.1:0` for the browser mode, any address for the team server. */
export interface ListenAddress {
  host: string;
  port: number;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const WILDCARD = new Set(['0.0.0.0', '::']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** `HOST:PORT`, `[V6]:PORT`, or a bare port; refuses anything else with a message for the command line. */
export function parseListen(value: string): ListenAddress {
  const m = /^(?:\[([0-9a-f:.]+)\]|([^:[\]]+)):(\d{1,5})$/i.exec(value.trim()) ?? /^()()(\d{1,5})$/.exec(value.trim());
  const port = m ? Number(m[3]) : NaN;
  if (!m || !Number.isInteger(port) || port > 65535) throw new Error(`--listen takes HOST:PORT (e.g. 127.0.0.1:8080 or 0.0.0.0:8080), not "${value}"`);
  return { host: m[1] ?? (m[2] || '127.0.0.1'), port };
}

const withPort = (host: string, port: number) => (net.isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`);

/** The names a browser uses for the address we listen on: for every interface when listening on all of them. */
function namesOf(host: string): string[] {
  // Only the loopback address we listen on (and `localhost`): a page at another
  // loopback alias cannot reach us anyway, and answering it would widen what a
  // rebinding attack may try.
  if (isLoopback(host)) return host.toLowerCase() === 'localhost' ? ['localhost', '127.0.0.1', '::1'] : [host, 'localhost'];
  if (!WILDCARD.has(host)) return [host];
  const addresses = Object.values(os.networkInterfaces())
    .flatMap((list) => list ?? [])
    .map((a) => a.address);
  return [...new Set([os.hostname(), 'localhost', ...addresses])];
}

/**
 * Who a host answers: the `Host` names of the address it listens on (the
 * machine's addresses and name when it listens on all interfaces), and the
 * public URL's name behind a proxy (`--public-url https://factbench.example`:
 * nginx passes `Host: factbench.example` and the page's origin is
 * https://factbench.example). Everything else is refused (421, 403).
 */
export function audienceOf(listen: ListenAddress, publicUrl?: URL): Audience {
  const hosts = new Set<string>();
  const origins = new Set<string>();
  for (const name of namesOf(listen.host)) {
    const h = withPort(name, listen.port).toLowerCase();
    hosts.add(h);
    origins.add(`http://${h}`);
  }
  if (publicUrl) {
    hosts.add(publicUrl.host.toLowerCase());
    hosts.add(publicUrl.hostname.toLowerCase()); // nginx's $host drops an explicit port
    origins.add(publicUrl.origin.toLowerCase());
  }
  const describe = [...(isLoopback(listen.host) ? ['127.0.0.1', 'localhost'] : WILDCARD.has(listen.host) ? ['this machine’s names and addresses'] : [listen.host]), ...(publicUrl ? [publicUrl.host] : [])].join(', ');
  return { hosts, origins, describe: describe.replace(/, ([^,]*)$/, ' and $1') };
}

/** The URL to print: the public one when there is a proxy, else the address itself (the machine's name for all interfaces). */
export function baseUrlOf(listen: ListenAddress, publicUrl?: URL): string {
  if (publicUrl) return publicUrl.origin + publicUrl.pathname.replace(/\/?$/, '/');
  const host = WILDCARD.has(listen.host) ? os.hostname() : listen.host;
  return `http://${withPort(host, listen.port)}/`;
}
