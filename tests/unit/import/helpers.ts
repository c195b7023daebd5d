import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CleanedArticle, FoldedLine } from '../../../src/core/model';

/** The repository root, and the shared data next to it (../shared in the CI clone too). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SHARED = path.resolve(ROOT, '../shared');
export const FIXTURES = path.resolve(ROOT, 'tests/fixtures/import');
export const REFERENCE = path.join(SHARED, 'fixtures/ats-2023-09-13-kim-putin.fr.txt');
export const NEWS_DIR = path.join(SHARED, 'datasets/news');

export function readText(file: string): string {
  return fs.readFileSync(file, 'utf8');
}

export function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

export function newsFiles(): string[] {
  return fs
    .readdirSync(NEWS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(NEWS_DIR, f));
}

/** The non-blank lines of a text, trimmed: what a text import must account for. */
export function nonBlankLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function byOrder(a: FoldedLine, b: FoldedLine): number {
  return a.order - b.order;
}

/**
 * Puts the article back together in document order, the way the editor
 * restores folded lines: each folded line at its position (before the block
 * that starts there), pieces cut from a block glued back to its start or end.
 * Returns one string per original unit.
 */
export function restoreLines(article: CleanedArticle): string[] {
  const lines: string[] = [];
  const whole = (position: number) => article.folded.filter((f) => !f.inline && f.position === position).sort(byOrder);
  const inline = (position: number) => article.folded.filter((f) => f.inline && f.position === position).sort(byOrder);
  for (const block of article.blocks) {
    for (const f of whole(block.start)) lines.push(f.text);
    const text = article.body.slice(block.start, block.end);
    lines.push([...inline(block.start).map((f) => f.text), text, ...inline(block.end).map((f) => f.text)].join(' '));
  }
  for (const f of whole(article.body.length)) lines.push(f.text);
  return lines;
}

/** Spacing aside (a cut credit leaves ", photo:" or " (ats/nxp)" with its own spaces). */
export function squash(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** Paragraph-like blocks of an article, whitespace normalised, for comparing two imports of one story. */
export function paragraphs(article: CleanedArticle): string[] {
  return article.blocks
    .filter((b) => b.kind === 'paragraph' || b.kind === 'quote' || b.kind === 'list-item')
    .map((b) => article.body.slice(b.start, b.end).replace(/\s+/gu, ' ').trim());
}

export function foldedOf(article: CleanedArticle, text: string): FoldedLine[] {
  return article.folded.filter((f) => f.text === text);
}
