import { describe, expect, it } from 'vitest';
import { composeSlashCode, slashJoins } from './compose-slash.ts';
import { splitParts } from './compose.ts';
import { buildGlossary } from './index.ts';

const vi = (text: string) => buildGlossary(text, { lang: 'vi' }).map((e) => [e.abbr, e.expansion]);

describe('codes with a slash: read part by part', () => {
  it.each([
    ['CV/TW', 'Công văn - Trung ương'],
    ['NQ/TW', 'Nghị quyết - Trung ương'],
    ['CT/TU', 'Chỉ thị - Tỉnh ủy'],
    ['HD/BTCTW', 'Hướng dẫn - Ban Tổ chức Trung ương'],
    ['QĐ/UBND', 'Quyết định - Ủy ban nhân dân'],
    ['TTLT/BCA-VKSNDTC-TANDTC', 'Thông tư liên tịch - Bộ Công an - Viện kiểm sát nhân dân tối cao - Tòa án nhân dân tối cao'],
    ['VH/QĐ', 'Văn hóa - Quyết định'],
    ['VH-QĐ', 'Văn hóa - Quyết định'],
    ['BYT-QĐ', 'Bộ Y tế - Quyết định'],
    ['VHQĐ', 'Văn hóa - Quyết định'],
    ['TCQĐ', 'Tài chính - Quyết định'],
  ])('%s = %s', (abbr, expansion) => {
    expect(composeSlashCode(splitParts(abbr))).toBe(expansion);
  });

  it.each(['USD/VND', 'TT/QĐ', 'CV/XYZ', 'TW/CV', 'CV/TW/TU', 'TTLT/BCA-BCA', 'TTLT/BCA.BYT', 'QĐ', 'VHTT', 'XYQĐ', 'UBND-KT'])('not composed: %s', (abbr) => {
    expect(composeSlashCode(splitParts(abbr))).toBeNull();
  });

  it('lets the finder join only pairs the tables know', () => {
    expect(slashJoins('CV', 'TW')).toBe(true);
    expect(slashJoins('VH', 'QĐ')).toBe(true);
    expect(slashJoins('USD', 'VND')).toBe(false);
    expect(slashJoins('TW', 'CV')).toBe(false);
  });
});

describe('the finder keeps a code whole and still cuts a number', () => {
  it('joins the Party code, keeps the state code after its number and year', () => {
    const out = vi('Theo Công văn số 50-CV/TW ngày 19/2/2021 và Nghị định 15/2020/NĐ-CP của Chính phủ.');
    expect(out).toContainEqual(['CV/TW', 'Công văn - Trung ương']);
    expect(out).toContainEqual(['NĐ-CP', 'Nghị định - Chính phủ']);
  });

  it('groups the older writings of one code', () => {
    const out = vi('Quyết định số 77A/VHQĐ ngày 25/6/1976, sau đó là Quyết định số 54-VH/QĐ.');
    expect(out).toEqual([['VHQĐ', 'Văn hóa - Quyết định']]);
  });

  it('leaves a currency pair as two forms', () => {
    const out = vi('Tỷ giá USD/VND tăng mạnh trong tuần.').map((e) => e[0]);
    expect(out).toEqual(['USD', 'VND']);
  });
});
