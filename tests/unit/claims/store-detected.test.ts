import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DetectedClaim } from '../../../src/core/model';
import { ArticlesRepo } from '../../../src/node/db/articles-repo';
import { ClaimsRepo } from '../../../src/node/db/claims-repo';
import { openWorkspace } from '../../../src/node/db/open';
import { tempDir } from '../../helpers/temp';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const sentence = (i: number) => `Le ministre ${i} a annoncé ${i * 3} emplois.`;
const triggerSql = (ws: ReturnType<typeof openWorkspace>) => ws.db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name`).all();

describe('storing the detected claims of a long article', () => {
  // More claims than one multi-row INSERT holds (500), with a last partial chunk, anchors on folded lines and links both ways;
  // and as many as make the full-text index fill in one statement after the rows (the trigger set aside meanwhile).
  it.each([1234, 6001])('keeps every claim of %i, its anchors, its link and its full-text entry, in order', (COUNT) => {
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
    const articles = new ArticlesRepo(ws.db);
    const repo = new ClaimsRepo(ws.db);
    const triggers = triggerSql(ws);
    const { id: articleId, ids } = ws.db.transaction(() => {
      const inserted = articles.insert(
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
      return { id: inserted.id, ids: repo.insertDetected(inserted.id, detected, { body, folded: [{ id: inserted.foldedIds[0]!, text: caption }] }) };
    })();

    const claims = repo.listByArticle(articleId);
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
    const last = ws.db.prepare(`SELECT c.id FROM claims_fts f JOIN claims c ON c.rowid = f.rowid WHERE claims_fts MATCH ?`).all(`"ministre ${COUNT - 1}"`) as { id: string }[];
    expect(last.map((r) => r.id)).toEqual([ids[COUNT - 1]]);
    expect(ws.db.prepare(`SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'ministre'`).pluck().get()).toBe(COUNT);
    ws.db.exec(`INSERT INTO claims_fts(claims_fts, rank) VALUES ('integrity-check', 1)`);
    // The schema is as it was, and the trigger indexes the next claim again.
    expect(triggerSql(ws)).toEqual(triggers);
    const manual = ws.db.transaction(() => repo.insertManual(articleId, body, 0, sentence(0).length))();
    const again = ws.db.prepare(`SELECT c.id FROM claims_fts f JOIN claims c ON c.rowid = f.rowid WHERE claims_fts MATCH ?`).all('"ministre 0"') as { id: string }[];
    expect(again.map((r) => r.id).sort()).toEqual([ids[0], manual].sort());
  });
});
