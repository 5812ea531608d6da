import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { askBackground } from '@/utils/background-client';
import { afterPaint } from '@/utils/after-paint';
import { useLibrarySearch } from './use-library-search';
import { uiLanguage } from '@/utils/i18n';
import { INDEX_KEY } from '@/utils/library/keys';
import { isIndexEntry, listRecent, readIndex } from '@/utils/library/read';
import { withListFields, type IndexEntry, type ListEntry, type SavedArticle } from '@/utils/library/schema';
import { NO_FILTERS, facets, viewEntries, type LibraryFilters, type LibrarySort } from '@/utils/library/list-view';
import type { BulkResult, LibraryEditError } from '@/utils/messages';

const toList = (entries: IndexEntry[]) => entries.filter(isIndexEntry).map(withListFields);

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
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [sort, setSort] = useState<LibrarySort>('saved');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<Notice | null>(null);
  const locale = useMemo(uiLanguage, []);
  const { query, matches, setQuery, warmSearch } = useLibrarySearch(entries);

  useEffect(() => {
    let current = true;
    // The newest entries (one small read) paint the first screen; the whole index (1.5 MB at 5,000
    // articles: its arrival is a long task on this thread) is read once that screen is painted.
    const readAll = () => void readIndex().then((all) => {
      if (!current) return;
      setEntries(toList(all));
      setComplete(true);
    });
    void listRecent().then(({ entries: recent }) => {
      if (!current) return;
      setEntries((e) => e ?? toList(recent));
      afterPaint(readAll);
    }, readAll);
    const unwatch = storage.watch<unknown>(INDEX_KEY, (value) => {
      setEntries(Array.isArray(value) ? toList(value) : []);
      setComplete(true);
    });
    return () => {
      current = false;
      unwatch();
    };
  }, []);

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
    setQuery, warmSearch,
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
