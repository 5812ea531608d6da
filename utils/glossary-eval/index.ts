/** Gloss's own glossary evaluation: silver items from a corpus, real pages, per-class scoring, a plain baseline. */
export * from './definitions.ts';
export * from './folds.ts';
export * from './classes.ts';
export * from './baseline.ts';
export * from './silver.ts';
