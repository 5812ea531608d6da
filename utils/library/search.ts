/**
 * Full-text search over saved articles (MiniSearch). Vietnamese readers often
 * type without diacritics ("uy ban nhan dan" for "Ủy ban nhân dân"), so both
 * indexed text and queries are folded: NFD, combining marks stripped, đ→d,
 * lowercased. Pure: the caller feeds documents and keeps the index in memory.
 */
import MiniSearch from 'minisearch';
import { normalizeForSearch } from './fold';
import { packIndex, unpackIndex } from './search-packed';
import { rankedIds } from './search-score';

export interface SearchDoc {
  id: string;
  title: string;
  textContent: string;
  siteName?: string | null;
  /** What the reader added: tags, the article's note, highlighted passages and their notes. */
  annotations?: string;
}
/** The parts of a saved article the search also reads (schema v4). */
export interface Annotated { tags?: readonly string[]; notes?: string; highlights?: readonly { note: string; quote: { exact: string } }[] }
export type LibrarySearchIndex = MiniSearch<SearchDoc>;

export { normalizeForSearch };

/**
 * Bump when OPTIONS change what is indexed (fields, tokenising, folding): a persisted index
 * (search-cache.ts) made with another format is rebuilt instead of loaded.
 */
export const SEARCH_FORMAT = 3; // 2: packed posting lists (search-packed.ts); 3: annotations field

// Folding is the costliest step of indexing (NFD + a Unicode regex per token) while a library's
// vocabulary is small next to its token count, so each distinct term is folded once.
const folded = new Map<string, string>();
function foldTerm(term: string): string | null {
  let out = folded.get(term);
  if (out === undefined) {
    out = normalizeForSearch(term);
    if (folded.size >= 100_000) folded.clear(); // bounded (a few MB): the service worker lives on between uses
    folded.set(term, out);
  }
  return out || null;
}

const OPTIONS = {
  fields: ['title', 'textContent', 'siteName', 'annotations'],
  storeFields: [] as string[], // ids only: articles live in storage, not in the index
  processTerm: foldTerm,
  extractField: (doc: SearchDoc, field: string) => String((doc as unknown as Record<string, unknown>)[field] ?? ''),
  searchOptions: {
    boost: { title: 3, siteName: 1.5, annotations: 2 },
    prefix: true, // results while typing
    // small typo tolerance only for longer words: 1 edit per 5 chars, at most 2
    fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
    maxFuzzy: 2,
  },
};

/** The searchable part of a saved article. */
export function toSearchDoc(a: Omit<SearchDoc, 'annotations'> & Annotated): SearchDoc {
  const parts = [...(a.tags ?? []), a.notes ?? '', ...(a.highlights ?? []).flatMap((h) => [h.quote.exact, h.note])];
  return { id: a.id, title: a.title, textContent: a.textContent, siteName: a.siteName ?? null, annotations: parts.filter(Boolean).join('\n') };
}

export function buildSearchIndex(docs: Iterable<SearchDoc>): LibrarySearchIndex {
  const index = new MiniSearch<SearchDoc>(OPTIONS);
  index.addAll([...docs]);
  return index;
}

/** Adds or replaces one document (re-save of an article). */
export function addToSearchIndex(index: LibrarySearchIndex, doc: SearchDoc): void {
  if (index.has(doc.id)) index.replace(doc);
  else index.add(doc);
}

export function removeFromSearchIndex(index: LibrarySearchIndex, id: string): void {
  if (index.has(id)) index.discard(id); // discard needs only the id, not the original document
}

/**
 * Ids ordered by relevance. All words must match (AND); if that finds
 * nothing, fall back to any word (OR) so a stray word does not empty the list.
 */
export function search(index: LibrarySearchIndex, query: string, limit = 200): string[] {
  if (!normalizeForSearch(query).trim()) return [];
  let ids = ranked(index, query, 'AND');
  if (!ids.length) ids = ranked(index, query, 'OR');
  return ids.length > limit ? ids.slice(0, limit) : ids;
}

/** MiniSearch's ranking without its per-hit objects (search-score.ts); MiniSearch itself past 32 terms. */
function ranked(index: LibrarySearchIndex, query: string, combineWith: 'AND' | 'OR'): string[] {
  return rankedIds(index, query, combineWith) ?? index.search(query, { combineWith }).map((h) => h.id as string);
}

/**
 * Persistable form (search-cache.ts stores it) so the index need not be rebuilt from 50 MB of text:
 * packed posting lists that are decoded only when a search reads them (search-packed.ts).
 */
export function serializeSearchIndex(index: LibrarySearchIndex): string {
  return packIndex(index);
}

export function loadSearchIndex(json: string): LibrarySearchIndex {
  return unpackIndex<SearchDoc>(json, OPTIONS);
}
