import pg from 'pg';
import { parse } from 'pg-connection-string';
import { factbenchTypes } from './types';

/** Where a database URL points, for people: never its password. */
export interface DatabaseAddress {
  host: string;
  port: number;
  database: string;
  user: string;
}

/** The database cannot be reached or used: one line naming host, port, database and the cause (never the password). */
export class DatabaseConnectionError extends Error {
  constructor(
    readonly address: DatabaseAddress,
    readonly reason: string,
  ) {
    super(`Cannot use the PostgreSQL database "${address.database}" at ${address.host}:${address.port}: ${reason}.`);
    this.name = 'DatabaseConnectionError';
  }
}

/** A URL that is not a PostgreSQL URL at all. */
export class DatabaseUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseUrlError';
  }
}

/** How long connecting may take before the attempt is given up (and the cause named). */
export const CONNECT_TIMEOUT_MS = 10_000;

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

export function addressOf(url: string): DatabaseAddress {
  if (!isPostgresUrl(url)) throw new DatabaseUrlError('The database URL must start with postgres:// (postgres://USER@HOST:PORT/DATABASE).');
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(url);
  } catch {
    throw new DatabaseUrlError('The database URL cannot be read: write it as postgres://USER@HOST:PORT/DATABASE.');
  }
  return {
    host: parsed.host || 'localhost',
    port: parsed.port ? Number(parsed.port) : 5432,
    database: parsed.database || parsed.user || 'postgres',
    user: parsed.user || process.env.PGUSER || process.env.USER || 'postgres',
  };
}

/** postgres://USER@HOST:PORT/DB: the URL as logs and messages may show it. */
export function describeAddress(a: DatabaseAddress): string {
  return `postgres://${encodeURIComponent(a.user)}@${a.host.includes(':') ? `[${a.host}]` : a.host}:${a.port}/${encodeURIComponent(a.database)}`;
}

/** The pool every connection of a store comes from: the adapter's types, a bounded connect time, the app's name in pg_stat_activity. */
export function createPool(url: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, types: factbenchTypes, application_name: 'factbench' });
  // An idle client whose server went away must not take the process down; the next query reconnects.
  pool.on('error', (error) => console.error(`[factbench] PostgreSQL connection lost: ${error.message}`));
  // Nor one checked out between two statements of a transaction (the pool listens only to idle ones):
  // the error is the query's to report (`unavailable`), and the broken client is not put back.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

const SQLSTATE_CAUSES: Record<string, string> = {
  '28P01': 'authentication failed (wrong password)',
  '28000': 'authentication failed (the server refuses this user)',
  '3D000': 'the database does not exist',
  '57P03': 'the server is starting up or shutting down',
  '53300': 'the server has too many connections',
};

const NODE_CAUSES: Record<string, string> = {
  ECONNREFUSED: 'connection refused (is PostgreSQL running and listening on that port?)',
  ENOTFOUND: 'unknown host',
  EAI_AGAIN: 'unknown host (the name could not be resolved)',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: `no answer within ${CONNECT_TIMEOUT_MS / 1000} s`,
  ECONNRESET: 'the server closed the connection',
};

/** The cause of a failed connection, in words; the driver's own message only when nothing better is known. */
export function connectionCause(error: unknown): string {
  const e = error as { code?: string; message?: string } | null;
  const code = e?.code ?? '';
  if (SQLSTATE_CAUSES[code]) return SQLSTATE_CAUSES[code];
  if (NODE_CAUSES[code]) return NODE_CAUSES[code];
  const message = e?.message ?? String(error);
  if (/timeout/i.test(message)) return `no answer within ${CONNECT_TIMEOUT_MS / 1000} s`;
  if (/password/i.test(message) && /SASL|SCRAM|client password/i.test(message)) return 'authentication failed (the server asks for a password and none was given)';
  return message.split('\n')[0]!;
}

/** Connects once (the pool's first client), so a wrong URL fails here, with its cause, rather than at the first request. */
export async function checkConnection(pool: pg.Pool, address: DatabaseAddress): Promise<void> {
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    throw new DatabaseConnectionError(address, connectionCause(error));
  }
}

/** SQLSTATEs of a server going away or not taking connections: class 08 (connection exception) and these. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '58030']);
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** What pg says when a connection dies under a query, or cannot be had from the pool in time. */
const UNAVAILABLE_MESSAGES = /Connection terminated|connection error and is not queryable|Client was closed|timeout exceeded when trying to connect|terminating connection/i;

/** True when the error says the server cannot be reached right now (restarting, gone), not that the query is wrong. */
export function isUnavailableError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_NODE_CODES.has(code)) return true;
  return typeof e?.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message);
}
