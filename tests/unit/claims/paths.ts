import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, and the shared data next to it (../shared in the CI clone too). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SHARED = path.resolve(ROOT, '../shared');
export const FIXTURES = path.resolve(ROOT, 'tests/fixtures/claims');

export function readShared(relative: string): string {
  return fs.readFileSync(path.join(SHARED, relative), 'utf8');
}

export function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}
