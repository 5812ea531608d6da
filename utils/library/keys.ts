/**
 * The library's storage keys (area `local`, layout in docs/storage.md), in one place for the
 * writer, the readers, the background's search cache and the benchmark's seeding.
 */
export const INDEX_KEY = 'local:library-index';
/** The newest RECENT_COUNT index entries: the popup's first screen needs only this small item. */
export const RECENT_KEY = 'local:library-recent';
/**
 * A new token with every index write (same storage call): "has the library changed since?" in one
 * tiny read. The persisted search index records the token it matches (search-cache.ts).
 */
export const REV_KEY = 'local:library-rev';
/** DamagedRecord[]: stored records found unreadable, so lists can say so (damaged.ts). */
export const DAMAGED_KEY = 'local:library-damaged';
/** The background's persisted full-text index (search-cache.ts): a cache, never the source of truth. */
export const SEARCH_KEY = 'local:library-search';
export const RECENT_COUNT = 100;

export type ArticleKey = `local:article:${string}`;
export const articleKey = (id: string): ArticleKey => `local:article:${id}`;
/**
 * Where an unreadable article item's raw value is kept (moved aside, never deleted): one new key
 * per finding (`unique` from newRev(): two findings in one millisecond must not share a key).
 */
export type DamagedKey = `local:damaged:${string}`;
export const damagedKey = (id: string, unique: string): DamagedKey => `local:damaged:${id}:${unique}`;

let revCount = 0;
/** A token no earlier write used (time + a counter: two writes can share a millisecond). */
export const newRev = (): string => `${Date.now().toString(36)}.${(revCount++).toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
