import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type MiniSearch from 'minisearch';
import { buildSearchIndex, removeFromSearchIndex, type SearchDoc } from './search';
import { rankedIds } from './search-score';

// A small vocabulary with diacritics, shared prefixes and near-misses, so that queries meet exact,
// prefix and fuzzy expansions in several fields at once.
const WORDS = ['ủy', 'ban', 'bàn', 'bank', 'banking', 'nhân', 'nhan', 'dân', 'thành', 'thanh', 'thanhs', 'tranh', 'phố',
  'kinh', 'tế', 'technology', 'central', 'centre', 'ngân', 'sách', 'giáo', 'dục', 'Đà', 'Nẵng', 'inflation', 'inflate'];
const QUERY_WORDS = [...WORDS, 'te', 'tha', 'cent', 'inflaton', 'thanx', 'uy ban', 'xyz', 'ba', 'b', '!!'];

const text = (max: number) => fc.array(fc.constantFrom(...WORDS), { maxLength: max }).map((w) => w.join(' '));
const doc = (i: number) => fc.record({
  title: text(6), textContent: text(40), siteName: fc.option(fc.constantFrom('VnExpress', 'Reuters', 'Tuổi Trẻ'), { nil: null }),
  annotations: text(5),
}).map((d): SearchDoc => ({ id: `a${i}`, ...d }));
const library = fc.integer({ min: 1, max: 40 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => doc(i))));
const query = fc.array(fc.constantFrom(...QUERY_WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));

const miniSearchIds = (index: MiniSearch<SearchDoc>, q: string, combineWith: 'AND' | 'OR') =>
  index.search(q, { combineWith }).map((h) => h.id as string);

describe('rankedIds: MiniSearch ranking without its per-hit objects', () => {
  it('lists the same ids in the same order as MiniSearch.search, AND and OR', () => {
    fc.assert(fc.property(library, fc.array(query, { minLength: 1, maxLength: 5 }), (docs, queries) => {
      const index = buildSearchIndex(docs);
      for (const q of queries) {
        for (const mode of ['AND', 'OR'] as const) expect(rankedIds(index, q, mode)).toEqual(miniSearchIds(index, q, mode));
      }
    }), { numRuns: 150 });
  });

  it('stays the same after documents are discarded (MiniSearch drops their postings lazily while searching)', () => {
    fc.assert(fc.property(library, fc.array(fc.nat(), { maxLength: 10 }), query, (docs, drops, q) => {
      // Two identical indexes: both searches clean up discarded postings as they meet them.
      const [mine, theirs] = [buildSearchIndex(docs), buildSearchIndex(docs)];
      for (const d of drops) for (const index of [mine, theirs]) removeFromSearchIndex(index, docs[d % docs.length].id);
      for (const mode of ['AND', 'OR'] as const) expect(rankedIds(mine, q, mode)).toEqual(miniSearchIds(theirs, q, mode));
    }), { numRuns: 150 });
  });

  it('finds nothing for a query with no terms, and leaves very long queries to MiniSearch', () => {
    const index = buildSearchIndex([{ id: 'a', title: 'ban', textContent: 'thanh', siteName: null }]);
    expect(rankedIds(index, '!! ??', 'AND')).toEqual([]);
    expect(rankedIds(index, Array.from({ length: 33 }, (_, i) => `w${i}`).join(' '), 'OR')).toBeNull();
  });
});
