import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS, dayBound, facets, matchesFilters, suggestTags, viewEntries } from './list-view';
import type { ListEntry } from './schema';

const entry = (id: string, extra: Partial<ListEntry> = {}): ListEntry => ({
  id, url: `https://e.com/${id}`, title: id, siteName: 'E', savedAt: 0, updatedAt: 0, readingMinutes: 1, readState: 'unread',
  progress: 0, lang: 'vi', status: 'complete', tags: [], publishedTime: null, highlightCount: 0, ...extra,
});

const list = [
  entry('a', { title: 'Ủy ban họp', savedAt: 3, siteName: 'VnE', tags: ['Kinh tế'], publishedTime: '2024-01-05', progress: 0.2 }),
  entry('b', { title: 'apple', savedAt: 2, readState: 'read', progress: 1, highlightCount: 2, tags: ['work', 'kinh te'] }),
  entry('c', { title: 'Banana', savedAt: 1, siteName: 'VnE', publishedTime: 'not a date', progress: 0.5 }),
  entry('d', { title: 'Đà Nẵng', savedAt: 4, publishedTime: '2024-03-01T10:00:00+07:00' }),
];
const ids = (l: readonly ListEntry[]) => l.map((e) => e.id);

describe('library list view', () => {
  it('sorts by saved, title (Vietnamese collation), published (unknown last) and progress', () => {
    expect(ids(viewEntries(list, null, NO_FILTERS, 'saved'))).toEqual(['d', 'a', 'b', 'c']);
    expect(ids(viewEntries(list, null, NO_FILTERS, 'title', 'vi'))).toEqual(['b', 'c', 'd', 'a']);
    expect(ids(viewEntries(list, null, NO_FILTERS, 'published'))).toEqual(['d', 'a', 'b', 'c']);
    expect(ids(viewEntries(list, null, NO_FILTERS, 'progress'))).toEqual(['b', 'c', 'a', 'd']);
    expect(ids(viewEntries(list, null, NO_FILTERS, 'relevance'))).toEqual(['d', 'a', 'b', 'c']);
  });

  it('keeps search order for relevance, and only matches', () => {
    expect(ids(viewEntries(list, ['c', 'a', 'gone'], NO_FILTERS, 'relevance'))).toEqual(['c', 'a']);
    expect(ids(viewEntries(list, ['c', 'a'], NO_FILTERS, 'saved'))).toEqual(['a', 'c']);
  });

  it('lists search hits in any order exactly as sorting only the hits would (the whole list is sorted once)', () => {
    const entries = fc.uniqueArray(fc.record({
      id: fc.string({ minLength: 1, maxLength: 3 }), title: fc.constantFrom('a', 'B', 'Đà', 'da', 'ủy', ''),
      savedAt: fc.integer({ min: 0, max: 3 }), progress: fc.constantFrom(0, 0.5, 1),
      publishedTime: fc.constantFrom(null, '2024-01-05', 'not a date', '2023-12-31T23:00:00Z'),
      readState: fc.constantFrom('read' as const, 'unread' as const),
    }), { selector: (e) => e.id, maxLength: 30 }).map((es) => es.map((e) => entry(e.id, e)));
    const sorts = fc.constantFrom('saved' as const, 'title' as const, 'published' as const, 'progress' as const);
    fc.assert(fc.property(entries, fc.array(fc.nat()), sorts, fc.boolean(), (all, picks, sort, unreadOnly) => {
      const matches = [...new Set(picks.map((p) => all[p % Math.max(1, all.length)]?.id).filter((id): id is string => !!id))];
      const filters = { ...NO_FILTERS, read: unreadOnly ? 'unread' as const : 'all' as const };
      const hits = all.filter((e) => matches.includes(e.id));
      expect(ids(viewEntries(all, matches, filters, sort, 'vi'))).toEqual(ids(viewEntries(hits, null, filters, sort, 'vi')));
    }), { numRuns: 300 });
  });

  it('filters by read state, site, tag (folded), highlights and saved date', () => {
    const f = (over: Partial<typeof NO_FILTERS>) => ids(viewEntries(list, null, { ...NO_FILTERS, ...over }, 'saved'));
    expect(f({ read: 'read' })).toEqual(['b']);
    expect(f({ read: 'unread' })).toEqual(['d', 'a', 'c']);
    expect(f({ site: 'VnE' })).toEqual(['a', 'c']);
    expect(f({ tag: 'KINH TE' })).toEqual(['a', 'b']);
    expect(f({ hasHighlights: true })).toEqual(['b']);
    expect(f({ from: 2, to: 3 })).toEqual(['a', 'b']);
    expect(matchesFilters(list[0], { ...NO_FILTERS, tag: 'work' })).toBe(false);
  });

  it('counts sites and tags (one tag under its first spelling), and suggests tags as one types', () => {
    const { sites, tags } = facets(list);
    expect(sites).toEqual([{ name: 'E', count: 2 }, { name: 'VnE', count: 2 }]);
    expect(tags).toEqual([{ name: 'Kinh tế', count: 2 }, { name: 'work', count: 1 }]);
    expect(suggestTags(tags, 'ki')).toEqual(['Kinh tế']);
    expect(suggestTags(tags, 'k')).toEqual(['Kinh tế', 'work']); // starts with, then contains
    expect(suggestTags(tags, 'or')).toEqual(['work']);
    expect(suggestTags(tags, '', ['kinh te'])).toEqual(['work']);
  });

  it('turns date inputs into day bounds', () => {
    expect(dayBound('2025-01-31', false)).toBe(new Date(2025, 0, 31).getTime());
    expect(dayBound('2025-01-31', true)).toBe(new Date(2025, 0, 31, 23, 59, 59, 999).getTime());
    expect(dayBound('', false)).toBeNull();
  });
});
