import type { Store } from '../db/port';
import { ChangeFeed } from '../services/change-stream';

export interface LiveChanges {
  feed: ChangeFeed;
  /** Stops listening (the dedicated connection closes). */
  stop(): Promise<void>;
}

/**
 * The events table of `store` as a feed for a host's event streams, kept up
 * to date: on PostgreSQL by the instance's one listening connection (another
 * instance's commit, and a re-read each time listening starts again after
 * the server came back); on SQLite by the host itself, after each commit of
 * this process and when the data_version poll sees another writer.
 */
export async function startLiveChanges(store: Store): Promise<LiveChanges> {
  const feed = await ChangeFeed.open(store);
  const stop = store.listenForEvents?.(
    () => void feed.poll(),
    (available) => feed.setAvailable(available),
  );
  return { feed, stop: stop ?? (() => Promise.resolve()) };
}
