import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/contract/envelope';
import { ImportError, type ImportInput } from '../../../src/node/import';
import { inProcessWork } from '../../../src/node/pool/heavy-work';
import { createWorkPool } from '../../../src/node/pool/pool';
import { kimPutinInput } from '../../fixtures/report/kim-putin';
import { referenceArticlePath, repoRoot } from '../../helpers/paths';

const pool = createWorkPool({ threads: 1 });
afterAll(() => pool.close());

const reference = fs.readFileSync(referenceArticlePath, 'utf8');
const docx = new Uint8Array(fs.readFileSync(path.join(repoRoot, 'tests/fixtures/import/ats-2023-09-13-kim-putin.fr.docx')));

/** Every progress report of one import, in the order it arrived. */
async function withProgress(run: (progress: (stage: string, fraction: number) => void) => Promise<unknown>) {
  const stages: [string, number][] = [];
  const result = await run((stage, fraction) => stages.push([stage, fraction]));
  return { result, stages };
}

describe('the work pool', () => {
  it('imports pasted text on a worker: the same article, claims and progress as in process', async () => {
    const input: ImportInput = { kind: 'text', text: reference, language: null };
    const inPool = await withProgress((p) => pool.importArticle(input, p));
    const here = await withProgress((p) => inProcessWork.importArticle(input, p));
    expect(inPool.result).toEqual(here.result);
    expect(inPool.stages).toEqual(here.stages);
    expect(inPool.stages.at(-1)).toEqual(['claims', 0.9]); // a stage key of the progress catalogue, worded by the desk
  });

  it('imports a file on a worker and hands its bytes back for the snapshot', async () => {
    const inPool = await pool.importArticle({ kind: 'file', name: 'story.docx', bytes: docx.slice() }, () => {});
    const here = await inProcessWork.importArticle({ kind: 'file', name: 'story.docx', bytes: docx.slice() }, () => {});
    expect(inPool).toEqual(here);
    expect(inPool.bytes).toEqual(docx);
    expect(inPool.claims.count).toBeGreaterThan(3);
  });

  it('gives back bad input as the same ImportError an in-process import throws', async () => {
    for (const input of [
      { kind: 'text', text: '   \n ' },
      { kind: 'file', name: 'empty.txt', bytes: new Uint8Array(0) },
      { kind: 'file', name: 'photo.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0, 1, 2, 3]) },
    ] satisfies ImportInput[]) {
      const here = await inProcessWork.importArticle(input, () => {}).catch((e: unknown) => e);
      const inPool = await pool.importArticle(input, () => {}).catch((e: unknown) => e);
      expect(here).toBeInstanceOf(ImportError);
      expect(inPool).toBeInstanceOf(ImportError);
      expect({ code: (inPool as ImportError).code, message: (inPool as ImportError).message }).toEqual({ code: (here as ImportError).code, message: (here as ImportError).message });
    }
  });

  it('renders reports on a worker exactly as in process, text and bytes', async () => {
    const input = kimPutinInput('fr');
    for (const format of ['html', 'md', 'csv', 'json', 'claimreview', 'docx'] as const) {
      const inPool = await pool.renderReport(input, format);
      const here = await inProcessWork.renderReport(input, format);
      if ('bytes' in here) {
        // A DOCX is a zip whose entries carry the time they were written: compared by size and signature.
        expect('bytes' in inPool && inPool.bytes.constructor).toBe(Uint8Array);
        expect('bytes' in inPool && String.fromCharCode(inPool.bytes[0]!, inPool.bytes[1]!)).toBe('PK');
      } else {
        expect(inPool).toEqual(here);
      }
    }
  });

  it('replaces a worker that runs out of memory: its call fails as data, the next one succeeds', async () => {
    const small = createWorkPool({ threads: 1, memoryMb: 24 });
    try {
      const line = (i: number) => `Le ministre ${i} a déclaré que le budget a augmenté de ${i % 97} % en 2023, selon l'Insee.`;
      const big = Array.from({ length: 60_000 }, (_, i) => line(i)).join('\n\n');
      const failed = await small.importArticle({ kind: 'text', text: big, language: 'fr' }, () => {}).catch((e: unknown) => e);
      expect(failed).toBeInstanceOf(ApiError);
      expect((failed as ApiError).code).toBe('internal');
      expect((failed as ApiError).message).toBe('The import could not finish (it ran out of memory); nothing was changed.');
      const next = await small.importArticle({ kind: 'text', text: reference, language: null }, () => {});
      expect(next.claims.count).toBeGreaterThan(3);
    } finally {
      await small.close();
    }
  });
});
