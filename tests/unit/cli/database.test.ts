/**
 * The command line against a real PostgreSQL: `factbench migrate` applies and
 * reports, and every way a database URL can be wrong gives one line naming
 * host, port, database and the cause, exit 1, never the password.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { adminQuery, freePort } from '../../helpers/postgres-cluster';
import { freshPostgresDatabase } from '../../helpers/postgres';
import { repoRoot } from '../../helpers/paths';
import { loadPostgresMigrations } from '../../../src/node/db/postgres/migrate';

/**
 * `npx factbench …` as a user runs it. The connection gives up within 10 s
 * (connectionTimeoutMillis); the rest of the allowance is the process starting
 * (tsx compiles the sources in a developer's tree).
 */
function factbench(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'bin/factbench.js'), ...args], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, FACTBENCH_DATABASE_URL: '' } });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

vi.setConfig({ testTimeout: 120_000 });

const PASSWORD = 'correct-horse-battery';
const WRONG = 'wrong-staple-9';
const cleanups: (() => Promise<void>)[] = [];
let db: { url: string; name: string };
let port: number;

beforeAll(async () => {
  const fresh = await freshPostgresDatabase('template0');
  cleanups.push(fresh.drop);
  db = fresh;
  port = Number(new URL(fresh.url).port);
  await adminQuery(inject('pgAdminUrl'), `CREATE ROLE fb_cli_writer LOGIN PASSWORD '${PASSWORD}'`);
  cleanups.push(() => adminQuery(inject('pgAdminUrl'), 'DROP ROLE IF EXISTS fb_cli_writer'));
});
afterAll(async () => {
  for (const c of cleanups.splice(0)) await c();
});

describe('factbench migrate --database', () => {
  it('creates the schema of an empty database and says what it did, then finds nothing to do', () => {
    const names = loadPostgresMigrations().map((m) => m.name);
    const latest = loadPostgresMigrations().at(-1)!.version;
    const shown = `postgres://postgres@127.0.0.1:${port}/${db.name}`;
    const list = factbench(['list', '--database', db.url]);
    expect(list.status).toBe(1);
    expect(list.err.trim()).toBe(`factbench: The database ${shown} holds no Factbench workspace yet; create it with: factbench migrate --database ${shown}`);

    const first = factbench(['migrate', '--database', db.url]);
    expect(first.err).toBe('');
    expect(first.status).toBe(0);
    expect(first.out.trim()).toBe(`Migrated ${shown} from schema 0 to ${latest}: ${names.join(', ')}.`);
    const again = factbench(['migrate', '--database', db.url]);
    expect(again.out.trim()).toBe(`${shown} is up to date (schema ${latest}).`);
    const empty = factbench(['list', '--database', db.url, '--json']);
    expect(empty.status).toBe(0);
    expect(JSON.parse(empty.out)).toEqual([]);
  });
});

describe('factbench settings --database', () => {
  it('sets what ClaimReview needs in a team server\'s workspace, and reads it back', () => {
    expect(factbench(['migrate', '--database', db.url]).status).toBe(0);
    for (const [key, value] of [['organisation', 'Vérif Suisse'], ['organisation-url', 'https://verif.example.ch'], ['review-url', 'https://verif.example.ch/{slug}']]) {
      const set = factbench(['settings', 'set', key!, value!, '--database', db.url]);
      expect(set.status, set.err).toBe(0);
    }
    const bad = factbench(['settings', 'set', 'organisation-url', 'ftp://x', '--database', db.url]);
    expect(bad.status).toBe(2);
    const got = factbench(['settings', 'get', '--json', '--database', db.url]);
    expect(got.status, got.err).toBe(0);
    expect(JSON.parse(got.out)).toMatchObject({ organisation: 'Vérif Suisse', 'organisation-url': 'https://verif.example.ch', 'review-url': 'https://verif.example.ch/{slug}' });
  });
});

describe('a wrong or unreachable database URL', () => {
  const cases: [string, () => string, RegExp][] = [
    ['nothing listens on the port', () => `postgres://postgres@127.0.0.1:${closedPort}/${db.name}`, /connection refused/],
    ['the host name does not exist', () => `postgres://postgres@no-such-host.invalid:5432/${db.name}`, /unknown host/],
    ['the password is wrong', () => `postgres://fb_cli_writer:${WRONG}@127.0.0.1:${port}/${db.name}`, /authentication failed/],
    ['no password is given where one is needed', () => `postgres://fb_cli_writer@127.0.0.1:${port}/${db.name}`, /authentication failed/],
    ['the database does not exist', () => `postgres://postgres@127.0.0.1:${port}/no_such_database`, /the database does not exist/],
  ];
  let closedPort = 0;
  beforeAll(async () => {
    closedPort = await freePort();
  });

  for (const [what, url, cause] of cases) {
    it(`says so in one line, with host, port and database, when ${what}`, () => {
      const u = new URL(url());
      for (const command of [['migrate', '--database', u.href], ['list', '--database', u.href]]) {
        const r = factbench(command);
        expect(r.status, r.err).toBe(1);
        expect(r.out).toBe('');
        const lines = r.err.trim().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toContain(`"${u.pathname.slice(1)}" at ${u.hostname}:${u.port || 5432}`);
        expect(lines[0]).toMatch(cause);
        expect(r.err).not.toContain(WRONG);
        expect(r.err).not.toContain(PASSWORD);
      }
    });
  }

  it('refuses a URL that is not PostgreSQL with one line', () => {
    const r = factbench(['migrate', '--database', 'mysql://root@localhost/x']);
    expect(r.status).toBe(1);
    expect(r.err.trim()).toBe('factbench: The database URL must start with postgres:// (postgres://USER@HOST:PORT/DATABASE).');
  });
});
