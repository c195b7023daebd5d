/**
 * Claim pipeline throughput: segmentation, signals, attribution, coreference,
 * scoring and clustering on 5 MB of news text, against the floor measured in
 * the same run: Intl.Segmenter's sentence pass over the same text, paragraph
 * by paragraph. Then the growth from 5 MB to 10 MB (linear would be 2x).
 *
 * The text is the nine news articles of ../shared/datasets/news and the
 * reference wire story, repeated with their digits shifted on each copy, so
 * that copies are near-duplicates (clustering has real work) rather than
 * exact ones. It is fed as one article: the worst case for clustering and
 * coreference. Sentences without digits still repeat word for word, and the
 * pipeline analyses a repeated sentence once; `claims-distinct` therefore
 * also measures text where every line is unique, the cost with no reuse.
 *
 * Times are CPU times, best of several interleaved runs.
 *
 *   npx tsx tests/bench/claims.bench.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectClaims } from '../../src/core/claims';
import type { CleanedArticle } from '../../src/core/model';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = path.resolve(ROOT, '../shared');

/**
 * The same news, but every line of every copy made unique (its copy number
 * appended), so that almost no sentence repeats word for word: the pipeline's
 * cost when nothing can be reused.
 */
function distinctNewsText(bytes: number): string {
  return newsText(bytes, true);
}

function newsText(bytes: number, distinct = false): string {
  const dir = path.join(SHARED, 'datasets/news');
  const sources = [...fs.readdirSync(dir).map((f) => path.join(dir, f)), path.join(SHARED, 'fixtures/ats-2023-09-13-kim-putin.fr.txt')];
  const base = sources.map((f) => fs.readFileSync(f, 'utf8')).join('\n\n');
  const parts: string[] = [];
  let size = 0;
  for (let copy = 0; size < bytes; copy++) {
    let shifted = copy === 0 ? base : base.replace(/\d/g, (d) => String((Number(d) + copy) % 10));
    if (distinct) shifted = shifted.replace(/\n/g, ` ${copy}\n`);
    parts.push(shifted);
    size += shifted.length + 2;
  }
  return parts.join('\n\n').slice(0, bytes);
}

function asArticle(text: string): CleanedArticle {
  const blocks: CleanedArticle['blocks'] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) if (m[0].trim()) blocks.push({ kind: 'paragraph', start: m.index, end: m.index + m[0].length });
  return {
    meta: { title: null, kicker: null, outlet: null, byline: null, publishedAt: null, modifiedAt: null, language: 'fr', url: null, canonicalUrl: null },
    body: text,
    blocks,
    folded: [],
    original: text,
    warnings: [],
  };
}

function floor(text: string): number {
  const segmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });
  let n = 0;
  for (const paragraph of text.split(/\n+/)) for (const _ of segmenter.segment(paragraph)) n++;
  return n;
}

/**
 * CPU time (user + system, all threads) of one call, in ms. On a shared
 * two-core machine wall time mostly measures the other processes; CPU time
 * measures the work, for the floor and the pipeline alike.
 */
function time(fn: () => unknown): number {
  // A full collection first (npm run bench passes --expose-gc), so that no call pays for the garbage of the one before.
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * Best of `runs` for each function, the runs interleaved (a, b, a, b, …) so
 * that a busy spell on a shared machine hits both sides alike.
 */
function interleaved(runs: number, ...fns: (() => unknown)[]): number[] {
  const min = fns.map(() => Infinity);
  for (let i = 0; i < runs; i++) fns.forEach((fn, k) => (min[k] = Math.min(min[k]!, time(fn))));
  return min;
}

const MB = 1024 * 1024;
const five = newsText(5 * MB);
const ten = newsText(10 * MB);
const fiveArticle = asArticle(five);
const tenArticle = asArticle(ten);

// Warm both paths up on a slice so the JIT has seen them.
floor(five.slice(0, 200_000));
detectClaims(asArticle(five.slice(0, 200_000)));

const [floorMs, workMs] = interleaved(5, () => floor(five), () => detectClaims(fiveArticle)) as [number, number];
const [tenMs, fiveAgainMs] = interleaved(3, () => detectClaims(tenArticle), () => detectClaims(fiveArticle)) as [number, number];
const claims = detectClaims(fiveArticle).length;

const f = (x: number): string => x.toFixed(0);
console.log(`BENCH claims: ratio ${(workMs / floorMs).toFixed(2)}x (work ${f(workMs)} ms, floor ${f(floorMs)} ms, goal <= 2x)`);
const distinct = asArticle(distinctNewsText(5 * MB));
const [distinctFloorMs, distinctMs] = interleaved(3, () => floor(distinct.body), () => detectClaims(distinct)) as [number, number];
const fiveMs = Math.min(workMs, fiveAgainMs);
console.log(`BENCH claims-growth: ratio ${(tenMs / fiveMs).toFixed(2)}x (work ${f(tenMs)} ms, floor ${f(fiveMs)} ms, goal <= 2.3x)`);
console.log(`BENCH claims-distinct: ratio ${(distinctMs / distinctFloorMs).toFixed(2)}x (work ${f(distinctMs)} ms, floor ${f(distinctFloorMs)} ms, goal <= 2x)`);
console.log(`claims: 5 MB gave ${claims} claims from ${fiveArticle.blocks.length} paragraphs; 10 MB took ${f(tenMs)} ms`);
