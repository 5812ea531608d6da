/**
 * Reading the library, from any context (popup, reader page, options, background). Nothing here
 * writes: the background alone does (store.ts). Unreadable stored values are skipped and reported
 * as `damaged`, never thrown, so one bad record cannot hide the others.
 *
 * No `storage.defineItem` for the index: @wxt-dev/storage reads a defined item's value as soon as
 * the module loads (its init check), which made every popup read the whole 1.4 MB index before
 * its first screen.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { DAMAGED_KEY, INDEX_KEY, RECENT_COUNT, RECENT_KEY, REV_KEY, articleKey } from './keys';
import { toIndexEntry, validateSavedArticle, type IndexEntry, type SavedArticle } from './schema';
import { isDamagedRecord, type DamagedRecord } from './damaged-record';

export type ArticleRead =
  | { status: 'ok'; article: SavedArticle }
  | { status: 'missing' }
  /** `raw` is the stored value as found (undefined once it has been moved aside). */
  | { status: 'damaged'; reason: string; raw?: unknown };

export const sortIndex = (entries: IndexEntry[]) =>
  entries.sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const BATCH = 250;

/** Every `article:<id>` key, without reading the values, where the browser can (Chrome 130+, Firefox 143+). */
export async function listArticleIds(): Promise<string[] | null> {
  const area = browser.storage.local as { getKeys?: () => Promise<string[]> };
  if (typeof area.getKeys !== 'function') return null;
  const keys = await area.getKeys();
  return keys.filter((k) => k.startsWith('article:') && !k.endsWith('$')).map((k) => k.slice('article:'.length));
}

/**
 * Every article item, read in batches: the index recomputed from them (the index is derived
 * data) and the items that are not valid articles. Reads the whole library.
 */
export async function scanArticleItems(): Promise<{ entries: IndexEntry[]; damaged: { id: string; reason: string; raw: unknown }[] }> {
  const entries: IndexEntry[] = [];
  const damaged: { id: string; reason: string; raw: unknown }[] = [];
  const take = (id: string, read: ArticleRead) => {
    if (read.status === 'ok') entries.push(toIndexEntry(read.article));
    else if (read.status === 'damaged') damaged.push({ id, reason: read.reason, raw: read.raw });
  };
  const ids = await listArticleIds();
  if (ids) {
    for (let i = 0; i < ids.length; i += BATCH) {
      for (const [id, read] of await readArticleItems(ids.slice(i, i + BATCH))) take(id, read);
    }
  } else {
    for (const [key, value] of Object.entries(await storage.snapshot('local'))) {
      if (key.startsWith('article:') && !key.endsWith('$')) take(key.slice('article:'.length), toRead(value, key.slice('article:'.length)));
    }
  }
  return { entries: sortIndex(entries), damaged };
}

export async function indexFromArticleItems(): Promise<IndexEntry[]> {
  return (await scanArticleItems()).entries;
}

async function toEntries(value: unknown): Promise<IndexEntry[]> {
  if (value == null) return [];
  if (Array.isArray(value)) return value.filter(isIndexEntry);
  return indexFromArticleItems();
}

/** Index entries, newest first; garbage entries are skipped; an unreadable index is recomputed from the articles. */
export async function readIndex(): Promise<IndexEntry[]> {
  return toEntries(await storage.getItem<unknown>(INDEX_KEY));
}

/** The index and the library-rev token written with it, read together (one consistent snapshot). */
export async function readIndexAndRev(): Promise<{ entries: IndexEntry[]; rev: string | null }> {
  const [index, rev] = await storage.getItems([INDEX_KEY, REV_KEY]);
  return { entries: await toEntries(index.value), rev: typeof rev.value === 'string' ? rev.value : null };
}

/** Light metadata of every article, newest first. */
export const listIndex = readIndex;

/**
 * Enough of an IndexEntry for a list to show it. Cheap on purpose (lists check thousands): a
 * garbage entry is left out of lists rather than breaking them; rebuildIndex() makes it again
 * from its article item if that item is sound.
 */
export function isIndexEntry(value: unknown): value is IndexEntry {
  const e = value as Record<string, unknown> | null;
  return typeof e === 'object' && e !== null && typeof e.id === 'string' && typeof e.url === 'string'
    && typeof e.title === 'string' && typeof e.savedAt === 'number';
}

export interface FirstScreen { entries: IndexEntry[]; damaged: DamagedRecord[] }

/** The first screen of the list in one small read: the newest entries and any damaged-record notice. */
export async function listRecent(): Promise<FirstScreen> {
  const [recent, damaged] = await storage.getItems([RECENT_KEY, DAMAGED_KEY]);
  return firstScreenFrom(recent.value, damaged.value);
}

/** listRecent from values already read (the popup starts that read before its modules load). */
export async function firstScreenFrom(recent: unknown, damaged: unknown): Promise<FirstScreen> {
  const entries = Array.isArray(recent) ? recent.filter(isIndexEntry) : (await readIndex()).slice(0, RECENT_COUNT);
  return { entries, damaged: toDamagedList(damaged) };
}

export function toDamagedList(value: unknown): DamagedRecord[] {
  return Array.isArray(value) ? value.filter(isDamagedRecord) : [];
}

export async function listDamaged(): Promise<DamagedRecord[]> {
  return toDamagedList(await storage.getItem<unknown>(DAMAGED_KEY));
}

/** A stored value as read under `article:<id>`: a record for another URL counts as damaged. */
function toRead(value: unknown, id: string): ArticleRead {
  if (value == null) return { status: 'missing' };
  const res = validateSavedArticle(value);
  if (!res.ok) return { status: 'damaged', reason: `${res.error.path || 'record'}: ${res.error.message}`, raw: value };
  if (res.article.id !== id) return { status: 'damaged', reason: 'url: belongs to another article key', raw: value };
  return { status: 'ok', article: res.article };
}

/** One read per id (one storage call). A record stored under another article's key counts as damaged. */
export async function readArticleItems(ids: string[]): Promise<Map<string, ArticleRead>> {
  const out = new Map<string, ArticleRead>();
  if (!ids.length) return out;
  const rows = await storage.getItems(ids.map(articleKey));
  rows.forEach(({ value }, i) => out.set(ids[i], toRead(value, ids[i])));
  return out;
}

/** Valid records only (callers that must not see damaged ones). */
export async function readArticles(ids: string[]): Promise<Map<string, SavedArticle>> {
  const out = new Map<string, SavedArticle>();
  for (const [id, read] of await readArticleItems(ids)) if (read.status === 'ok') out.set(id, read.article);
  return out;
}

/** One article for the reader page: its record, or why there is none (missing, or damaged and kept aside). */
export async function readSavedArticle(id: string): Promise<ArticleRead> {
  const read = (await readArticleItems([id])).get(id)!;
  if (read.status !== 'missing') return read;
  const known = (await listDamaged()).find((d) => d.id === id);
  return known ? { status: 'damaged', reason: known.reason } : read;
}

export async function getArticle(id: string): Promise<SavedArticle | null> {
  return (await readArticles([id])).get(id) ?? null;
}

/** Full records of every readable article (export); order follows the index. Read in batches. */
export async function getAllArticles(): Promise<SavedArticle[]> {
  const index = await readIndex();
  const out: SavedArticle[] = [];
  for (let i = 0; i < index.length; i += BATCH) {
    const map = await readArticles(index.slice(i, i + BATCH).map((e) => e.id));
    for (const e of index.slice(i, i + BATCH)) {
      const article = map.get(e.id);
      if (article) out.push(article);
    }
  }
  return out;
}
