import { describe, expect, it } from 'vitest';
import {
  addToSearchIndex, buildSearchIndex, loadSearchIndex, normalizeForSearch, removeFromSearchIndex, search,
  serializeSearchIndex, toSearchDoc, type SearchDoc,
} from './search';

const docs: SearchDoc[] = [
  { id: 'a', title: 'Ủy ban nhân dân TP.HCM họp báo', textContent: 'Chủ tịch Ủy ban nhân dân thành phố phát biểu về ngân sách.', siteName: 'VnExpress' },
  { id: 'b', title: 'Đà Nẵng đón khách quốc tế', textContent: 'Du lịch Đà Nẵng tăng trưởng mạnh, ủy ban tỉnh cho biết.', siteName: 'Tuổi Trẻ' },
  { id: 'c', title: 'Central bank raises interest rates', textContent: 'The central bank said inflation remains high.', siteName: 'Reuters' },
  { id: 'd', title: 'Weather report', textContent: 'Rain expected across the country. Inflation not mentioned by the bank.', siteName: null },
];

describe('library search', () => {
  const index = buildSearchIndex(docs);

  it('normalises Vietnamese', () => {
    expect(normalizeForSearch('Ủy ban nhân dân Đà Nẵng')).toBe('uy ban nhan dan da nang');
  });

  it('finds diacritic text from an unaccented query, and vice versa', () => {
    expect(search(index, 'uy ban nhan dan')[0]).toBe('a');
    expect(search(index, 'da nang')).toEqual(['b']);
    expect(search(index, 'ĐÀ NẴNG')).toEqual(['b']);
  });

  it('ranks title matches first', () => {
    expect(search(index, 'bank')).toEqual(['c', 'd']);
    expect(search(index, 'central bank')).toEqual(['c']);
    expect(search(index, 'inflation')).toEqual(expect.arrayContaining(['c', 'd']));
  });

  it('supports prefixes and small typos', () => {
    expect(search(index, 'infla')).toEqual(expect.arrayContaining(['c', 'd']));
    expect(search(index, 'inflaton')).toEqual(expect.arrayContaining(['c', 'd']));
    expect(search(index, 'reuter')).toEqual(['c']);
    expect(search(index, 'xyzzy')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
  });

  it('falls back to OR when no document has every word', () => {
    expect(search(index, 'weather zzzunknown')).toEqual(['d']);
  });

  it('adds, replaces and removes incrementally', () => {
    const idx = buildSearchIndex(docs);
    addToSearchIndex(idx, { id: 'e', title: 'Hội đồng nhân dân', textContent: 'HĐND họp', siteName: null });
    expect(search(idx, 'hoi dong')).toEqual(['e']);
    addToSearchIndex(idx, { id: 'e', title: 'Quốc hội', textContent: 'kỳ họp', siteName: null });
    expect(search(idx, 'hdnd')).toEqual([]);
    expect(search(idx, 'quoc hoi')).toEqual(['e']);
    removeFromSearchIndex(idx, 'e');
    removeFromSearchIndex(idx, 'missing');
    expect(search(idx, 'quoc hoi')).not.toContain('e');
    expect(idx.documentCount).toBe(docs.length);
  });

  it('round-trips through JSON', () => {
    const loaded = loadSearchIndex(serializeSearchIndex(index));
    expect(search(loaded, 'uy ban')).toEqual(search(index, 'uy ban'));
  });

  it('finds an article by its tags, its note and its highlights (text and notes), without diacritics', () => {
    const annotated = buildSearchIndex([...docs, toSearchDoc({
      id: 'e', title: 'Plain title', textContent: 'Nothing here.', siteName: null, tags: ['Kinh tế'], notes: 'đọc lại tuần sau',
      highlights: [{ quote: { exact: 'lãi suất điều hành' }, note: 'quan trọng cho báo cáo' }],
    })]);
    expect(search(annotated, 'kinh te')).toEqual(['e']);
    expect(search(annotated, 'doc lai')).toEqual(['e']);
    expect(search(annotated, 'lai suat dieu hanh')).toEqual(['e']);
    expect(search(annotated, 'bao cao')).toEqual(['e']);
  });
});
