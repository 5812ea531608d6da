/**
 * Storage layer (see docs/storage.md). Layout in storage.local:
 *   library-index      IndexEntry[] (newest first) — everything list views need
 *   article:<id>       one full SavedArticle (+ schemaVersion) per article
 *   (user-glossary     see user-glossary.ts)
 * Every write goes through `serialized` (one writer). Writes put article items
 * first and the index last, so the index never points at a missing article; a
 * failed write restores the article items it touched.
 */
import { storage } from 'wxt/utils/storage';
import { canonicalUrl } from './canonical-url';
import { LibraryError, isQuotaError } from './errors';
import { serialized } from './queue';
import {
  SCHEMA_VERSION, articleIdFor, toIndexEntry, validateSavedArticle,
  type IndexEntry, type ReadState, type SaveArticleInput, type SavedArticle,
} from './schema';

type ArticleKey = `local:article:${string}`;
const articleKey = (id: string): ArticleKey => `local:article:${id}`;
/**
 * The index is derived data, so it carries no version (a version makes @wxt-dev/storage read
 * the whole 1.4 MB index once more at load for its migration check): a changed or corrupt
 * index is rebuilt from the article items.
 */
const indexItem = storage.defineItem<IndexEntry[]>('local:library-index', { fallback: [] });
/** The newest entries alone, so the popup's first screen needs one small read (5,000 articles: ~30 KB, not 1.4 MB). */
const recentItem = storage.defineItem<IndexEntry[] | null>('local:library-recent', { fallback: null });
export const RECENT_COUNT = 100;

export interface MergeReport { added: number; updated: number; skipped: number }

const sortIndex = (entries: IndexEntry[]) =>
  entries.sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

async function readIndex(): Promise<IndexEntry[]> {
  const value = await indexItem.getValue();
  if (Array.isArray(value) && value.every((e) => e && typeof e.id === 'string')) return value;
  return rebuildIndexUnlocked();
}

async function rebuildIndexUnlocked(): Promise<IndexEntry[]> {
  const all = await storage.snapshot('local');
  const entries = Object.entries(all).flatMap(([k, v]) => {
    if (!k.startsWith('article:') || k.endsWith('$')) return [];
    const res = validateSavedArticle(v);
    return res.ok ? [toIndexEntry(res.article)] : [];
  });
  return sortIndex(entries);
}

async function readArticles(ids: string[]): Promise<Map<string, SavedArticle>> {
  const out = new Map<string, SavedArticle>();
  if (!ids.length) return out;
  const rows = await storage.getItems(ids.map(articleKey));
  for (const { value } of rows) {
    const res = value == null ? null : validateSavedArticle(value);
    if (res?.ok) out.set(res.article.id, res.article);
  }
  return out;
}

/**
 * The only function that writes. Puts `articles`, then the index, then removes
 * `removeIds`; on failure restores the previous article items (or removes ones
 * that did not exist) so what was saved before stays exactly as it was.
 */
async function commit(articles: SavedArticle[], index: IndexEntry[], removeIds: string[] = []): Promise<void> {
  const keys = articles.map((a) => articleKey(a.id));
  const previous = keys.length ? await storage.getItems(keys) : [];
  try {
    if (keys.length) {
      await storage.setItems(articles.map((a, i) => ({ key: keys[i], value: { ...a, schemaVersion: SCHEMA_VERSION } })));
    }
    const sorted = sortIndex(index);
    await storage.setItems([
      { key: 'local:library-index', value: sorted },
      { key: 'local:library-recent', value: sorted.slice(0, RECENT_COUNT) },
    ]);
  } catch (err) {
    try {
      const restore = previous.filter((p) => p.value != null);
      const remove = previous.filter((p) => p.value == null).map((p) => p.key as ArticleKey);
      if (restore.length) await storage.setItems(restore.map((p) => ({ key: p.key as ArticleKey, value: p.value })));
      if (remove.length) await storage.removeItems(remove);
    } catch { /* best effort: the original error is what the caller must see */ }
    if (isQuotaError(err)) throw new LibraryError('storage-full', 'Browser storage is full', { cause: err });
    throw err;
  }
  if (removeIds.length) await storage.removeItems(removeIds.map(articleKey));
}

function upsertEntries(index: IndexEntry[], articles: SavedArticle[]): IndexEntry[] {
  const byId = new Map(index.map((e) => [e.id, e]));
  for (const a of articles) byId.set(a.id, toIndexEntry(a));
  return [...byId.values()];
}

function normalise(candidate: unknown): SavedArticle {
  const res = validateSavedArticle(candidate, { fromVersion: SCHEMA_VERSION });
  if (!res.ok) throw new LibraryError('invalid-data', `${res.error.path}: ${res.error.message}`);
  return res.article;
}

/** Saves or re-saves (same canonical URL) an article. Re-save keeps savedAt and read state/progress unless given. */
export function saveArticle(input: SaveArticleInput): Promise<{ article: SavedArticle; created: boolean }> {
  return serialized(async () => {
    let url: string;
    try { url = canonicalUrl(input.url); } catch { throw new LibraryError('invalid-url', `Not an http(s) URL: ${input.url}`); }
    const id = articleIdFor(url);
    const existing = (await readArticles([id])).get(id);
    if (existing && existing.url !== url) throw new LibraryError('id-collision', `${url} collides with ${existing.url}`);
    const now = Date.now();
    const readState = input.readState ?? existing?.readState ?? 'unread';
    const article = normalise({
      byline: null, siteName: null, lang: null, publishedTime: null, excerpt: null, leadImageUrl: null,
      glossary: [], wordCount: 0, readingMinutes: 0, status: 'complete',
      ...input, id, url, readState,
      progress: input.progress ?? existing?.progress ?? (readState === 'read' ? 1 : 0),
      savedAt: existing?.savedAt ?? now, updatedAt: now,
    });
    await commit([article], upsertEntries(await readIndex(), [article]));
    return { article, created: !existing };
  });
}

export async function getArticle(id: string): Promise<SavedArticle | null> {
  return (await readArticles([id])).get(id) ?? null;
}

/** The newest entries (at most RECENT_COUNT), for a first screen that must be quick. */
export async function listRecent(): Promise<IndexEntry[]> {
  const recent = await recentItem.getValue();
  return Array.isArray(recent) ? recent : (await readIndex()).slice(0, RECENT_COUNT);
}

/** Light metadata of every article, newest first. */
export function listIndex(): Promise<IndexEntry[]> {
  return readIndex();
}

/** Full records of every article (export); order follows the index. */
export async function getAllArticles(): Promise<SavedArticle[]> {
  const index = await readIndex();
  const map = await readArticles(index.map((e) => e.id));
  return index.flatMap((e) => map.get(e.id) ?? []);
}

/** Deletes and returns the full record, which is the undo token for restoreArticle. */
export function deleteArticle(id: string): Promise<SavedArticle | null> {
  return serialized(async () => {
    const existing = (await readArticles([id])).get(id) ?? null;
    const index = await readIndex();
    if (!existing && !index.some((e) => e.id === id)) return null;
    await commit([], index.filter((e) => e.id !== id), [id]);
    return existing;
  });
}

/** Undo of deleteArticle: puts the record back exactly; if the URL was saved again meanwhile, the newer record stays. */
export function restoreArticle(record: SavedArticle): Promise<SavedArticle> {
  return serialized(async () => {
    const article = normalise(record);
    const existing = (await readArticles([article.id])).get(article.id);
    if (existing) return existing;
    await commit([article], upsertEntries(await readIndex(), [article]));
    return article;
  });
}

function update(id: string, change: (a: SavedArticle) => Partial<SavedArticle>): Promise<SavedArticle> {
  return serialized(async () => {
    const existing = (await readArticles([id])).get(id);
    if (!existing) throw new LibraryError('not-found', `No saved article ${id}`);
    const article = normalise({ ...existing, ...change(existing), updatedAt: Date.now() });
    await commit([article], upsertEntries(await readIndex(), [article]));
    return article;
  });
}

export function setReadState(id: string, readState: ReadState): Promise<SavedArticle> {
  return update(id, () => ({ readState }));
}

/** Scroll progress 0..1; reaching 98 % marks the article read (finishing never has to be exact). */
export function setProgress(id: string, progress: number): Promise<SavedArticle> {
  const p = Math.min(1, Math.max(0, Number.isFinite(progress) ? progress : 0));
  return update(id, (a) => ({ progress: p, readState: p >= 0.98 ? 'read' : a.readState }));
}

/**
 * Merges already-validated records (JSON / Pocket import) in ONE commit:
 * new URL → added; newer updatedAt → updated (earliest savedAt kept, and a
 * 'not-downloaded' record never wipes downloaded content); otherwise skipped.
 */
export function mergeArticles(incoming: SavedArticle[]): Promise<MergeReport> {
  return serialized(async () => {
    const existing = await readArticles(incoming.map((a) => a.id));
    const report: MergeReport = { added: 0, updated: 0, skipped: 0 };
    const writes: SavedArticle[] = [];
    for (const inc of incoming) {
      const old = existing.get(inc.id);
      if (!old) { report.added++; writes.push(inc); continue; }
      if (inc.updatedAt <= old.updatedAt) { report.skipped++; continue; }
      const keepContent = inc.status === 'not-downloaded' && old.status === 'complete';
      const { contentHtml, textContent, glossary, wordCount, readingMinutes, leadImageUrl, status } = old;
      writes.push({ ...inc, savedAt: Math.min(inc.savedAt, old.savedAt),
        ...(keepContent ? { contentHtml, textContent, glossary, wordCount, readingMinutes, leadImageUrl, status } : {}) });
      report.updated++;
    }
    if (writes.length) await commit(writes, upsertEntries(await readIndex(), writes));
    return report;
  });
}

/** Recomputes the index from the article items (repair tool; also used when the index is unreadable). */
export function rebuildIndex(): Promise<IndexEntry[]> {
  return serialized(async () => {
    const index = await rebuildIndexUnlocked();
    await commit([], index);
    return index;
  });
}
