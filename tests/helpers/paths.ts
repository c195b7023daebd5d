import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, and the read-only shared material beside it (../shared on every machine). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = path.resolve(repoRoot, '../shared');
export const referenceArticlePath = path.join(sharedDir, 'fixtures/ats-2023-09-13-kim-putin.fr.txt');
export const referenceGoldPath = path.join(sharedDir, 'fixtures/ats-2023-09-13-kim-putin.gold.json');
