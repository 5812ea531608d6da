import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
/** Read-only data beside the repo: only `*.corpus.test.ts` files may use it (npm run test:corpus). */
export const sharedDir = resolve(repoRoot, '../shared');
/** The fixture pages the tests own (copied from ../shared/fixtures, so `npm test` runs without it). */
export const fixturesDir = resolve(repoRoot, 'tests/fixtures');
export const e2eExtensionDir = resolve(repoRoot, '.output/chrome-mv3-e2e');
export const docsDir = resolve(repoRoot, 'docs');
