/**
 * Seeds a workspace for the desk's end-to-end tests (run by tsx in a child
 * process: `desk-seed.ts DB reference` or `desk-seed.ts DB large N`). Prints the article id.
 */
import fs from 'node:fs';
import { createApi } from '../../src/node/api';
import { openStore } from '../../src/node/db/open-store';
import type { Store } from '../../src/node/db/port';
import type { CleanedArticle, DetectedClaim } from '../../src/core/model';
import { referenceArticlePath } from '../helpers/paths';

/** A workspace file, or a team server's database (postgres://…), as the app opens it. */
async function open(where: string): Promise<Store> {
  return (await openStore(where.startsWith('postgres') ? { url: where } : { path: where })).store;
}

/** A workspace file with the reference article imported through the real API (as the app would), before the host starts. */
async function seedReference(db: string): Promise<string> {
  const ws = await open(db);
  try {
    const api = createApi(ws, {}, 'seed');
    const r = await api.dispatch({ method: 'articles.import', input: { text: fs.readFileSync(referenceArticlePath, 'utf8') } });
    if (!r.ok) throw new Error(r.error.message);
    return (r.value as { articleId: string }).articleId;
  } finally {
    await ws.close();
  }
}

/** A workspace with one long article and `count` claims (suggested and accepted, several speakers and types): the big-list case. */
async function seedLarge(db: string, count: number): Promise<string> {
  const ws = await open(db);
  try {
    const sentences = Array.from({ length: count }, (_, i) => `Claim number ${i + 1} says that ${i % 7} officials met ${i % 13} times in ${2000 + (i % 24)}.`);
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 10) paragraphs.push(sentences.slice(i, i + 10).join(' '));
    const body = paragraphs.join('\n\n');
    let at = 0;
    const blocks = paragraphs.map((p) => {
      const b = { kind: 'paragraph' as const, start: at, end: at + p.length };
      at += p.length + 2;
      return b;
    });
    const article: CleanedArticle = {
      meta: { title: `Ten thousand claims (${count})`, kicker: null, outlet: 'Bench', byline: null, publishedAt: '2024-01-01', modifiedAt: null, language: 'en', url: null, canonicalUrl: null },
      body,
      blocks,
      folded: [],
      original: body,
      warnings: [],
    };
    const speakers = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', null];
    let from = 0;
    const detected: DetectedClaim[] = sentences.map((s, i) => {
      const start = body.indexOf(s, from);
      from = start + s.length;
      return { text: s, type: (['quote', 'statistic', 'event', 'other'] as const)[i % 4]!, speaker: speakers[i % 4]!, speakerEvidence: null, speakerKind: null, score: 0.5 + ((i * 37) % 50) / 100, reasons: [{ code: 'number', evidence: String(i % 7), weight: 1.1 }], anchors: [{ start, end: start + s.length }], relatedTo: null };
    });
    return await ws.transaction(async (t) => {
      const { id } = await t.articles.insert(article, null);
      await t.claims.insertDetected(id, detected, { body, folded: [] });
      return id;
    });
  } finally {
    await ws.close();
  }
}


const [db, mode, n] = process.argv.slice(2);
if (!db || (mode !== 'reference' && mode !== 'large')) throw new Error('usage: desk-seed.ts DB|postgres://URL reference|large N');
const id = mode === 'reference' ? await seedReference(db) : await seedLarge(db, Number(n));
console.log(id);
