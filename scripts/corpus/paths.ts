import path from 'node:path';

/** The committed manifest of the multilingual evaluation corpus. */
export const MANIFEST = path.resolve(import.meta.dirname, 'extract-eval.tsv');
/** Where `npm run corpus:stage` puts the pages by default (git-ignored). */
export const DEFAULT_CORPUS = path.resolve(import.meta.dirname, '../../.corpus/extract-eval');
