import { describe, expect, it } from 'vitest';
import { composeAbbr, composeDocumentCode, composeDottedNumbered, composeNumberedBody, composeSchoolLevels, composeTitleChain, splitParts } from './compose.ts';
import { loadDictionary } from './dictionary.ts';
import { buildGlossary } from './index.ts';

const dict = loadDictionary();
const vi = (text: string) => buildGlossary(text, { lang: 'vi' });
const entry = (text: string, abbr: string) => vi(text).find((e) => e.abbr === abbr);

describe('splitting a written form', () => {
  it.each([
    ['TTLT-BYT-BTC', [['TTLT', ''], ['BYT', '-'], ['BTC', '-']]],
    ['PGS.TS.BS', [['PGS', ''], ['TS', '.'], ['BS', '.']]],
    ['TH&THCS', [['TH', ''], ['THCS', '&']]],
    ['TP. HCM', [['TP', ''], ['HCM', '.']]],
    ['TP HCM', [['TP', ''], ['HCM', ' ']]],
    ['ThS.BS', [['THS', ''], ['BS', '.']]],
  ])('%s', (abbr, parts) => {
    expect(splitParts(abbr).map((p) => [p.key, p.joiner])).toEqual(parts);
  });
});

describe('document codes: type - issuer', () => {
  it.each([
    ['TT-BYT', 'Thông tư - Bộ Y tế'],
    ['TT-BGDĐT', 'Thông tư - Bộ Giáo dục và Đào tạo'],
    ['QĐ-UBND', 'Quyết định - Ủy ban nhân dân'],
    ['NQ-HĐND', 'Nghị quyết - Hội đồng nhân dân'],
    ['NĐ-CP', 'Nghị định - Chính phủ'],
    ['QĐ-TTg', 'Quyết định - Thủ tướng Chính phủ'],
    ['CV-UBND', 'Công văn - Ủy ban nhân dân'],
    ['CT-TTg', 'Chỉ thị - Thủ tướng Chính phủ'],
    ['TTLT-BYT-BTC', 'Thông tư liên tịch - Bộ Y tế - Bộ Tài chính'],
    ['KH-UBND', 'Kế hoạch - Ủy ban nhân dân'],
    ['QĐ-SYT', 'Quyết định - Sở Y tế'],
    ['TT-BLĐTBXH', 'Thông tư - Bộ Lao động - Thương binh và Xã hội'],
    ['TT-NHNN', 'Thông tư - Ngân hàng Nhà nước'],
    ['QĐ-BCA', 'Quyết định - Bộ Công an'],
  ])('%s = %s', (abbr, expansion) => {
    expect(composeDocumentCode(splitParts(abbr))).toBe(expansion);
  });

  it.each([
    'KT-XH', // not a document type
    'TT-XH', // not an issuer
    'UBND-KT', // issuer first: a department's dispatch number, not a type
    'QĐ.UBND', // a code is joined by hyphens
    'TT-SCA', // there is no Sở Công an
    'TT-BYT-BYT', // the same issuer twice
    'TT', // one part
  ])('not a document code: %s', (abbr) => {
    expect(composeDocumentCode(splitParts(abbr))).toBeNull();
  });

  it('outranks a dictionary entry written another way, in the glossary', () => {
    expect(entry('Theo Thông tư 12/2023/TT-BYT, các bệnh viện phải báo cáo.', 'TT-BYT'))
      .toMatchObject({ expansion: 'Thông tư - Bộ Y tế', source: 'dictionary' });
    expect(entry('Thiếu TTBYT ở tuyến huyện.', 'TTBYT')?.expansion).toBe('trang thiết bị y tế');
  });
});

describe('numbered bodies', () => {
  it.each([
    ['QH13', 'Quốc hội khóa XIII'],
    ['QH15', 'Quốc hội khóa XV'],
    ['QH9', 'Quốc hội khóa IX'],
    ['QK7', 'Quân khu 7'],
    ['QK1', 'Quân khu 1'],
  ])('%s = %s', (abbr, expansion) => {
    expect(composeNumberedBody(abbr)?.expansion).toBe(expansion);
  });

  it.each(['QH0', 'QH07', 'QH99', 'QK10', 'QĐ2', 'F304', 'QH', 'Qh13', 'AB12'])('not composed: %s', (abbr) => {
    expect(composeNumberedBody(abbr)).toBeNull();
  });

  it('in the glossary, after a document number', () => {
    expect(entry('Luật Đất đai số 45/2013/QH13 có hiệu lực.', 'QH13')).toMatchObject({ expansion: 'Quốc hội khóa XIII', source: 'dictionary' });
  });
});

describe('numbered districts and wards, written with a dot', () => {
  it.each([['Q.1', 'Quận 1'], ['Q.12', 'Quận 12'], ['P.5', 'Phường 5'], ['P.15', 'Phường 15']])('%s = %s', (abbr, expansion) => {
    expect(composeDottedNumbered(splitParts(abbr), abbr)?.expansion).toBe(expansion);
  });

  it.each(['Q1', 'Q.13', 'Q.0', 'Q.01', 'P.28', 'q.2', 'Q.A', 'Q. 1', 'X.5', 'Q.1.2'])('not composed: %s', (abbr) => {
    expect(composeDottedNumbered(splitParts(abbr), abbr)).toBeNull();
  });

  it('in the glossary, in an address', () => {
    const text = 'Nhà hàng ở số 1 Huyền Trân Công Chúa, Q.1, TP.HCM. Quán thứ hai ở P.5, Q.3.';
    expect(entry(text, 'Q.1')).toMatchObject({ expansion: 'Quận 1', source: 'dictionary' });
    expect(entry(text, 'P.5')?.expansion).toBe('Phường 5');
    expect(entry('Doanh thu Q1 tăng mạnh.', 'Q1')?.expansion ?? null).toBeNull(); // a quarter, not a district
  });
});

describe('titles and degrees', () => {
  it.each([
    ['BS.CK1', 'Bác sĩ chuyên khoa I'],
    ['BS.CKII', 'Bác sĩ chuyên khoa II'],
    ['BSCK2', 'Bác sĩ chuyên khoa II'],
    ['DS.CKI', 'Dược sĩ chuyên khoa I'],
    ['ThS.BS', 'Thạc sĩ, Bác sĩ'],
    ['PGS.TS.BS', 'Phó Giáo sư, Tiến sĩ, Bác sĩ'],
    ['TS.BS', 'Tiến sĩ, Bác sĩ'],
    ['ThS.BS.CKII', 'Thạc sĩ, Bác sĩ chuyên khoa II'],
    ['GS.TSKH', 'Giáo sư, Tiến sĩ khoa học'],
    ['TS.LS', 'Tiến sĩ, Luật sư'],
    ['NGƯT.PGS.TS', 'Nhà giáo Ưu tú, Phó Giáo sư, Tiến sĩ'],
  ])('%s = %s', (abbr, expansion) => {
    expect(composeTitleChain(splitParts(abbr))).toBe(expansion);
  });

  it.each([
    'CK1.BS', // a grade before its title
    'TS.CK1', // a grade of a title that has none
    'BS.CK1.CK2', // two grades
    'TS.TS', // the same title twice
    'TS.CN', // CN is not only cử nhân
    'PGS-TS', // a chain is joined by dots
    'TSCK1', // unjoined, not a graded title
    'TS', // one title is the dictionary's business
  ])('not a chain: %s', (abbr) => {
    expect(composeTitleChain(splitParts(abbr))).toBeNull();
  });

  it('in the glossary', () => {
    expect(entry('PGS.TS.BS Trần Văn C, Giám đốc bệnh viện, cho biết.', 'PGS.TS.BS'))
      .toMatchObject({ expansion: 'Phó Giáo sư, Tiến sĩ, Bác sĩ', source: 'dictionary' });
    expect(entry('BS.CK1 Nguyễn Văn A khám cho bệnh nhân.', 'BS.CK1')).toMatchObject({ expansion: 'Bác sĩ chuyên khoa I' });
  });
});

describe('forms joined with & - . or a space', () => {
  it.each([
    ['TH&THCS', 'Tiểu học và Trung học cơ sở'],
    ['THCS&THPT', 'Trung học cơ sở và Trung học phổ thông'],
    ['MN&TH', 'Mầm non và Tiểu học'],
    ['THCS-THPT', 'Trung học cơ sở - Trung học phổ thông'],
  ])('school levels %s = %s', (abbr, expansion) => {
    expect(composeSchoolLevels(splitParts(abbr))).toBe(expansion);
  });

  it.each(['TH&TH', 'TH&KT', 'TH.THCS', 'THCS&THPT-GDTX'])('not school levels: %s', (abbr) => {
    expect(composeSchoolLevels(splitParts(abbr))).toBeNull();
  });

  it('joins parts the dictionary knows with one meaning, and only those', () => {
    expect(composeAbbr('BHXH-BHYT', dict, 'vi')?.expansion).toBe('bảo hiểm xã hội - bảo hiểm y tế');
    expect(composeAbbr('HĐND&UBND', dict, 'vi')?.expansion).toBe('Hội đồng nhân dân và Ủy ban nhân dân');
    expect(composeAbbr('TP-TT', dict, 'vi')).toBeNull(); // TP and TT both have several meanings
    expect(composeAbbr('TH&THCS', dict, 'en')).toBeNull(); // Vietnamese families only in Vietnamese text
  });

  it.each([
    ['Học sinh ở TP HCM và TP. HCM tựu trường.', 'TP HCM', 'Thành phố Hồ Chí Minh', 2],
    ['PGS TS Nguyễn Văn A phát biểu.', 'PGS TS', 'Phó Giáo sư, Tiến sĩ', 1],
  ])('a space or ". " joins two forms the dictionary writes joined: %s', (text, abbr, expansion, count) => {
    expect(entry(text, abbr)).toMatchObject({ expansion, count });
  });

  it('keeps apart forms the dictionary does not write together', () => {
    expect(vi('UBND TP Hà Nội và HĐND TP họp.').map((e) => e.abbr)).toEqual(['UBND', 'TP', 'HĐND']);
  });
});

describe('English plurals', () => {
  it('read the singular in the dictionary and in definitions', () => {
    const e = buildGlossary('Schools wrote individualized education programs (IEPs) for them. The IEPs were late. Many NGOs agreed.', { lang: 'en' });
    expect(e.find((x) => x.abbr === 'IEP')).toMatchObject({ expansion: 'individualized education programs', source: 'article', count: 2 });
    expect(e.find((x) => x.abbr === 'NGO')?.expansion).toBe('non-governmental organization');
  });
});
