/**
 * The library page's list: filters, sort and the facets (sites, tags) offered in the filter
 * menus, over the light index entries (never the article records). Pure and fast: at 5,000
 * articles it runs on every keystroke and every filter change.
 */
import type { ListEntry } from './schema';
import { tagKey } from './tags';

export type ReadFilter = 'all' | 'unread' | 'read';
export type LibrarySort = 'relevance' | 'saved' | 'published' | 'title' | 'progress';
export const LIBRARY_SORTS: readonly LibrarySort[] = ['relevance', 'saved', 'published', 'title', 'progress'];

export interface LibraryFilters {
  read: ReadFilter;
  /** siteName as shown; null: any. */
  site: string | null;
  /** a tag (compared folded); null: any. */
  tag: string | null;
  hasHighlights: boolean;
  /** savedAt bounds, epoch ms, inclusive; null: open. */
  from: number | null;
  to: number | null;
}

export const NO_FILTERS: LibraryFilters = { read: 'all', site: null, tag: null, hasHighlights: false, from: null, to: null };

export const filtersActive = (f: LibraryFilters): boolean =>
  f.read !== 'all' || f.site !== null || f.tag !== null || f.hasHighlights || f.from !== null || f.to !== null;

export function matchesFilters(e: ListEntry, f: LibraryFilters): boolean {
  if (f.read !== 'all' && e.readState !== f.read) return false;
  if (f.site !== null && (e.siteName ?? '') !== f.site) return false;
  if (f.tag !== null) {
    const key = tagKey(f.tag);
    if (!e.tags.some((t) => tagKey(t) === key)) return false;
  }
  if (f.hasHighlights && e.highlightCount === 0) return false;
  if (f.from !== null && e.savedAt < f.from) return false;
  if (f.to !== null && e.savedAt > f.to) return false;
  return true;
}

const collators = new Map<string, Intl.Collator>();
function collator(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })));
  return c;
}

/** publishedTime as the page declared it → epoch ms (unknown or unreadable: -Infinity, last). */
export function publishedAt(e: Pick<ListEntry, 'publishedTime'>): number {
  const ms = e.publishedTime ? Date.parse(e.publishedTime) : Number.NaN;
  return Number.isNaN(ms) ? -Infinity : ms;
}

const newestFirst = (a: ListEntry, b: ListEntry) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** One id → entry map per list (built once, not on every keystroke's search answer). */
const idMaps = new WeakMap<readonly ListEntry[], Map<string, ListEntry>>();
function idMap(entries: readonly ListEntry[]): Map<string, ListEntry> {
  let map = idMaps.get(entries);
  if (!map) idMaps.set(entries, (map = new Map(entries.map((e) => [e.id, e]))));
  return map;
}

type Order = Exclude<LibrarySort, 'relevance'>;

function sortEntries(list: ListEntry[], sort: Order, locale: string): ListEntry[] {
  if (sort === 'title') {
    const c = collator(locale);
    return list.sort((a, b) => c.compare(a.title, b.title) || newestFirst(a, b));
  }
  if (sort === 'published') {
    const at = new Map(list.map((e) => [e.id, publishedAt(e)]));
    return list.sort((a, b) => at.get(b.id)! - at.get(a.id)! || newestFirst(a, b));
  }
  if (sort === 'progress') return list.sort((a, b) => b.progress - a.progress || newestFirst(a, b));
  return list.sort(newestFirst);
}

/**
 * The whole list in one order, sorted once per list, order and locale: a search answer or a filter
 * is then a pass over it (at 5,000 articles a warm search lists thousands of hits: sorting them
 * again on every keystroke cost more than finding them). Every order is total (ties: newest saved,
 * then id), so narrowing it lists the hits exactly as sorting them would.
 */
const sortedLists = new WeakMap<readonly ListEntry[], Map<string, readonly ListEntry[]>>();
function sortedAll(entries: readonly ListEntry[], sort: Order, locale: string): readonly ListEntry[] {
  let byOrder = sortedLists.get(entries);
  if (!byOrder) sortedLists.set(entries, (byOrder = new Map()));
  const key = sort === 'title' ? `title:${locale}` : sort;
  let sorted = byOrder.get(key);
  if (!sorted) byOrder.set(key, (sorted = sortEntries([...entries], sort, locale)));
  return sorted;
}

/**
 * The entries to list: `matches` (search hits by relevance, or null when not searching) narrowed
 * by the filters, in the chosen order. Ties keep newest-saved first, so the order is stable.
 * The array returned may be shared between calls: read it, never change it.
 */
export function viewEntries(entries: readonly ListEntry[], matches: readonly string[] | null, filters: LibraryFilters,
  sort: LibrarySort, locale = 'en'): readonly ListEntry[] {
  const filtered = filtersActive(filters);
  if (sort === 'relevance' && matches) {
    const byId = idMap(entries);
    const hits = matches.flatMap((id) => byId.get(id) ?? []);
    return filtered ? hits.filter((e) => matchesFilters(e, filters)) : hits;
  }
  const all = sortedAll(entries, sort === 'relevance' ? 'saved' : sort, locale);
  if (!matches) return filtered ? all.filter((e) => matchesFilters(e, filters)) : all;
  const hits = new Set(matches);
  return all.filter((e) => hits.has(e.id) && (!filtered || matchesFilters(e, filters)));
}

export interface Facet { name: string; count: number }

/** Sites and tags with how many articles have each, most used first (the filter menus, tag autocomplete). */
export function facets(entries: readonly ListEntry[], locale = 'en'): { sites: Facet[]; tags: Facet[] } {
  const sites = new Map<string, number>();
  const tags = new Map<string, Facet>();
  for (const e of entries) {
    if (e.siteName) sites.set(e.siteName, (sites.get(e.siteName) ?? 0) + 1);
    for (const t of e.tags) {
      const key = tagKey(t);
      const facet = tags.get(key);
      if (facet) facet.count++;
      else tags.set(key, { name: t, count: 1 });
    }
  }
  const c = collator(locale);
  const order = (a: Facet, b: Facet) => b.count - a.count || c.compare(a.name, b.name);
  return { sites: [...sites].map(([name, count]) => ({ name, count })).sort(order), tags: [...tags.values()].sort(order) };
}

/** Tags that start with (or else contain) what is typed, folded; for autocomplete. */
export function suggestTags(all: readonly Facet[], typed: string, exclude: readonly string[] = [], limit = 8): string[] {
  const q = tagKey(typed.trim());
  const skip = new Set(exclude.map(tagKey));
  const candidates = all.filter((f) => !skip.has(tagKey(f.name)));
  if (!q) return candidates.slice(0, limit).map((f) => f.name);
  const starts = candidates.filter((f) => tagKey(f.name).startsWith(q));
  const contains = candidates.filter((f) => !tagKey(f.name).startsWith(q) && tagKey(f.name).includes(q));
  return [...starts, ...contains].slice(0, limit).map((f) => f.name);
}

/** A date input's value ("2025-01-31") → the start (or end) of that local day, epoch ms. */
export function dayBound(value: string, end: boolean): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (end) d.setHours(23, 59, 59, 999);
  return d.getTime();
}
