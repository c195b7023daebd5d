import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import claimsSchema from '../../../src/node/cli/claims.schema.json';
import { referenceArticlePath, repoRoot } from '../../helpers/paths';
import { tempDir } from '../../helpers/temp';

/** The command line as a user runs it: `npx factbench …` is `node bin/factbench.js …`. */
function factbench(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'bin/factbench.js'), ...args], { encoding: 'buffer', env: { ...process.env, ...env }, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8') };
}

// Each case starts real processes (tsx, jsdom, Chromium for the PDF): give them room on a busy machine.
vi.setConfig({ testTimeout: 180_000 });

const tmp = tempDir('factbench-cli-');
afterAll(() => tmp.cleanup());
const db = path.join(tmp.dir, 'cli.db');

describe('factbench claims --json', () => {
  it('prints the document of DESIGN.md for the reference article, anchors indexing into body', () => {
    const r = factbench(['claims', referenceArticlePath, '--json']);
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.out);
    // The committed JSON Schema a pipeline can rely on.
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(claimsSchema);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.source).toBe(referenceArticlePath);
    expect(doc).toMatchObject({ language: 'fr', outlet: 'ATS', published: '2023-09-13T09:27', modified: null, byline: null });
    expect(doc.title).toBe('La Corée du Nord fera des liens avec la Russie "une priorité absolue"');
    expect(typeof doc.body).toBe('string');
    expect(doc.claims.length).toBeGreaterThan(5);
    for (const c of doc.claims) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['text', 'type', 'speaker', 'score', 'reasons', 'anchors']));
      const bodyAnchors = c.anchors.filter((a: { folded?: number }) => a.folded === undefined);
      for (const a of c.anchors) {
        const source = a.folded === undefined ? doc.body : doc.folded[a.folded].text;
        expect(source.slice(a.start, a.end).length).toBe(a.end - a.start);
        expect(a.end).toBeGreaterThan(a.start);
      }
      if (bodyAnchors.length > 0) expect(c.text).toContain(doc.body.slice(bodyAnchors[0].start, bodyAnchors[0].end).slice(0, 20));
    }
    const priority = doc.claims.find((c: { text: string }) => c.text.includes('sa «priorité absolue»'));
    expect(priority.speaker).toBe('Kim Jong Un');
    expect(priority.anchors).toHaveLength(3);
    expect(doc.folded.map((f: { kind: string }) => f.kind)).toEqual(expect.arrayContaining(['credit', 'dateline', 'photo-credit', 'rights-tag']));
  });

  it('answers a missing file, an empty file and a binary file with one line and a non-zero exit', () => {
    const empty = path.join(tmp.dir, 'empty.txt');
    fs.writeFileSync(empty, '');
    const png = path.join(tmp.dir, 'photo.txt');
    fs.writeFileSync(png, Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
    for (const [file, pattern] of [
      [path.join(tmp.dir, 'nope.txt'), /no such file/],
      [empty, /empty/i],
      [png, /binary|not text|image/i],
    ] as const) {
      const r = factbench(['claims', file, '--json']);
      expect(r.status, file).not.toBe(0);
      expect(r.out).toBe('');
      expect(r.err.trim().split('\n')[0]).toMatch(pattern);
    }
    // The exit codes the help documents: 2 when the command line is wrong, 0 for help.
    expect(factbench(['claims']).status).toBe(2);
    expect(factbench(['frobnicate']).status).toBe(2);
    expect(factbench([]).status).toBe(2);
    const colour = factbench(['claims', referenceArticlePath, '--colour']);
    expect([colour.status, colour.err.split('\n')[0]]).toEqual([2, 'factbench: unknown option --colour for "claims"']);
    const help = factbench(['export', '--help']);
    expect(help.status).toBe(0);
    for (const option of ['--lang', '--checked-only', '--include-dismissed', '--all', '--organisation-url']) expect(help.out).toContain(option);
  });
});

describe('factbench import, list and export on a workspace file', () => {
  let id = '';

  it('imports the reference article and prints its id', () => {
    const r = factbench(['import', referenceArticlePath, '--db', db]);
    expect(r.status).toBe(0);
    id = r.out.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lists the workspace as JSON', () => {
    const r = factbench(['list', '--json'], { FACTBENCH_DB: db });
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.out);
    expect(rows).toEqual([{ id, title: 'La Corée du Nord fera des liens avec la Russie "une priorité absolue"', claims: expect.any(Number), checked: 0 }]);
  });

  // Every format in-process is in cli-pipelines.test.ts; here the real binary writes a binary one and a ClaimReview.
  it.each([
    ['claimreview', (b: Buffer) => expect(JSON.parse(b.toString('utf8'))['@context']).toBe('https://schema.org')],
    ['pdf', (b: Buffer) => expect(b.subarray(0, 5).toString('latin1')).toBe('%PDF-')],
  ])('exports the report as %s to a file', (format, check) => {
    const out = path.join(tmp.dir, `report.${format}`);
    const r = factbench(['export', id, '--format', format, '--out', out, '--db', db, '--organisation', 'Vérif Suisse', '--organisation-url', 'https://verif.example.ch', '--review-url', 'https://verif.example.ch/{slug}']);
    expect(r.status, r.err).toBe(0);
    check(fs.readFileSync(out));
    expect(fs.existsSync(`${out}.partial`)).toBe(false);
  });

  it('refuses an unknown article, a bad format and a bad file without touching the workspace', () => {
    const before = new Database(db, { readonly: true }).prepare('SELECT count(*) AS n FROM articles').get();
    expect(factbench(['export', '0192f3a4-5b6c-7d8e-9f00-000000000000', '--format', 'html', '--db', db]).err).toMatch(/No article/);
    expect(factbench(['export', id, '--format', 'odt', '--db', db]).status).toBe(2);
    const empty = path.join(tmp.dir, 'blank.txt');
    fs.writeFileSync(empty, '   \n\n  ');
    const r = factbench(['import', empty, '--db', db]);
    expect(r.status).toBe(1);
    expect(r.out).toBe('');
    const after = new Database(db, { readonly: true }).prepare('SELECT count(*) AS n FROM articles').get();
    expect(after).toEqual(before);
  });
});
