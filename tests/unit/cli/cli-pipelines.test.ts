/**
 * The command line a newsroom scripts (issue 14): help that lists every option,
 * settings a pipeline can set, claims over folders as JSON lines, export of
 * every article, machine output checked against its committed JSON Schemas.
 * Run in-process through `run(argv, io)` (what bin/factbench.js calls), so each
 * case costs milliseconds; cli.test.ts runs the real binary.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, describe, expect, it, vi } from 'vitest';
import reportSchema from '../../../src/core/report/report.schema.json';
import claimsSchema from '../../../src/node/cli/claims.schema.json';
import { parseArgs } from '../../../src/node/cli/args';
import { run } from '../../../src/node/cli/run';
import { COMMANDS } from '../../../src/node/cli/spec';
import { referenceArticlePath, sharedDir } from '../../helpers/paths';
import { tempDir } from '../../helpers/temp';

vi.setConfig({ testTimeout: 120_000 });

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validClaims = ajv.compile(claimsSchema);
const validReport = ajv.compile(reportSchema);

const tmp = tempDir('factbench-pipeline-');
afterAll(() => tmp.cleanup());
const db = path.join(tmp.dir, 'pipeline.db');

async function factbench(...argv: string[]) {
  const out: Buffer[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (c) => out.push(Buffer.from(c)), err: (l) => err.push(l) });
  const stdout = Buffer.concat(out);
  return { code, stdout, out: stdout.toString('utf8'), err };
}

describe('help', () => {
  it('lists every option of every command, and each one listed is accepted', async () => {
    for (const spec of COMMANDS) {
      const viaHelp = await factbench('help', spec.name);
      expect(viaHelp.code, spec.name).toBe(0);
      if (spec.name !== 'help') expect((await factbench(spec.name, '--help')).out).toBe(viaHelp.out);
      for (const o of spec.options) {
        expect(viaHelp.out, `${spec.name} --${o.name}`).toMatch(new RegExp(`^  --${o.name}\\b`, 'm'));
        const argv = o.value ? [`--${o.name}`, 'x'] : [`--${o.name}`];
        expect(parseArgs(argv, spec).flags.has(o.name)).toBe(true);
      }
    }
    const general = await factbench('help');
    for (const spec of COMMANDS) expect(general.out).toMatch(new RegExp(`^  ${spec.name}\\b`, 'm'));
    expect(general.out).toMatch(/Exit codes: 0 done; 1 failed .*; 2 the\s+command line is wrong/s);
    expect((await factbench('help', 'frobnicate')).code).toBe(2);
  });
});

describe('claims over several articles', () => {
  it('reads a folder and a file as JSON lines, one per article, each valid against the schema; an unreadable one is reported and the exit is 1', async () => {
    const folder = path.join(tmp.dir, 'wire');
    fs.mkdirSync(path.join(folder, 'more'), { recursive: true });
    fs.copyFileSync(path.join(sharedDir, 'datasets/news/article-06-en.txt'), path.join(folder, 'b-reuters.txt'));
    fs.copyFileSync(path.join(sharedDir, 'datasets/news/article-01-fr.txt'), path.join(folder, 'more', 'c-ats.txt'));
    fs.writeFileSync(path.join(folder, 'a-photo.txt'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    fs.writeFileSync(path.join(folder, 'notes.json'), '{}'); // not an article file: the folder skips it
    const r = await factbench('claims', folder, referenceArticlePath, '--jsonl');
    expect(r.code).toBe(1);
    const lines = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as { source: string; claims?: unknown[]; error?: { code: string } });
    expect(lines.map((l) => path.basename(l.source))).toEqual(['a-photo.txt', 'b-reuters.txt', 'c-ats.txt', path.basename(referenceArticlePath)]);
    for (const l of lines) expect(validClaims(l), JSON.stringify(validClaims.errors)).toBe(true);
    expect(lines[0]?.error?.code).toBe('binary');
    expect(lines.slice(1).every((l) => (l.claims?.length ?? 0) > 0)).toBe(true);
    expect(r.err).toEqual([`factbench: ${path.join(folder, 'a-photo.txt')}: a-photo.txt is a PNG image, not text.`]);

    const asArray = await factbench('claims', path.join(folder, 'b-reuters.txt'), referenceArticlePath, '--json');
    expect(asArray.code).toBe(0);
    const docs = JSON.parse(asArray.out) as unknown[];
    expect(docs).toHaveLength(2);
    for (const d of docs) expect(validClaims(d)).toBe(true);
  });

  it('says which path does not exist before reading anything (exit 2)', async () => {
    const r = await factbench('claims', referenceArticlePath, path.join(tmp.dir, 'nope'), '--jsonl');
    expect([r.code, r.out, r.err[0]]).toEqual([2, '', `factbench: no such file or folder: ${path.join(tmp.dir, 'nope')}`]);
    expect((await factbench('claims', referenceArticlePath, '--json', '--jsonl')).code).toBe(2);
  });
});

describe('settings a pipeline can set', () => {
  it('sets and reads each setting, and refuses a wrong key or value with one line and exit 2', async () => {
    const set = async (key: string, value: string) => (await factbench('settings', 'set', key, value, '--db', db)).code;
    expect(await set('organisation', 'Vérif Suisse')).toBe(0);
    expect(await set('organisation-url', 'https://verif.example.ch')).toBe(0);
    expect(await set('reviewer', 'Camille Rochat')).toBe(0);
    expect(await set('review-url', 'https://verif.example.ch/{slug}')).toBe(0);
    expect(await set('scale', 'politifact')).toBe(0);
    const all = await factbench('settings', 'get', '--json', '--db', db);
    expect(JSON.parse(all.out)).toEqual({
      organisation: 'Vérif Suisse',
      'organisation-url': 'https://verif.example.ch',
      reviewer: 'Camille Rochat',
      'review-url': 'https://verif.example.ch/{slug}',
      scale: 'politifact',
      methodology: '',
    });
    expect((await factbench('settings', 'get', 'review-url', '--db', db)).out).toBe('https://verif.example.ch/{slug}\n');
    expect(await set('scale', 'default')).toBe(0);

    for (const [argv, line] of [
      [['settings', 'set', 'organisation-url', 'verif.example.ch'], 'factbench: organisation-url takes an http(s) address, such as https://factcheck.example.org, not "verif.example.ch"'],
      [['settings', 'set', 'review-url', 'javascript:alert(1)'], 'factbench: review-url takes an http(s) address that may hold {article}, {slug} and {claim}, such as https://factcheck.example.org/{slug}, not "javascript:alert(1)"'],
      [['settings', 'set', 'scale', 'nine-levels'], 'factbench: scale takes one of default, politifact, afp, not "nine-levels"'],
      [['settings', 'set', 'colour', 'red'], 'factbench: unknown setting "colour"; the settings are organisation, organisation-url, reviewer, review-url, scale, methodology'],
      [['settings', 'set', 'reviewer'], 'factbench: settings set reviewer needs a VALUE ("" clears it)'],
    ] as const) {
      const r = await factbench(...argv, '--db', db);
      expect([r.code, r.err[0]]).toEqual([2, line]);
      expect(r.err[1]).toBe('Run "factbench help settings" for usage.');
    }
    // Nothing a refused command tried was stored.
    expect((await factbench('settings', 'get', 'organisation-url', '--db', db)).out).toBe('https://verif.example.ch\n');
  });
});

describe('export for pipelines', () => {
  let ids: string[] = [];

  it('imports several articles, one id per line', async () => {
    const r = await factbench('import', referenceArticlePath, path.join(sharedDir, 'datasets/news/article-06-en.txt'), '--db', db);
    expect(r.code).toBe(0);
    ids = r.out.trim().split('\n');
    expect(ids).toHaveLength(2);
  });

  it('names what ClaimReview lacks in one line, with both ways to set it, and exits 1', async () => {
    const other = path.join(tmp.dir, 'empty-settings.db');
    const { out } = await factbench('import', referenceArticlePath, '--db', other);
    const r = await factbench('export', out.trim(), '--format', 'claimreview', '--db', other);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toEqual([
      'factbench: ClaimReview needs the organisation’s name, the organisation’s web address, and the address where the fact-check is published first: run "factbench settings set organisation NAME", "factbench settings set organisation-url URL", and "factbench settings set review-url URL", or pass --organisation NAME --organisation-url URL --review-url URL to this export.',
    ]);
    const given = await factbench('export', out.trim(), '--format', 'claimreview', '--db', other, '--organisation', 'Desk', '--organisation-url', 'https://desk.example', '--review-url', 'https://desk.example/{article}');
    expect(given.code).toBe(0);
    expect(JSON.parse(given.out)['@graph']).toEqual([]); // nothing checked yet: nothing to publish
  });

  it('exports every article: one JSON document per line on standard output, each valid against the report schema', async () => {
    const r = await factbench('export', '--all', '--format', 'json', '--lang', 'fr', '--checked-only', '--db', db);
    expect(r.code).toBe(0);
    const docs = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as { article: { id: string }; language: string; options: { includeUnchecked: boolean } });
    expect(docs.map((d) => d.article.id).sort()).toEqual([...ids].sort());
    for (const d of docs) {
      expect(validReport(d), JSON.stringify(validReport.errors)).toBe(true);
      expect(d).toMatchObject({ language: 'fr', options: { includeUnchecked: false } });
    }
  });

  it('exports every article in every format to a folder, each file written whole', async () => {
    const dir = path.join(tmp.dir, 'reports');
    for (const format of ['html', 'md', 'csv', 'json', 'claimreview', 'docx']) {
      const r = await factbench('export', '--all', '--format', format, '--out', dir, '--db', db);
      expect(r.code, `${format}: ${r.err.join('\n')}`).toBe(0);
      expect(r.err).toHaveLength(2);
    }
    const files = fs.readdirSync(dir).sort();
    expect(files).toHaveLength(12);
    expect(files.filter((f) => f.endsWith('.partial'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('factbench-la-coree-du-nord-fera-des-liens-avec-la-russie'))).toHaveLength(6);
    const csv = fs.readFileSync(path.join(dir, files.find((f) => f.endsWith('.csv'))!), 'utf8');
    expect(csv.split('\r\n')[0]).toContain('claim_text,claim_summary');
  });

  it('refuses --all with an id, or a binary format to standard output (exit 2)', async () => {
    expect((await factbench('export', ids[0]!, '--all', '--format', 'json', '--db', db)).code).toBe(2);
    const r = await factbench('export', '--all', '--format', 'pdf', '--db', db);
    expect([r.code, r.err[0]]).toEqual([2, 'factbench: --all writes one file per article: give --out FOLDER (or use --format json or claimreview for one document per line)']);
  });
});
