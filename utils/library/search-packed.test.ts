import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { syntheticArticles } from '../../scripts/bench/synthetic-library';
import { PackedPostings, packPostings } from './search-packed';
import type { SearchOptions } from 'minisearch';
import {
  addToSearchIndex, buildSearchIndex, loadSearchIndex, normalizeForSearch, removeFromSearchIndex, search,
  serializeSearchIndex, toSearchDoc, type LibrarySearchIndex,
} from './search';

const docs = [...syntheticArticles(120, 2_000, 7)].map(toSearchDoc);

/**
 * The same documents with the same scores. (Order can differ between documents whose scores differ
 * only in the last bits: the term tree is rebuilt in another order, so prefix matches add up in
 * another order — MiniSearch's own loadJSON behaves the same.)
 */
const answers = (index: LibrarySearchIndex, q: string, options?: SearchOptions) =>
  index.search(q, options).map((r) => `${r.id} ${r.score.toPrecision(12)} ${[...r.terms].sort().join(',')}`).sort();
const ids = (index: LibrarySearchIndex, q: string) => search(index, q).sort();
const QUERIES = [
  'ủy ban nhân dân', 'uy ban nhan dan', 'giáo dục đào tạo', 'ngan hang nha nuoc', 'interest rates', 'inflaton',
  'sạt lở', 'sat lo song hau', 'UBND', 'KT-XH', 'GD&ĐT', 'tp.hcm', 'ngân', 'ng', 'Đà Nẵng', 'hà nội', 'reuters',
  'vnexpress', 'xyzzy unknown', 'weather zzz', docs[3].title, docs[77].title.slice(0, 12),
];

describe('packed search index', () => {
  it('posting lists survive packing: any document numbers and counts', () => {
    fc.assert(fc.property(fc.dictionary(fc.nat({ max: 2 ** 40 }).map(String), fc.integer({ min: 1, max: 10_000 })), (dict) => {
      const postings = new Map(Object.entries(dict).map(([k, v]) => [Number(k), v]));
      const packed = packPostings(postings);
      expect(packed).toMatch(/^[A-Za-z0-9_-]*$/); // nothing JSON must escape
      expect(new Map(new PackedPostings(packed))).toEqual(new Map([...postings].sort((a, b) => a[0] - b[0])));
    }));
  });

  it('is much smaller than MiniSearch JSON', () => {
    const index = buildSearchIndex(docs);
    expect(serializeSearchIndex(index).length).toBeLessThan(JSON.stringify(index).length / 2.5);
  });

  it('a loaded index answers exactly like the one it was made from', () => {
    const built = buildSearchIndex(docs);
    const loaded = loadSearchIndex(serializeSearchIndex(built));
    expect(loaded.documentCount).toBe(built.documentCount);
    expect(loaded.termCount).toBe(built.termCount);
    for (const q of QUERIES) {
      expect(answers(loaded, q), q).toEqual(answers(built, q));
      expect(answers(loaded, normalizeForSearch(q), { combineWith: 'AND' }), q).toEqual(answers(built, normalizeForSearch(q), { combineWith: 'AND' }));
      expect(ids(loaded, q), q).toEqual(ids(built, q));
    }
  });

  it('stays exact through changes after loading, and through a second round trip', async () => {
    const built = buildSearchIndex(docs);
    const loaded = loadSearchIndex(serializeSearchIndex(built));
    const changed = { ...docs[5], title: 'Quốc hội thông qua luật đất đai', textContent: 'Luật đất đai sửa đổi có hiệu lực.' };
    const added = { id: 'new', title: 'Hội đồng nhân dân', textContent: 'HĐND họp kỳ cuối năm', siteName: null };
    for (const index of [built, loaded]) {
      addToSearchIndex(index, changed);
      addToSearchIndex(index, added);
      removeFromSearchIndex(index, docs[9].id);
    }
    // Stored with the discarded documents' postings still in (MiniSearch drops them lazily)…
    const dirty = loadSearchIndex(serializeSearchIndex(loaded));
    // …which moves scores a little with every query until a vacuum: compare clean indexes.
    for (const index of [built, loaded, dirty]) await index.vacuum();
    const again = loadSearchIndex(serializeSearchIndex(loaded));
    for (const q of [...QUERIES, 'dat dai', 'hoi dong nhan dan', docs[9].title, docs[5].title]) {
      const expected = answers(built, q);
      for (const index of [loaded, dirty, again]) expect(answers(index, q), q).toEqual(expected);
    }
    expect(search(again, 'luat dat dai')[0]).toBe(docs[5].id);
    expect(search(again, docs[9].title)).not.toContain(docs[9].id);
    expect(again.documentCount).toBe(docs.length);
  });

  it('rejects a damaged posting list instead of answering from it', () => {
    expect(() => [...new PackedPostings('AB!')]).toThrow(/bad posting list/);
    expect(() => loadSearchIndex('{"terms": 1}')).toThrow();
  });
});
