/**
 * The library's writer (see docs/storage.md). Layout in storage.local (keys.ts):
 *   library-index      IndexEntry[] (newest first) — everything list views need
 *   library-recent     its first RECENT_COUNT entries — the popup's first screen
 *   article:<id>       one full SavedArticle (+ schemaVersion) per article
 *   (user-glossary     see user-glossary.ts; damaged records see damaged.ts)
 * Every write goes through `serialized` (one writer). Writes put article items first and the
 * index (with a new library-rev token) last, so the index never points at a missing article; a failed write restores the items
 * it touched. Reads live in read.ts and are re-exported here.
 */
import { storage } from 'wxt/utils/storage';
import { canonicalUrl } from './canonical-url';
import { LibraryError, isQuotaError } from './errors';
import { INDEX_KEY, RECENT_COUNT, RECENT_KEY, REV_KEY, articleKey, newRev } from './keys';
import { serialized } from './queue';
import { keepAside, type DamageFound } from './damaged-record';
import { isIndexEntry, listDamaged, readArticles, readIndex, scanArticleItems, sortIndex } from './read';
import {
  SCHEMA_VERSION, articleIdFor, toIndexEntry, validateSavedArticle,
  type IndexEntry, type ReadState, type SaveArticleInput, type SavedArticle,
} from './schema';

export { RECENT_COUNT };
export { getAllArticles, getArticle, listIndex, listRecent, readSavedArticle } from './read';

export interface MergeReport { added: number; updated: number; skipped: number }

type StoredItem = { key: `local:${string}`; value: unknown };

/**
 * The only function that writes. Puts `items` (article records, or anything that must land
 * before the index), then the index and its recent slice, then removes `removeKeys`; on failure
 * restores the previous values of `items` (or removes ones that did not exist) so what was
 * saved before stays exactly as it was.
 */
export async function commit(items: StoredItem[], index: IndexEntry[], removeKeys: `local:${string}`[] = []): Promise<void> {
  let previous = items.length ? await storage.getItems(items.map((i) => i.key)) : [];
  const aside = await keepOverwrittenAside(items, previous);
  if (aside.length) {
    previous = [...(await storage.getItems(aside.map((i) => i.key))), ...previous];
    items = [...aside, ...items];
  }
  try {
    if (items.length) await storage.setItems(items);
    const sorted = sortIndex(index);
    await storage.setItems([
      { key: INDEX_KEY, value: sorted },
      { key: RECENT_KEY, value: sorted.slice(0, RECENT_COUNT) },
      { key: REV_KEY, value: newRev() },
    ]);
  } catch (err) {
    try {
      const restore = previous.filter((p) => p.value != null);
      const remove = previous.filter((p) => p.value == null).map((p) => p.key as `local:${string}`);
      if (restore.length) await storage.setItems(restore.map((p) => ({ key: p.key as `local:${string}`, value: p.value })));
      if (remove.length) await storage.removeItems(remove);
    } catch { /* best effort: the original error is what the caller must see */ }
    if (isQuotaError(err)) throw new LibraryError('storage-full', 'Browser storage is full', { cause: err });
    throw err;
  }
  if (removeKeys.length) await storage.removeItems(removeKeys);
}

/** An unreadable record about to be overwritten (say, the same URL saved again) is kept aside first. */
async function keepOverwrittenAside(items: StoredItem[], previous: { key: string; value: unknown }[]): Promise<StoredItem[]> {
  const found: DamageFound[] = previous.flatMap(({ key, value }, i) => {
    if (value == null || !items[i].key.startsWith('local:article:')) return [];
    const res = validateSavedArticle(value);
    return res.ok ? [] : [{ id: key.slice('local:article:'.length), reason: `${res.error.path || 'record'}: ${res.error.message}`, raw: value, entry: null }];
  });
  return found.length ? keepAside(found, await listDamaged(), Date.now()) : [];
}

const articleItems = (articles: SavedArticle[]): StoredItem[] =>
  articles.map((a) => ({ key: articleKey(a.id), value: { ...a, schemaVersion: SCHEMA_VERSION } }));

export function upsertEntries(index: IndexEntry[], articles: SavedArticle[]): IndexEntry[] {
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
      tags: input.tags ?? existing?.tags ?? [], highlights: input.highlights ?? existing?.highlights ?? [],
      notes: input.notes ?? existing?.notes ?? '',
      savedAt: existing?.savedAt ?? now, updatedAt: now,
    });
    await commit(articleItems([article]), upsertEntries(await readIndex(), [article]));
    return { article, created: !existing };
  });
}

/** Deletes and returns the full record, which is the undo token for restoreArticle. */
export async function deleteArticle(id: string): Promise<SavedArticle | null> {
  return (await deleteArticles([id]))[0] ?? null;
}

/** Deletes many in one commit; returns their records (the undo token for restoreArticles). */
export function deleteArticles(ids: readonly string[]): Promise<SavedArticle[]> {
  return serialized(async () => {
    const wanted = new Set(ids);
    const existing = await readArticles([...wanted]);
    const index = await readIndex();
    const kept = index.filter((e) => !wanted.has(e.id));
    if (!existing.size && kept.length === index.length) return [];
    await commit([], kept, [...wanted].map(articleKey));
    return [...existing.values()];
  });
}

/** Undo of deleteArticle: puts the record back exactly; if the URL was saved again meanwhile, the newer record stays. */
export async function restoreArticle(record: SavedArticle): Promise<SavedArticle> {
  return (await restoreArticles([record]))[0];
}

/** Undo of deleteArticles, in one commit. */
export function restoreArticles(records: readonly SavedArticle[]): Promise<SavedArticle[]> {
  return serialized(async () => {
    const articles = records.map(normalise);
    const existing = await readArticles(articles.map((a) => a.id));
    const writes = articles.filter((a) => !existing.has(a.id));
    if (writes.length) await commit(articleItems(writes), upsertEntries(await readIndex(), writes));
    return articles.map((a) => existing.get(a.id) ?? a);
  });
}

/**
 * Changes many articles in ONE commit (bulk actions, tags, highlights). `change` returns the
 * fields to change, or null to leave that article alone; ids not found are skipped. Returns the
 * records written.
 */
export function updateArticles(ids: readonly string[], change: (a: SavedArticle) => Partial<SavedArticle> | null): Promise<SavedArticle[]> {
  return serialized(async () => {
    const found = await readArticles([...new Set(ids)]);
    const now = Date.now();
    const writes: SavedArticle[] = [];
    for (const existing of found.values()) {
      const patch = change(existing);
      if (patch) writes.push(normalise({ ...existing, ...patch, updatedAt: Math.max(now, existing.updatedAt + 1) }));
    }
    if (writes.length) await commit(articleItems(writes), upsertEntries(await readIndex(), writes));
    return writes;
  });
}

/** One article; throws 'not-found' when it is not (or no longer) saved. */
export async function updateArticle(id: string, change: (a: SavedArticle) => Partial<SavedArticle>): Promise<SavedArticle> {
  let seen = false;
  const [article] = await updateArticles([id], (a) => ((seen = true), change(a)));
  if (!seen) throw new LibraryError('not-found', `No saved article ${id}`);
  return article;
}

const update = updateArticle;

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
    if (writes.length) await commit(articleItems(writes), upsertEntries(await readIndex(), writes));
    return report;
  });
}

/**
 * Recomputes the index from the article items (repair tool; also what an unreadable index gets).
 * It reads every record, so it is also the whole-library check: unreadable items are kept aside
 * (damaged.ts) with the title and URL the old index knew.
 */
export function rebuildIndex(): Promise<IndexEntry[]> {
  return serialized(async () => {
    const [{ entries, damaged }, old] = await Promise.all([scanArticleItems(), storage.getItem<unknown>(INDEX_KEY)]);
    const known = new Map((Array.isArray(old) ? old.filter(isIndexEntry) : []).map((e) => [e.id, e]));
    const found: DamageFound[] = damaged.map((d) => ({ ...d, entry: known.get(d.id) ?? null }));
    const items = found.length ? keepAside(found, await listDamaged(), Date.now()) : [];
    await commit(items, entries, found.map((f) => articleKey(f.id)));
    return entries;
  });
}
