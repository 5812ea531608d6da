import { describe, expect, it } from 'vitest';
import { parseCsv } from '../library/csv';
import { buildNotebook, domainsOf, filterNotebook, type NotebookSource } from './aggregate';
import { notebookCsv } from './csv';
import { sentenceAround } from './sentence';

const schools: NotebookSource = {
  id: 'a1', title: 'Tỉnh mở thêm ba trường THPT', url: 'https://bao.example/truong', siteName: 'Báo Mẫu', savedAt: 100,
  entries: [
    { abbr: 'THPT', expansion: 'trung học phổ thông', source: 'article', count: 3, domain: 'edu' },
    { abbr: 'UBND', expansion: 'Ủy ban nhân dân', source: 'article', count: 2, domain: 'gov' },
  ],
  sentences: { UBND: 'Theo kế hoạch UBND tỉnh vừa phê duyệt, mỗi trường có 30 phòng.', THPT: 'Ba trường THPT mới.' },
};
const health: NotebookSource = {
  id: 'a2', title: 'Trạm y tế xã', url: 'https://www.tin.example/y-te', siteName: null, savedAt: 200,
  entries: [
    { abbr: 'UBND', expansion: 'Ủy ban Nhân dân', source: 'dictionary', count: 4, domain: 'gov' },
    { abbr: 'HĐND', expansion: 'Hội đồng nhân dân', source: 'article', count: 2, domain: 'gov' },
    { abbr: 'XYZ', expansion: null, source: 'unknown', count: 1 },
  ],
  sentences: { UBND: 'UBND các huyện sẽ nhận thiết bị.' },
};

describe('notebook aggregation', () => {
  it('folds every article into one entry per abbreviation, with meanings, sources, articles and counts', () => {
    const book = buildNotebook([health, schools]);
    expect(book.map((e) => e.abbr)).toEqual(['UBND', 'THPT', 'HĐND', 'XYZ']);
    const ubnd = book[0];
    expect(ubnd.count).toBe(6);
    expect(ubnd.articles).toEqual([
      { id: 'a1', title: 'Tỉnh mở thêm ba trường THPT', site: 'Báo Mẫu', count: 2 },
      { id: 'a2', title: 'Trạm y tế xã', site: 'tin.example', count: 4 },
    ]);
    // Same meaning whatever its capitals: one meaning, both sources, both articles.
    expect(ubnd.meanings).toEqual([{ expansion: 'Ủy ban nhân dân', sources: ['article', 'dictionary'], articleIds: ['a1', 'a2'] }]);
    // The sentence of the first meeting (the older save).
    expect(ubnd.sentence).toBe('Theo kế hoạch UBND tỉnh vừa phê duyệt, mỗi trường có 30 phòng.');
    expect(book.find((e) => e.abbr === 'XYZ')!.meanings).toEqual([]);
  });

  it('filters by domain, by article and by text, and lists the domains present', () => {
    const book = buildNotebook([schools, health]);
    expect(domainsOf(book)).toEqual(['gov', 'edu']);
    expect(filterNotebook(book, { domain: 'edu' }).map((e) => e.abbr)).toEqual(['THPT']);
    expect(filterNotebook(book, { articleId: 'a2' }).map((e) => e.abbr)).toEqual(['UBND', 'HĐND', 'XYZ']);
    expect(filterNotebook(book, { query: 'hội đồng' }).map((e) => e.abbr)).toEqual(['HĐND']);
    expect(filterNotebook(book, {})).toHaveLength(4);
  });
});

describe('sentence of first use', () => {
  it('takes the sentence around the first whole-word use', () => {
    const text = 'Sáng nay, tỉnh họp. Lãnh đạo UBND tỉnh cho biết dự án xong sớm! Sau đó UBND huyện họp.';
    expect(sentenceAround(text, 'UBND')).toBe('Lãnh đạo UBND tỉnh cho biết dự án xong sớm!');
    expect(sentenceAround('Trường THPTQG và THPT mới.', 'THPT')).toBe('Trường THPTQG và THPT mới.');
    expect(sentenceAround(text, 'HĐND')).toBe('');
  });

  it('keeps a long sentence short, with the abbreviation in it', () => {
    const long = `${'chữ '.repeat(100)}UBND${' từ'.repeat(100)}.`;
    const s = sentenceAround(long, 'UBND');
    expect(s.length).toBeLessThanOrEqual(242);
    expect(s).toContain('UBND');
    expect(s.startsWith('…') && s.endsWith('…')).toBe(true);
  });
});

describe('Anki CSV', () => {
  it('writes header lines Anki reads and one quoted row per abbreviation that parses back', () => {
    const csv = notebookCsv(buildNotebook([schools, health]));
    const lines = csv.split('\r\n');
    expect(lines.slice(0, 5)).toEqual(['#separator:Comma', '#html:false', '#notetype:Basic', '#columns:Front,Back,Sentence,Articles,Tags', '#tags column:5']);
    const parsed = parseCsv(lines.slice(5).join('\n'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.records[0].fields).toEqual([
      'UBND', 'Ủy ban nhân dân', 'Theo kế hoạch UBND tỉnh vừa phê duyệt, mỗi trường có 30 phòng.',
      'Tỉnh mở thêm ba trường THPT · Trạm y tế xã', 'gloss gloss::gov',
    ]);
    expect(parsed.records).toHaveLength(4);
  });
});
