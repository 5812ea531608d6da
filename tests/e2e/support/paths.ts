import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
/** Read-only data beside the repo (CI has it there too). */
export const sharedDir = resolve(repoRoot, '../shared');
export const e2eExtensionDir = resolve(repoRoot, '.output/chrome-mv3-e2e');
export const docsDir = resolve(repoRoot, 'docs');
