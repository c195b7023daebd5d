import path from 'node:path';
import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Block, Claim } from '../../../src/core/model';
import { corpus } from '../../fixtures/anchoring/scenario';
import { repoRoot } from '../../helpers/paths';
import type { BenchArticle } from './page-entry';

const CLAIMS = 2000;
const TONES = ['none', 'true', 'mostly-true', 'mixed', 'false', 'unknown'] as const;
const GLYPH: Record<string, string> = { none: '', true: '✓', 'mostly-true': '≈', mixed: '◐', false: '✗', unknown: '?' };

/** The ten articles, repeated until they hold 2,000 sentences; each sentence a claim. */
export function bigArticle(): BenchArticle {
  const paragraphs = corpus().split(/\n\n+/).map((p) => p.trim()).filter(Boolean);
  let body = '';
  const blocks: Block[] = [];
  const claims: Claim[] = [];
  const looks: BenchArticle['looks'] = [];
  for (let copy = 0; claims.length < CLAIMS; copy++) {
    for (const text of paragraphs) {
      if (blocks.length) body += '\n\n';
      const start = body.length;
      body += text;
      blocks.push({ kind: 'paragraph', start, end: body.length });
      for (const m of text.matchAll(/[^.!?»\n]{20,}[.!?»]/g)) {
        if (claims.length >= CLAIMS) break;
        const s = start + m.index;
        const id = `c${claims.length}`;
        const tone = TONES[claims.length % TONES.length]!;
        claims.push({ id, anchors: [{ id: `a${claims.length}`, start: s, end: s + m[0].length, exact: m[0], prefix: '', suffix: '', orphaned: false, foldedLineId: null }] } as Claim);
        looks.push([id, { tone, review: claims.length % 3 === 0 ? 'suggested' : 'accepted', glyph: GLYPH[tone]! }]);
      }
    }
    if (copy > 20) throw new Error('the corpus has too few sentences');
  }
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');
  const html = blocks.map((b) => `<p class="block paragraph">${escape(body.slice(b.start, b.end))}</p>`).join('');
  return { article: { body, blocks, folded: [] }, claims, looks, html };
}

/** The page side, bundled the way the app is (Vite with the Svelte plugin: the editor's strings use runes). */
export async function bundle(): Promise<{ js: string; css: string }> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [svelte({ configFile: path.join(repoRoot, 'svelte.config.js') })],
    build: { write: false, minify: process.env.BENCH_MINIFY !== "0", target: 'es2023', lib: { entry: path.join(repoRoot, 'tests/bench/editor/page-entry.ts'), formats: ['iife'], name: 'editorBench' }, cssCodeSplit: false },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : []));
  const js = outputs.find((o) => o.type === 'chunk')!;
  const css = outputs.find((o) => o.type === 'asset' && o.fileName.endsWith('.css'));
  return { js: 'code' in js ? js.code : '', css: css && 'source' in css ? String(css.source) : '' };
}

