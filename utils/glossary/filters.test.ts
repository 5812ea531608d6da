import { describe, expect, it } from 'vitest';
import { isNameInCaps } from './filters.ts';
import { buildGlossary } from './index.ts';

describe('names in capitals', () => {
  it.each(['NORODOM', 'SIHANOUK', 'PARIS', 'MADONNA'])('%s reads as a name', (s) => {
    expect(isNameInCaps(s)).toBe(true);
  });

  it.each(['UNCLOS', 'HĐND', 'NASA', 'ABC', 'XKQZ', 'COVID19', 'Norodom', 'TPHCM', 'BCHTW'])('%s does not', (s) => {
    expect(isNameInCaps(s)).toBe(false);
  });

  it('drops an unexplained name but keeps an unknown acronym and a defined word-like one', () => {
    const text = 'Dinh NORODOM được xây năm 1868. Quỹ XKQZ tài trợ. Tổ chức Bộ trưởng Giáo dục Đông Nam Á (SEAMEO) họp.';
    const out = buildGlossary(text, { lang: 'vi' }).map((e) => e.abbr);
    expect(out).not.toContain('NORODOM');
    expect(out).toContain('XKQZ');
    expect(out).toContain('SEAMEO');
  });
});

describe('a lone word in capitals no dictionary knows', () => {
  const abbrs = (text: string) => buildGlossary(text, { lang: 'vi' }).map((e) => [e.abbr, e.expansion]);

  it('is not listed when the article does not spell it out (an emphasis)', () => {
    expect(abbrs('Trận đấu ấy THẬT sự khó quên với người hâm mộ.')).toEqual([]);
  });

  it('is explained when the article writes its long form in capitals', () => {
    // two letters: the capitalised run must recur (inferred-choose.ts)
    const text = 'Hãng British Airways hủy nhiều chuyến bay. Khách của British Airways chờ lâu. Hãng BA đã xin lỗi.';
    expect(abbrs(text)).toContainEqual(['BA', 'British Airways']);
  });
});
