/**
 * A throwaway PostgreSQL 15 cluster for tests and benchmarks: initdb and
 * pg_ctl from Debian's postgresql package, in a temporary folder, on a free
 * loopback port, its socket inside that folder. As root (CI), the programs
 * run as the `postgres` user (they refuse root) in a folder it owns.
 * `stop()` removes everything; an exit or Ctrl-C of the process that started
 * it does too. Used by the vitest global setup (tests/helpers/postgres-setup.ts),
 * and usable as is by Playwright fixtures and benchmarks.
 */
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export const PG_BIN = process.env.FACTBENCH_PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface ClusterOptions {
  /**
   * Off by default: tests run with fsync=off, synchronous_commit=off and
   * full_page_writes=off, for speed only (a crash of the test machine may
   * lose the throwaway cluster, which nobody keeps). Tests of durability
   * (kill -9 of the server) start their cluster with `durable: true`.
   */
  durable?: boolean;
}

export interface Cluster {
  host: string;
  port: number;
  /** The superuser, with trust authentication on loopback. */
  user: string;
  dir: string;
  /** postgres://postgres@127.0.0.1:PORT/DB */
  url(database: string): string;
  /** pg_ctl restart -m fast, as an administrator restarts the server: every connection is cut, and it comes back on the same port. */
  restart(): Promise<void>;
  stop(): void;
}

function asPostgres(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  if (!Number.isInteger(uid) || !Number.isInteger(gid) || uid === 0) throw new Error('Running as root, but there is no `postgres` user to run the PostgreSQL cluster as (install the postgresql package).');
  return { uid, gid };
}

/** The program and its arguments, run as `postgres` when we are root. */
function command(owner: { uid: number } | null, program: string, args: string[]): [string, string[]] {
  const bin = path.join(PG_BIN, program);
  return owner ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  if (!fs.existsSync(path.join(PG_BIN, 'initdb'))) {
    throw new Error(`PostgreSQL 15 is not installed (${PG_BIN}/initdb is missing): apt-get install postgresql postgresql-contrib (.ci/run does).`);
  }
  const owner = asPostgres();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factbench-pg-'));
  if (owner) fs.chownSync(dir, owner.uid, owner.gid);
  fs.chmodSync(dir, 0o700);
  const data = path.join(dir, 'data');
  const exec = async (program: string, args: string[]) => {
    const [file, argv] = command(owner, program, args);
    // cwd inside the cluster's folder: the programs look up their current directory, which `postgres` may not read elsewhere.
    await run(file, argv, { cwd: dir, env: { ...process.env, LC_ALL: 'C.UTF-8' } });
  };
  let port = 0;
  const stop = () => {
    process.removeListener('exit', stop);
    if (fs.existsSync(path.join(data, 'postmaster.pid'))) {
      const [file, argv] = command(owner, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      spawnSync(file, argv, { cwd: dir, stdio: 'ignore' });
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  try {
    // A UTF-8 locale: the text search parser reads «é» as a letter only under one (under "C" it splits words at accents).
    await exec('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-instructions']);
    // The superuser on loopback without a password (the tests' own); every other role with a password, so a wrong one is refused.
    const hba = ['local all all trust', 'host all postgres 127.0.0.1/32 trust', 'host all all 127.0.0.1/32 scram-sha-256', 'host all postgres ::1/128 trust', 'host all all ::1/128 scram-sha-256', ''].join('\n');
    fs.writeFileSync(path.join(data, 'pg_hba.conf'), hba);
    if (owner) fs.chownSync(path.join(data, 'pg_hba.conf'), owner.uid, owner.gid);
    port = await freePort();
    const settings = [`-p ${port}`, `-k ${dir}`, `-c listen_addresses=127.0.0.1`, `-c max_connections=200`];
    if (!options.durable) settings.push('-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off');
    await exec('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-o', settings.join(' '), '-w', '-t', '60', 'start']);
  } catch (error) {
    const log = path.join(dir, 'server.log');
    const detail = fs.existsSync(log) ? `\n${fs.readFileSync(log, 'utf8').slice(-2000)}` : '';
    stop();
    throw new Error(`The test PostgreSQL cluster did not start: ${(error as Error).message}${detail}`);
  }
  const restart = () => exec('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-m', 'fast', '-w', '-t', '60', 'restart']);
  return { host: '127.0.0.1', port, user: 'postgres', dir, url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`, restart, stop };
}

/** Runs one statement on the cluster's `postgres` database (CREATE / DROP DATABASE …). */
export async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<void> {
  await adminQuery(adminUrl, `CREATE DATABASE ${quoteIdent(name)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ''}`);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
}
