/**
 * Deterministic dev/test folds. An item's fold depends only on its id (silver: the article's path in
 * its repository; real pages: the site's host name), through a 32-bit FNV-1a hash of its UTF-8 bytes:
 * fold = hash % 100 < 50 ? dev : test. Anyone can recompute it; no list to keep in step.
 */
export type Fold = 'dev' | 'test';

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(s)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function foldOf(id: string): Fold {
  return fnv1a(id) % 100 < 50 ? 'dev' : 'test';
}
