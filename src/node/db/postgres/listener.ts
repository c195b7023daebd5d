import pg from 'pg';
import { CONNECT_TIMEOUT_MS } from './connection';
import { factbenchTypes } from './types';

/** The channel migrations/postgres/0110-event-sequence.sql notifies on, for every committed event. */
export const EVENTS_CHANNEL = 'factbench_events';

/** Reconnection pauses: from 100 ms, doubling, to 5 s at most (with jitter, so instances do not knock together). */
const FIRST_PAUSE_MS = 100;
const LONGEST_PAUSE_MS = 5_000;

export interface ListenerOptions {
  /** Called when events may have been committed: on each notification, and each time listening (re)starts. */
  onEvents(): void;
  /** Whether the listening connection is up: the team server tells the desks while it is down. */
  onState(available: boolean): void;
}

/**
 * One dedicated connection per instance, outside the pool, that LISTENs for
 * committed events. Holding a pooled client for it would take one from the
 * requests for ever; a notification is delivered only to the session that
 * listens, so this connection is the instance's ear. When it drops (the
 * server restarted, the network failed) it connects again with backoff, and
 * says `onEvents` once listening again: the caller re-reads the events table
 * from the last number it has, so whatever was committed meanwhile arrives.
 * The notification carries only the event's number and id; the receiver
 * reads the rows back (the changes themselves never travel through here).
 */
export function listenForEvents(connectionString: string, options: ListenerOptions): () => Promise<void> {
  let client: pg.Client | null = null;
  let stopped = false;
  let available: boolean | null = null;
  let pause = FIRST_PAUSE_MS;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const setState = (up: boolean) => {
    if (available === up) return;
    available = up;
    options.onState(up);
  };

  const retry = () => {
    if (stopped || timer) return;
    setState(false);
    const wait = pause * (0.5 + Math.random());
    pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, wait);
  };

  const connect = async () => {
    const c = new pg.Client({ connectionString, types: factbenchTypes, application_name: 'factbench-listener', connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true });
    client = c;
    let lost = false;
    const onLost = () => {
      if (lost) return;
      lost = true;
      if (client === c) client = null;
      c.removeAllListeners('notification');
      void c.end().catch(() => undefined);
      retry();
    };
    c.on('error', onLost);
    c.on('end', onLost);
    c.on('notification', (n) => {
      if (n.channel === EVENTS_CHANNEL) options.onEvents();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${EVENTS_CHANNEL}`);
    } catch {
      onLost();
      return;
    }
    if (stopped) {
      await c.end().catch(() => undefined);
      return;
    }
    pause = FIRST_PAUSE_MS;
    setState(true);
    // Whatever was committed while nobody listened (or before the first LISTEN) is read now.
    options.onEvents();
  };

  void connect();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    timer = null;
    const c = client;
    client = null;
    if (c) {
      c.removeAllListeners('end');
      c.removeAllListeners('error');
      c.on('error', () => undefined);
      await c.end().catch(() => undefined);
    }
  };
}
