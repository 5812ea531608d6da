import { describe, expect, it } from 'vitest';
import { withPage } from './support.ts';
import { cleanByline, cleanTitle } from '../../utils/extract/metadata.ts';
import { detectLanguageFromText, pageLanguage } from '../../utils/extract/language.ts';
import { aggregate, shingleOverlap, shingleRecall, tokenize } from '../../utils/extract/score.ts';

const page = (h1: string) => `<html><head><title>x</title></head><body><h1>${h1}</h1></body></html>`;

describe('title without the site name', () => {
  it.each([
    ['Giá xăng giảm mạnh từ chiều nay - VnExpress', 'VnExpress', 'vnexpress.net', '', 'Giá xăng giảm mạnh từ chiều nay'],
    ['Thành phố Thanh Hóa đưa nghị quyết vào cuộc sống | Infonet', null, 'infonet.vietnamnet.vn', '', 'Thành phố Thanh Hóa đưa nghị quyết vào cuộc sống'],
    ['Tuổi Trẻ Online | Thanh tra vụ chặt cây xanh', 'Tuổi Trẻ Online', 'tuoitre.vn', '', 'Thanh tra vụ chặt cây xanh'],
    ['Fed holds rates steady - Chính trị - Xã hội - Harbor News', 'Harbor News', 'example.com', 'Fed holds rates steady', 'Fed holds rates steady'],
    ['Friday Facts #282 - 0.17 in sight', 'Factorio', 'factorio.com', '', 'Friday Facts #282 - 0.17 in sight'],
  ])('%s', async (title, site, host, h1, want) => {
    const got = await withPage(page(h1), `https://${host}/a`, (doc) => cleanTitle(title, doc, site, host));
    expect(got).toBe(want);
  });
});

describe('byline', () => {
  it.each([
    ['By Dana Whitfield', null, 'Dana Whitfield'],
    ['20/11/2023 10:05', 'Thanh Trúc', 'Thanh Trúc'],
    ['Theo VnExpress', 'Minh Anh', 'Minh Anh'],
    ['Theo VnExpress', null, null],
    [null, 'Thanh Trúc', 'Thanh Trúc'],
  ])('%s / meta %s → %s', (found, meta, want) => expect(cleanByline(found, meta)).toBe(want));
});

describe('language', () => {
  it('recognises Vietnamese without a lang attribute', async () => {
    const text = 'Ủy ban nhân dân tỉnh đã phê duyệt chủ trương đầu tư 37 trường học mới giai đoạn 2024 - 2026.';
    expect(detectLanguageFromText(text)).toBe('vi');
    expect(await withPage('<html><body><p>x</p></body></html>', 'https://e.invalid/', (doc) => pageLanguage(doc, text))).toBe('vi');
  });
  it('keeps a declared language for English text', async () => {
    expect(await withPage('<html lang="en-GB"><body></body></html>', 'https://e.invalid/', (doc) => pageLanguage(doc, 'The council met on Tuesday to approve the budget.'))).toBe('en');
  });
});

describe('benchmark scoring', () => {
  it('tokenises Unicode words', () => expect(tokenize('Ủy ban, nhân_dân 2024!')).toEqual(['Ủy', 'ban', 'nhân_dân', '2024']));
  it('normalises per page', () => {
    const o = shingleOverlap('a b c d e', 'a b c d e f g');
    expect(o.tp + o.fp + o.fn).toBeCloseTo(1);
    expect(o.tp).toBeCloseTo(2 / 4);
    expect(o.fp).toBeCloseTo(2 / 4);
  });
  it('treats a short text as one shingle and scores means', () => {
    expect(shingleRecall('a b', 'a b')).toBe(1);
    const s = aggregate([{ tp: 1, fp: 0, fn: 0 }, { tp: 0.5, fp: 0.5, fn: 0 }]);
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(1);
  });
});
