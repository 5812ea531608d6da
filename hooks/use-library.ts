import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { askBackground } from '@/utils/background-client';
import { listIndex, listRecent } from '@/utils/library/store';
import type { IndexEntry, SavedArticle } from '@/utils/library/schema';
import { normalizeForSearch } from '@/utils/library/fold';

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
  const [entries, setEntries] = useState<IndexEntry[] | null>(null);
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<string[] | null>(null);
  const [filter, setFilter] = useState<SavedFilter>('all');
  const [deleted, setDeleted] = useState<SavedArticle | null>(null);

  useEffect(() => {
    // First screen from the small "recent" item, then the whole index for search and filters.
    let current = true;
    let full: ReturnType<typeof setTimeout> | undefined;
    void listRecent().then((recent) => {
      if (!current) return;
      setEntries((entries) => entries ?? recent);
      // Only after that first screen is painted: reading the whole index costs a long task.
      requestAnimationFrame(() => {
        full = setTimeout(() => void listIndex().then((all) => current && setEntries(all)), 0);
      });
    });
    // The background writes; the list follows every change (saves from other tabs too).
    const unwatch = storage.watch<IndexEntry[]>('local:library-index', (value) => setEntries(value ?? []));
    return () => {
      current = false;
      clearTimeout(full);
      unwatch();
    };
  }, []);

  useEffect(() => {
    if (!query.trim()) return setMatches(null);
    // Titles answer at once; the background's full-text index (slow to build on a cold
    // start with thousands of articles) replaces them when it answers.
    setMatches(titleMatches(entries ?? [], query));
    let current = true;
    const timer = setTimeout(() => {
      void askBackground({ type: 'library.search', query }).then((ids) => current && setMatches(ids));
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

  return {
    loading: entries === null,
    total: entries?.length ?? 0,
    visible,
    query, setQuery, filter, setFilter,
    deleted, open, toggleRead, remove, undo,
  };
}

export type LibraryState = ReturnType<typeof useLibrary>;
