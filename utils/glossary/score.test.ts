import { describe, expect, it } from 'vitest';
import { checkSources, normalizeAbbr, normalizeExpansion, prf, scoreGlossary } from './score.ts';
import type { Gold } from './score.ts';

describe('scoring rule', () => {
  it('normalises expansions and abbreviations', () => {
    expect(normalizeExpansion('Uỷ ban nhân dân', 'vi')).toBe(normalizeExpansion('Ủy ban Nhân dân', 'vi'));
    expect(normalizeExpansion('kinh tế – xã hội', 'vi')).toBe('kinh te xa hoi');
    expect(normalizeExpansion('Giáo dục & Đào tạo', 'vi')).toBe('giao duc va dao tao');
    expect(normalizeExpansion('The World Health Organization', 'en')).toBe('world health organization');
    expect(normalizeAbbr('U.S.')).toBe(normalizeAbbr('US'));
    expect(normalizeAbbr('NGOs')).toBe('NGO');
    expect(normalizeAbbr('GD&ĐT')).toBe('GD&ĐT');
  });

  it('counts TP, FP (wrong meaning twice, forbidden always) and FN', () => {
    const gold = {
      lang: 'vi',
      required: [
        { abbr: 'UBND', expansion: 'Ủy ban nhân dân' },
        { abbr: 'TP', expansion: 'thành phố' },
        { abbr: 'ĐH', expansion: 'đại học', notes: 'also «Đại hội» here' },
        { abbr: 'GD-ĐT', expansion: 'giáo dục và đào tạo', also: ['giáo dục - đào tạo'] },
      ],
      optional: ['BTH'],
      forbidden: ['XX'],
    };
    const s = scoreGlossary(gold, [
      { abbr: 'UBND', expansion: 'Uỷ ban Nhân dân' },
      { abbr: 'TP', expansion: 'Thủ tướng' },
      { abbr: 'ĐH', expansion: 'Đại hội' },
      { abbr: 'GD-ĐT', expansion: 'Giáo dục - Đào tạo' },
      { abbr: 'BTH', expansion: 'Ban Tổng hợp' },
      { abbr: 'XX', expansion: null },
      { abbr: 'CLB', expansion: 'câu lạc bộ' },
      { abbr: 'ABC', expansion: null },
    ]);
    expect(s).toMatchObject({ tp: 3, fp: 3, fn: 1 });
    expect(prf(3, 3, 1).precision).toBeCloseTo(0.5);
  });
});

describe('source check against gold how', () => {
  it('maps inline to article and counts a missing entry as a disagreement', () => {
    const gold: Gold = { lang: 'vi', required: [
      { abbr: 'UBND', expansion: 'Ủy ban nhân dân', how: 'inline' },
      { abbr: 'TP', expansion: 'thành phố', how: 'inferred' },
      { abbr: 'MTTQ', expansion: 'Mặt trận Tổ quốc', how: 'dictionary' },
      { abbr: 'BTV', expansion: 'Ban Thường vụ' },
    ] };
    const r = checkSources(gold, [
      { abbr: 'UBND', expansion: 'Ủy ban nhân dân', source: 'article' },
      { abbr: 'TP', expansion: 'thành phố', source: 'dictionary' },
      { abbr: 'BTV', expansion: 'Ban Thường vụ', source: 'inferred' },
    ]);
    expect(r).toMatchObject({ checked: 3, disagree: 2 });
    expect(r.errors).toEqual(['SOURCE TP: dictionary (gold how: inferred)', 'SOURCE MTTQ: missing (gold how: dictionary)']);
  });
});
