import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { askBackground } from '@/utils/background-client';
import { normalizeForSearch } from '@/utils/library/fold';
import type { ListEntry } from '@/utils/library/schema';

/** Every match, not the popup's first 200: the page lists them all (virtualised). */
const ALL_MATCHES = 100_000;
/**
 * A warm answer comes in a few ms; one slower than this (a stopped worker loading its stored
 * index) first narrows the list to the titles holding every word typed, while the answer comes.
 */
const TITLES_AFTER_MS = 40;

/** Folded titles, once per list (folding 5,000 titles on a keystroke is itself a few ms). */
const foldedTitles = new WeakMap<readonly ListEntry[], string[]>();

function titleMatches(entries: readonly ListEntry[], query: string): string[] {
  let titles = foldedTitles.get(entries);
  if (!titles) foldedTitles.set(entries, (titles = entries.map((e) => normalizeForSearch(e.title))));
  const words = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  return entries.filter((_, i) => words.every((w) => titles[i].includes(w))).map((e) => e.id);
}

/**
 * The library page's search box: the background's full-text index answers with ids by relevance
 * (titles, text, notes, highlights; diacritic-free). The question leaves from the input event
 * itself (no debounce, no waiting for the next frame): only answers to the latest query are kept.
 */
export function useLibrarySearch(entries: readonly ListEntry[] | null) {
  const [query, setQueryState] = useState('');
  const [matches, setMatches] = useState<readonly string[] | null>(null);
  const latest = useRef(0);
  const titlesTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const list = useRef(entries);
  list.current = entries;
  useEffect(() => () => clearTimeout(titlesTimer.current), []);

  const setQuery = useCallback((q: string) => {
    const asked = ++latest.current;
    clearTimeout(titlesTimer.current);
    setQueryState(q);
    if (!q.trim()) return setMatches(null);
    const showTitles = () => asked === latest.current && setMatches(titleMatches(list.current ?? [], q));
    void askBackground({ type: 'library.search', query: q, limit: ALL_MATCHES }).then((ids) => {
      if (asked !== latest.current) return; // typed on meanwhile
      clearTimeout(titlesTimer.current);
      if (Array.isArray(ids)) setMatches(ids);
      else showTitles(); // the background failed: titles are still an answer
    });
    titlesTimer.current = setTimeout(showTitles, TITLES_AFTER_MS);
  }, []);

  // Focus: the worker wakes and loads its index before the first keystroke needs it.
  const warmSearch = useCallback(() => void askBackground({ type: 'library.search', query: '' }), []);
  return { query, matches, setQuery, warmSearch };
}
