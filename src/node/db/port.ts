import type { Kysely } from 'kysely';
import { ArticlesRepo } from './articles-repo';
import { AttachmentsRepo } from './attachments-repo';
import { ClaimsRepo } from './claims-repo';
import type { Dialect, Engine } from './dialect/dialect';
import { EditingRepo } from './editing-repo';
import { EventsRepo } from './events-repo';
import { LibraryRepo } from './library-repo';
import { PastChecksRepo } from './past-checks-repo';
import type { DB } from './schema';
import { SearchRepo } from './search-repo';
import { SettingsRepo } from './settings-repo';
import { SourcesRepo } from './sources-repo';
import { SpeakersRepo } from './speakers-repo';

export type { Engine } from './dialect/dialect';

/**
 * The storage port: what the services see of a workspace, whichever engine
 * holds it (SQLite: sqlite-store.ts, PostgreSQL: postgres/store.ts). Every
 * repository method is async; the repositories are written once, with
 * Kysely, over the engine differences of dialect/.
 */
export interface Repos {
  articles: ArticlesRepo;
  claims: ClaimsRepo;
  sources: SourcesRepo;
  events: EventsRepo;
  settings: SettingsRepo;
  editing: EditingRepo;
  library: LibraryRepo;
  attachments: AttachmentsRepo;
  pastChecks: PastChecksRepo;
  speakers: SpeakersRepo;
  search: SearchRepo;
}

export interface Store {
  readonly engine: Engine;
  /** Where the workspace lives, for people: a file path, or postgres://USER@HOST:PORT/DB (never a password). */
  readonly location: string;
  readonly schemaVersion: number;
  /**
   * Repositories outside any transaction: each call is its own statement.
   * Inside `transaction`, use the repositories it passes instead: a call
   * through these is refused there (it would wait for the transaction's own
   * connection on SQLite, and escape the transaction on PostgreSQL).
   */
  readonly repos: Repos;
  /**
   * Runs `fn` in one transaction: everything or nothing. Gather inputs
   * (imports, page fetches, parsing) before, then write: on SQLite the block
   * must not wait for anything but the database, so it runs as one
   * synchronous block on the single connection (BEGIN IMMEDIATE … COMMIT) and
   * is refused, rolled back, if it awaited something else; on PostgreSQL it
   * runs on one pooled client at SERIALIZABLE and is run again (fn called
   * anew) when the server reports a serialization failure or a deadlock, so
   * `fn` must have no effect outside the database.
   */
  transaction<T>(fn: (tx: Repos) => Promise<T>): Promise<T>;
  /** Workspace copies, where the engine keeps the workspace in a file (SQLite); absent on a database server, whose backups are its administrator's. */
  readonly backups?: WorkspaceBackups;
  /**
   * Calls `onChange` when another connection commits to the workspace (the
   * command line on the same file); returns a function that stops watching.
   * SQLite polls its data_version; absent where the server announces changes itself.
   */
  watchExternalChanges?(onChange: () => void, intervalMs?: number): () => void;
  /**
   * Calls `onEvents` whenever another connection (another instance of the
   * team server) may have committed events, and when listening starts or
   * starts again after the server came back (so the caller re-reads from the
   * last number it has: nothing is missed meanwhile); `onState` says whether
   * the database can be reached. PostgreSQL: one dedicated LISTEN connection
   * outside the pool, reconnecting with backoff. Absent on SQLite (its
   * data_version poll, above, sees other writers). Returns a function that stops listening.
   */
  listenForEvents?(onEvents: () => void, onState: (available: boolean) => void): () => Promise<void>;
  /** True when `error` says the database cannot be reached right now (a server restarting, a lost connection), not that a query is wrong. */
  isUnavailable?(error: unknown): boolean;
  close(): Promise<void>;
}

export interface BackupSummaryInfo {
  name: string;
  createdAt: string;
  reason: 'auto' | 'manual' | 'pre-restore';
  bytes: number;
}

export interface WorkspaceBackups {
  list(): BackupSummaryInfo[];
  create(reason: 'manual'): Promise<BackupSummaryInfo>;
  /** Restores the backup named `name` in place; the state before is kept as a pre-restore backup. */
  restore(name: string): Promise<{ restored: BackupSummaryInfo; safetyCopy: BackupSummaryInfo; schemaVersion: number } | null>;
  /** A consistent copy of the whole workspace as one file, at `dest`. */
  exportTo(dest: string): Promise<{ path: string; bytes: number }>;
}

/** The repositories bound to one Kysely instance (the store's, or a transaction's). */
export function createRepos(db: Kysely<DB>, d: Dialect): Repos {
  return {
    articles: new ArticlesRepo(db, d),
    claims: new ClaimsRepo(db, d),
    sources: new SourcesRepo(db, d),
    events: new EventsRepo(db, d),
    settings: new SettingsRepo(db),
    editing: new EditingRepo(db, d),
    library: new LibraryRepo(db, d),
    attachments: new AttachmentsRepo(db, d),
    pastChecks: new PastChecksRepo(db, d),
    speakers: new SpeakersRepo(db, d),
    search: new SearchRepo(db, d),
  };
}
