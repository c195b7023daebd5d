import type { ApiEvent } from '../../contract/envelope';
import type { StreamedEvent } from '../db/events-repo';
import type { Store } from '../db/port';

type ChangedEvent = Extract<ApiEvent, { type: 'changed' }>;

/** What a desk hears when it cannot be told exactly what it missed: re-read everything (the fallback). */
export const RECONNECTED_EVENT: ChangedEvent = { type: 'changed', entity: 'workspace', id: 'reconnected', articleId: null };

/**
 * The `changed` event an audit row announces: what the service that wrote it
 * emitted after its commit (a test holds the two together for every method).
 * An entity this function does not know (a later feature's) still reaches
 * the desk: as its article changed, or, with no article, the workspace.
 */
export function changeOf(e: StreamedEvent): ChangedEvent {
  const base = { type: 'changed' as const, articleId: e.articleId };
  switch (e.entity) {
    case 'article':
      return { ...base, entity: 'article', id: e.entityId };
    case 'claim':
    case 'claim_attachment':
      return { ...base, entity: 'claim', id: e.entityId };
    case 'claim_source':
    case 'citation':
      return { ...base, entity: 'source', id: e.sourceId ?? e.entityId };
    case 'source':
      return { ...base, entity: 'source', id: e.entityId, articleId: null };
    case 'settings':
      return { ...base, entity: 'settings', id: e.entityId, articleId: null };
    case 'workspace':
    case 'past_checks':
      return { ...base, entity: 'settings', id: e.entityId, articleId: null };
    default:
      return e.articleId ? { ...base, entity: 'article', id: e.articleId } : { ...base, entity: 'workspace', id: e.entity };
  }
}

/** One frame of a client's stream: a numbered change, or an event outside the table (progress, status). */
export interface StreamFrame {
  /** The number a reconnecting client gives back as Last-Event-ID; absent for events outside the table. */
  id?: number;
  event?: ApiEvent;
}

export interface FeedClient {
  /** Stops sending to this client. */
  detach(): void;
}

export interface ChangeFeedOptions {
  /** A client that missed more than this many events re-reads everything instead. */
  replayLimit?: number;
  /** Rows read per query while catching up. */
  batch?: number;
}

interface Attached {
  send(frame: StreamFrame): void;
  /** The last number this client has (sent, or given back on reconnecting). */
  cursor: number;
}

/**
 * The events table as a stream of numbered `changed` events, for the open
 * event streams of one host (the loopback host, a team-server instance).
 * `poll()` reads the rows committed since the last one read, in number
 * order, and sends each to every client whose cursor is below it; it is
 * called after this instance's own commits, when another instance's commit
 * is announced (PostgreSQL LISTEN) and when listening starts again. A client
 * that comes back with Last-Event-ID gets the rows it missed from the table,
 * then the live ones, with no gap and no repeat: attaching and polling run one
 * after the other on one chain. Rows are read back, never taken from the
 * announcement, so a desk receives only what the table says (where accounts
 * come, the place to check who may see a row is `deliver`).
 */
export class ChangeFeed {
  private last = 0;
  private readonly clients = new Set<Attached>();
  private chain: Promise<void> = Promise.resolve();
  private pollQueued = false;
  private available = true;
  private readonly replayLimit: number;
  private readonly batch: number;

  private constructor(
    private readonly store: Store,
    options: ChangeFeedOptions,
  ) {
    this.replayLimit = options.replayLimit ?? 1000;
    this.batch = options.batch ?? 500;
  }

  /** A feed starting at the last event committed so far. */
  static async open(store: Store, options: ChangeFeedOptions = {}): Promise<ChangeFeed> {
    const feed = new ChangeFeed(store, options);
    feed.last = await store.repos.events.lastSeq();
    return feed;
  }

  /** The number of the last event read from the table. */
  get position(): number {
    return this.last;
  }

  /** Reads what was committed since the last read and sends it; calls made meanwhile share the next read. Never rejects (a failed read is logged and tried again by the next poll). */
  poll(): Promise<void> {
    if (this.pollQueued) return this.chain;
    this.pollQueued = true;
    return this.enqueue(async () => {
      this.pollQueued = false;
      for (;;) {
        const rows = await this.store.repos.events.since(this.last, this.batch);
        for (const row of rows) this.deliver(row);
        if (rows.length < this.batch) return;
      }
    }).catch(() => undefined);
  }

  /**
   * Whether the database can be reached (the listening connection is up): a change is told to every
   * client as a `connection` event, and a client that attaches while it is down hears it at once.
   */
  setAvailable(available: boolean): void {
    if (available === this.available) return;
    this.available = available;
    this.broadcast({ type: 'connection', state: available ? 'ok' : 'reconnecting' });
  }

  /**
   * Adds a client. Without `lastEventId` it starts at the current position
   * (told to it as a frame with only an id, so it can come back later). With
   * one, it first gets every event after it; when that number is not one of
   * this workspace's, or too much was missed, it gets RECONNECTED_EVENT
   * instead and re-reads everything.
   */
  async attach(lastEventId: string | undefined, send: (frame: StreamFrame) => void): Promise<FeedClient> {
    let sent = 0;
    const counted = (frame: StreamFrame) => {
      sent++;
      send(frame);
    };
    const client: Attached = { send: counted, cursor: this.last };
    await this.enqueue(async () => {
      const asked = lastEventId === undefined ? null : /^\d{1,15}$/.test(lastEventId.trim()) ? Number(lastEventId.trim()) : -1;
      const reread = () => {
        client.cursor = this.last;
        counted({ id: this.last, event: RECONNECTED_EVENT });
      };
      if (asked === null) {
        client.cursor = this.last;
      } else if (asked >= 0 && asked <= this.last) {
        const missed = (await this.store.repos.events.since(asked, this.replayLimit + 1)).filter((r) => r.seq <= this.last);
        if (missed.length > this.replayLimit) reread();
        else {
          client.cursor = asked;
          for (const row of missed) this.sendRow(client, row);
          client.cursor = this.last;
        }
      } else if (asked > this.last && asked <= (await this.store.repos.events.lastSeq())) {
        // Ahead of this instance (it came from another one that read further): the next poll brings the rest.
        client.cursor = asked;
      } else {
        reread();
      }
      // Every stream starts by saying where it stands, so the client can come back from there.
      if (sent === 0) counted({ id: client.cursor });
      if (!this.available) counted({ event: { type: 'connection', state: 'reconnecting' } });
      this.clients.add(client);
    });
    return { detach: () => this.clients.delete(client) };
  }

  /** Sends `event` (not from the table: progress, a status) to every client, without a number. */
  broadcast(event: ApiEvent): void {
    for (const c of this.clients) c.send({ event });
  }

  get clientCount(): number {
    return this.clients.size;
  }

  private deliver(row: StreamedEvent): void {
    if (row.seq <= this.last) return;
    this.last = row.seq;
    for (const c of this.clients) this.sendRow(c, row);
  }

  private sendRow(client: Attached, row: StreamedEvent): void {
    if (row.seq <= client.cursor) return;
    client.cursor = row.seq;
    client.send({ id: row.seq, event: changeOf(row) });
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    const run = this.chain.then(job);
    // A failed read (the database went away) is logged; the next poll starts again from the same number.
    this.chain = run.catch((error: unknown) => {
      this.pollQueued = false;
      console.error(`[factbench] could not read the events table: ${error instanceof Error ? error.message : String(error)}`);
    });
    return run;
  }
}
