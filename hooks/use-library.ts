import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { askBackground } from '@/utils/background-client';
import type { IndexEntry, SavedArticle } from '@/utils/library/schema';
import { normalizeForSearch } from '@/utils/library/fold';
import { FIRST_SCREEN, PAGE_SIZE, afterPaint, useLibraryData } from './use-library-data';

/** Ids whose title holds every word of the query: instant, while the full-text answer is on its way. */
function titleMatches(entries: IndexEntry[], query: string): string[] {
  const words = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    const title = normalizeForSearch(entry.title);
    return words.every((word) => title.includes(word));
  }).map((entry) => entry.id);
}

export type SavedFilter = 'all' | 'unread';

/** The saved-articles list as the popup shows it: read from storage, changed through the background. */
export function useLibrary() {
  const { entries, complete, damaged, needAll } = useLibraryData();
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<string[] | null>(null);
  const [filter, setFilter] = useState<SavedFilter>('all');
  const [limit, setLimit] = useState(FIRST_SCREEN);
  const [deleted, setDeleted] = useState<SavedArticle | null>(null);

  // The first frame shows a screenful; the rest of the first page follows once it is painted.
  useEffect(() => {
    if (entries) return afterPaint(() => setLimit((n) => Math.max(n, PAGE_SIZE)));
  }, [entries !== null]);

  // Search and the unread filter work on the whole library, not only its newest entries.
  useEffect(() => {
    if (query.trim() || filter !== 'all') needAll();
  }, [query, filter]);

  useEffect(() => {
    if (!query.trim()) return setMatches(null);
    // Titles answer at once; the background's full-text index replaces them when it answers.
    setMatches(titleMatches(entries ?? [], query));
    let current = true;
    const timer = setTimeout(() => {
      void askBackground({ type: 'library.search', query }).then((ids) => current && Array.isArray(ids) && setMatches(ids));
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  let visible = entries ?? [];
  if (matches) {
    const byId = new Map(visible.map((entry) => [entry.id, entry]));
    visible = matches.flatMap((id) => byId.get(id) ?? []);
  }
  if (filter === 'unread') visible = visible.filter((entry) => entry.readState === 'unread');

  /** Focus on the search box: have the background load its index before the first word is typed. */
  const warmSearch = useCallback(() => {
    needAll();
    void askBackground({ type: 'library.search', query: '' });
  }, []);
  const showMore = useCallback(() => {
    needAll();
    setLimit((n) => n + PAGE_SIZE);
  }, []);
  const open = useCallback((id: string) => {
    void browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?id=${encodeURIComponent(id)}`) });
  }, []);
  const toggleRead = useCallback((entry: IndexEntry) => {
    void askBackground({ type: 'library.setReadState', id: entry.id, state: entry.readState === 'read' ? 'unread' : 'read' });
  }, []);
  const remove = useCallback(async (entry: IndexEntry) => {
    const record = await askBackground({ type: 'library.delete', id: entry.id });
    if (record && !('problem' in record)) setDeleted(record);
  }, []);
  const undo = useCallback(async () => {
    if (!deleted) return;
    await askBackground({ type: 'library.restore', record: deleted });
    setDeleted(null);
  }, [deleted]);
  const dismissDamaged = useCallback(() => void askBackground({ type: 'library.dismissDamaged' }), []);

  return {
    loading: entries === null,
    /** Every article is known (null: only the newest are loaded so far). */
    total: complete ? entries?.length ?? 0 : null,
    /** Entries to render now. */
    shown: visible.slice(0, limit),
    /** How many more match (null: more exist, how many is known once the whole index is read). */
    more: complete ? Math.max(0, visible.length - limit) : null,
    matching: visible.length,
    query, setQuery, filter, setFilter, warmSearch, showMore,
    damaged, dismissDamaged,
    deleted, open, toggleRead, remove, undo,
  };
}

export type LibraryState = ReturnType<typeof useLibrary>;
