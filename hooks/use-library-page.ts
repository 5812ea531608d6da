import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { askBackground } from '@/utils/background-client';
import { uiLanguage } from '@/utils/i18n';
import { INDEX_KEY } from '@/utils/library/keys';
import { isIndexEntry, listRecent, readIndex } from '@/utils/library/read';
import { withListFields, type IndexEntry, type ListEntry, type SavedArticle } from '@/utils/library/schema';
import { NO_FILTERS, facets, viewEntries, type LibraryFilters, type LibrarySort } from '@/utils/library/list-view';
import { normalizeForSearch } from '@/utils/library/fold';
import type { BulkResult, LibraryEditError } from '@/utils/messages';

/** Every match, not the popup's first 200: the page lists them all (virtualised). */
const ALL_MATCHES = 100_000;

const toList = (entries: IndexEntry[]) => entries.filter(isIndexEntry).map(withListFields);

/** Titles holding every word typed: the list narrows at once while the full-text answer is on its way. */
function titleMatches(entries: ListEntry[], query: string): string[] {
  const words = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  return entries.filter((e) => {
    const title = normalizeForSearch(e.title);
    return words.every((w) => title.includes(w));
  }).map((e) => e.id);
}

export type Notice = { kind: 'deleted'; records: SavedArticle[] } | { kind: 'error'; error: LibraryEditError | 'import' ; detail?: string } | { kind: 'info'; text: string };

/**
 * The library page's state: the index (the newest screenful first, then all of it), search through
 * the background's index, filters, sort, selection, and the edits — all sent to the background,
 * the one writer; the list follows the stored index (storage.watch), so edits from the popup or a
 * reader in another tab show up here too.
 */
export function useLibraryPage() {
  const [entries, setEntries] = useState<ListEntry[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [query, setQueryState] = useState('');
  const [matches, setMatches] = useState<string[] | null>(null);
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [sort, setSort] = useState<LibrarySort>('saved');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<Notice | null>(null);
  const locale = useMemo(uiLanguage, []);

  useEffect(() => {
    let current = true;
    // The newest entries (one small read) paint the first screen; the whole index follows.
    void listRecent().then(({ entries: recent }) => current && setEntries((e) => e ?? toList(recent)));
    void readIndex().then((all) => {
      if (!current) return;
      setEntries(toList(all));
      setComplete(true);
    });
    const unwatch = storage.watch<unknown>(INDEX_KEY, (value) => {
      setEntries(Array.isArray(value) ? toList(value) : []);
      setComplete(true);
    });
    return () => {
      current = false;
      unwatch();
    };
  }, []);

  useEffect(() => {
    if (!query.trim()) return setMatches(null);
    setMatches(titleMatches(entries ?? [], query));
    let current = true;
    const timer = setTimeout(() => {
      void askBackground({ type: 'library.search', query, limit: ALL_MATCHES })
        .then((ids) => current && Array.isArray(ids) && setMatches(ids));
    }, 0); // a warm search answers in a few ms: typing ahead only drops answers no longer wanted
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  const visible = useMemo(() => viewEntries(entries ?? [], matches, filters, sort, locale), [entries, matches, filters, sort]);
  const facetLists = useMemo(() => facets(entries ?? [], locale), [entries]);

  // The selection never holds articles that are gone (deleted here or elsewhere).
  useEffect(() => {
    if (!entries || !selected.size) return;
    const live = new Set(entries.map((e) => e.id));
    if ([...selected].some((id) => !live.has(id))) setSelected(new Set([...selected].filter((id) => live.has(id))));
  }, [entries]);

  const report = (result: BulkResult | { problem: string }) => {
    if ('problem' in result) setNotice({ kind: 'error', error: 'failed' });
    else if (!result.ok) setNotice({ kind: 'error', error: result.error });
  };
  const targets = (ids?: readonly string[]) => (ids ? [...ids] : [...selected]);

  const actions = {
    setQuery: useCallback((q: string) => setQueryState(q), []),
    warmSearch: useCallback(() => void askBackground({ type: 'library.search', query: '' }), []),
    setFilters, setSort,
    open: useCallback((id: string) => {
      void browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?id=${encodeURIComponent(id)}`) });
    }, []),
    toggleSelected: useCallback((id: string) => setSelected((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    }), []),
    selectAll: (ids: readonly string[]) => setSelected(new Set(ids)),
    clearSelection: () => setSelected(new Set()),
    markRead: async (state: 'read' | 'unread', ids?: readonly string[]) =>
      report(await askBackground({ type: 'library.setReadStateMany', ids: targets(ids), state })),
    addTags: async (add: string[], ids?: readonly string[]) => report(await askBackground({ type: 'library.tags.change', ids: targets(ids), add })),
    removeTag: async (tag: string, ids: readonly string[]) => report(await askBackground({ type: 'library.tags.change', ids: [...ids], remove: [tag] })),
    renameTag: async (from: string, to: string) => {
      report(await askBackground({ type: 'library.tags.rename', from, to }));
      setFilters((f) => (f.tag === from ? { ...f, tag: to } : f));
    },
    remove: async (ids?: readonly string[]) => {
      const records = await askBackground({ type: 'library.deleteMany', ids: targets(ids) });
      if (!Array.isArray(records)) return setNotice({ kind: 'error', error: 'failed' });
      setSelected(new Set());
      setNotice({ kind: 'deleted', records });
    },
    undoDelete: async () => {
      if (notice?.kind !== 'deleted') return;
      report(await askBackground({ type: 'library.restoreMany', records: notice.records }));
      setNotice(null);
    },
    setNotice,
  };

  return {
    loading: entries === null, complete, total: entries?.length ?? 0, entries: entries ?? [], visible,
    query, filters, sort, selected, notice, facets: facetLists, locale, ...actions,
  };
}

export type LibraryPageState = ReturnType<typeof useLibraryPage>;
