/**
 * Import cleaning throughput: folding the scraped noise of 5 MB of news text,
 * then sentence segmentation of the cleaned bodies (src/core/text/segment.ts),
 * against the floor measured in the same run: Intl.Segmenter's sentence pass
 * over the same text, paragraph by paragraph (on one long string V8's
 * segmenter is quadratic). Then the growth from 5 MB to 10 MB (linear is 2x).
 *
 * The corpus is the nine news articles of ../shared/datasets/news and the
 * reference wire story, copied until the size is reached; on each copy the
 * words of long lines are shuffled (a seeded shuffle), so copies are new
 * articles rather than duplicates, while furniture lines (share buttons,
 * credits, datelines) stay as they are. The BENCH line imports each article
 * on its own, as the app does. The lines after it import the whole corpus as
 * one text: the worst case for the duplicate finder and the zones, and the
 * test that cleaning stays linear in the size of one import.
 *
 *   npx tsx tests/bench/cleaning.bench.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanTextArticle } from '../../src/core/import/index';
import type { CleanedArticle, TextRange } from '../../src/core/model';
import { report } from './measure';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = path.resolve(ROOT, '../shared');
const MB = 1024 * 1024;
const RUNS = 3;

type Segmenter = (text: string, lang?: string) => TextRange[];

/** A small seeded generator (mulberry32): the same text on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Articles of the corpus, about `size` characters in all. */
function newsArticles(size: number): string[] {
  const dir = path.join(SHARED, 'datasets/news');
  const sources = [...fs.readdirSync(dir).sort().map((f) => path.join(dir, f)), path.join(SHARED, 'fixtures/ats-2023-09-13-kim-putin.fr.txt')];
  const originals = sources.map((f) => fs.readFileSync(f, 'utf8'));
  const articles: string[] = [];
  let length = 0;
  for (let copy = 0; length < size; copy++) {
    const next = random(copy + 1);
    for (const original of originals) {
      if (length >= size) break;
      const text =
        copy === 0
          ? original
          : original
              .split('\n')
              .map((line) => {
                if (line.length < 120) return line;
                const words = line.split(' ');
                for (let i = words.length - 1; i > 0; i--) {
                  const j = Math.floor(next() * (i + 1));
                  [words[i], words[j]] = [words[j]!, words[i]!];
                }
                return words.join(' ');
              })
              .join('\n');
      articles.push(text);
      length += text.length;
    }
  }
  return articles;
}

/** The floor: Intl.Segmenter's sentence pass, one line (paragraph) at a time. */
function floorPass(texts: string[]): number {
  const segmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });
  let count = 0;
  for (const text of texts) {
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      for (const _ of segmenter.segment(line)) count++;
    }
  }
  return count;
}

function segmentBody(article: CleanedArticle, segment: Segmenter): number {
  let count = 0;
  const lang = article.meta.language ?? 'en';
  for (const b of article.blocks) count += segment(article.body.slice(b.start, b.end), lang).length;
  return count;
}

async function loadSegmenter(): Promise<Segmenter | null> {
  try {
    const mod = (await import('../../src/core/text/segment')) as { segmentSentences?: Segmenter };
    return typeof mod.segmentSentences === 'function' ? mod.segmentSentences : null;
  } catch {
    return null;
  }
}

interface Measure {
  floor: number;
  clean: number;
  /** The same cleaning with the language given, so without franc's detection. */
  cleanGiven: number;
  seg: number;
  kept: number;
  folded: number;
}

function measure(texts: string[], segment: Segmenter | null): Measure {
  const m: Measure = { floor: Infinity, clean: Infinity, cleanGiven: Infinity, seg: Infinity, kept: 0, folded: 0 };
  // Floor and work alternate, so both see the same heap and the same load from the other core.
  for (let i = 0; i < RUNS; i++) {
    let t0 = performance.now();
    floorPass(texts);
    m.floor = Math.min(m.floor, performance.now() - t0);
    t0 = performance.now();
    const articles = texts.map((t) => cleanTextArticle(t));
    m.clean = Math.min(m.clean, performance.now() - t0);
    t0 = performance.now();
    for (const t of texts) cleanTextArticle(t, { language: 'fr' });
    m.cleanGiven = Math.min(m.cleanGiven, performance.now() - t0);
    t0 = performance.now();
    if (segment) for (const a of articles) segmentBody(a, segment);
    m.seg = segment ? Math.min(m.seg, performance.now() - t0) : 0;
    m.kept = articles.reduce((n, a) => n + a.body.length, 0);
    m.folded = articles.reduce((n, a) => n + a.folded.length, 0);
  }
  return m;
}

const segment = await loadSegmenter();
const corpus5 = newsArticles(5 * MB);
const corpus10 = newsArticles(10 * MB);
const five = measure(corpus5, segment);
const ten = measure(corpus10, segment);
const work5 = five.clean + five.seg;
const work10 = ten.clean + ten.seg;

report('cleaning', work5, five.floor, 2, segment ? '(cleaning + segmentation)' : '(cleaning only: segmentSentences not found)');
console.log(
  `  5 MB as ${corpus5.length} articles: cleaning ${five.clean.toFixed(1)} ms, segmentation ${five.seg.toFixed(1)} ms; ` +
    `${(five.kept / MB).toFixed(2)} MB kept in bodies, ${five.folded} lines folded`,
);
console.log(`  of the cleaning, language detection (franc-min) ${(five.clean - five.cleanGiven).toFixed(1)} ms; the rest ${five.cleanGiven.toFixed(1)} ms (${(five.cleanGiven / five.floor).toFixed(2)}x the floor)`);
console.log(`  growth 5 -> 10 MB: work x${(work10 / work5).toFixed(2)}, floor x${(ten.floor / five.floor).toFixed(2)}; linear is x2.00`);
const one5 = measure([corpus5.join('\n\n')], segment);
const one10 = measure([corpus10.join('\n\n')], segment);
console.log(
  `  one 5 MB text: cleaning ${one5.clean.toFixed(1)} ms (${(one5.clean / one5.floor).toFixed(2)}x the floor); ` +
    `one 10 MB text: ${one10.clean.toFixed(1)} ms; growth x${(one10.clean / one5.clean).toFixed(2)}`,
);
