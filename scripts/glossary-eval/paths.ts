/** Where the evaluation's staged (git-ignored) data lives: $GLOSS_EVAL_DATA, else <repo>/.corpus. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EVAL_DATA = process.env.GLOSS_EVAL_DATA ? path.resolve(process.env.GLOSS_EVAL_DATA) : path.join(REPO_ROOT, '.corpus');
export const SILVER_DIR = path.join(EVAL_DATA, 'glossary-silver');
export const REAL_DIR = path.join(EVAL_DATA, 'glossary-real');
export const SILVER_MANIFEST = path.join(REPO_ROOT, 'data/eval/glossary-silver/manifest.tsv');
export const REAL_MANIFEST = path.join(REPO_ROOT, 'data/eval/glossary-real/SOURCES.tsv');
export const REAL_GOLD = path.join(REPO_ROOT, 'data/eval/glossary-real');
