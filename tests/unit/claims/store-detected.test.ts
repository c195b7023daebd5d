import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DetectedClaim } from '../../../src/core/model';
import { openWorkspace } from '../../../src/node/db/open';
import { packClaims } from '../../../src/node/pool/claim-batch';
import { tempDir } from '../../helpers/temp';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

// More claims than one multi-row INSERT holds (500), with a last partial chunk, anchors on folded lines and links both ways.
const COUNT = 1234;
const sentence = (i: number) => `Le ministre ${i} a annoncé ${i * 3} emplois.`;

describe('storing the detected claims of a long article', () => {
  // As objects (the command line, in process) and packed as a worker hands them over.
  it.each(['objects', 'a packed batch'] as const)('keeps every claim, its anchors, its link and its full-text entry, in order, given as %s', async (given) => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const ws = openWorkspace(path.join(t.dir, 'store.db'));
    cleanups.unshift(() => ws.close());
    const parts = Array.from({ length: COUNT }, (_, i) => sentence(i));
    const body = parts.join('\n\n');
    const caption = 'Légende : le ministre 7 a annoncé 21 emplois.';
    let at = 0;
    const detected: DetectedClaim[] = parts.map((p, i) => {
      const start = at;
      at += p.length + 2;
      const anchors: DetectedClaim['anchors'] = [{ start, end: start + p.length }];
      if (i === 7) anchors.push({ start: 10, end: caption.length, folded: 0 });
      const relatedTo = i === 600 ? 3 : i === 3 ? 600 : i === 1233 ? 1200 : null;
      const speaker = i % 2 ? `Ministre ${i}` : null;
      return { text: p, type: 'statistic', speaker, speakerEvidence: speaker ? 'a annoncé' : null, speakerKind: speaker ? (i % 4 === 1 ? 'person' : 'organisation') : null, score: i === 0 ? 1 : 0.6, reasons: [], anchors, relatedTo };
    });
    const { id: articleId, ids } = await ws.transaction(async (t) => {
      const inserted = await t.articles.insert(
        {
          meta: { title: 'Long', kicker: null, outlet: null, byline: null, publishedAt: null, modifiedAt: null, language: 'fr', url: null, canonicalUrl: null },
          body,
          blocks: [{ kind: 'paragraph', start: 0, end: body.length }],
          folded: [{ kind: 'caption', text: caption, position: 0, order: 0 }],
          original: body,
          warnings: [],
        },
        null,
      );
      return { id: inserted.id, ids: await t.claims.insertDetected(inserted.id, given === 'objects' ? detected : packClaims(detected), { body, folded: [{ id: inserted.foldedIds[0]!, text: caption }] }) };
    });

    const claims = await ws.repos.claims.listByArticle(articleId);
    expect(claims).toHaveLength(COUNT);
    expect(claims.map((c) => c.id)).toEqual(ids);
    expect(claims.map((c) => c.text)).toEqual(parts);
    // The speaker, its evidence and its kind (person / organisation) come back as detected.
    expect(claims.map((c) => [c.speaker, c.speakerEvidence, c.speakerKind])).toEqual(detected.map((c) => [c.speaker, c.speakerEvidence, c.speakerKind]));
    expect(claims[1233]!.anchors[0]).toMatchObject({ exact: parts[1233], prefix: `${parts[1232]!.slice(-30)}\n\n` });
    expect(claims[7]!.anchors).toHaveLength(2);
    expect(claims[7]!.anchors.some((a) => a.exact === caption.slice(10))).toBe(true);
    expect(claims[600]!.relatedTo).toBe(ids[3]);
    expect(claims[3]!.relatedTo).toBe(ids[600]);
    expect(claims[1233]!.relatedTo).toBe(ids[1200]);
    expect(claims[5]!.relatedTo).toBeNull();
    expect(claims[0]!.score).toBe(1);
    expect(claims[999]!.speaker).toBe('Ministre 999');
    expect(claims[998]!.speaker).toBeNull();
    // The full-text index holds the last chunk's claims as well as the first one's.
    const found = ws.db.prepare(`SELECT c.id FROM claims_fts f JOIN claims c ON c.rowid = f.rowid WHERE claims_fts MATCH ?`).all('"ministre 1233"') as { id: string }[];
    expect(found.map((r) => r.id)).toEqual([ids[1233]]);
  });
});
