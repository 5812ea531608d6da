import { describe, expect, it } from 'vitest';
import { applyRemovals, findDefinitions, letterUnits, unitsMatchWords } from './definitions.ts';

const words = (s: string) => s.split(' ').map((w) => ({ folded: w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').toLowerCase(), dash: w === '-' }));

describe('strict inline definitions (silver set, baseline)', () => {
  it('splits letter units, folding Đ and keeping a capital with its lower-case letters', () => {
    expect(letterUnits('HĐND')).toEqual(['h', 'd', 'n', 'd']);
    expect(letterUnits('ThS')).toEqual(['th', 's']);
    expect(letterUnits('NN&PTNT')).toEqual(['n', 'n', '&', 'p', 't', 'n', 't']);
    expect(letterUnits('GD-ĐT')).toEqual(['g', 'd', 'd', 't']);
    expect(letterUnits('COVID-19')).toBeNull();
    expect(letterUnits('A')).toBeNull();
    expect(letterUnits('Hà')).toBeNull();
  });

  it('matches units to word initials, skipping dashes and inner linking words only', () => {
    expect(unitsMatchWords(['k', 't', 'x', 'h'], words('kinh tế - xã hội'))).toBe(true);
    expect(unitsMatchWords(['n', 'n', 'p', 't', 'n', 't'], words('Nông nghiệp và Phát triển nông thôn'))).toBe(true);
    expect(unitsMatchWords(['n', 'n', '&', 'p', 't', 'n', 't'], words('Nông nghiệp và Phát triển nông thôn'))).toBe(true);
    expect(unitsMatchWords(['u', 'b'], words('Ủy ban nhân dân'))).toBe(false);
    expect(unitsMatchWords(['t', 'h'], words('và thành hội'))).toBe(false);
  });

  it('finds "long form (SF)" with the shortest matching span, and "SF (long form)"', () => {
    const text = 'Sáng nay, Hội đồng nhân dân (HĐND) tỉnh họp. Tổ chức WHO (World Health Organization) cảnh báo.';
    const defs = findDefinitions(text);
    expect(defs.map((d) => [d.abbr, d.expansion, d.order])).toEqual([
      ['HĐND', 'Hội đồng nhân dân', 'long-first'],
      ['WHO', 'World Health Organization', 'short-first'],
    ]);
    expect(text.slice(defs[0].start, defs[0].end)).toBe('Hội đồng nhân dân (HĐND)');
    expect(text.slice(defs[1].start, defs[1].end)).toBe('WHO (World Health Organization)');
  });

  it('does not take what is not a definition', () => {
    expect(findDefinitions('Ông Nguyễn Văn A (SN 1980) và trẻ em (ảnh) tại TP (cũ).')).toEqual([]);
    expect(findDefinitions('trí tuệ nhân tạo (AI) và Bộ Y tế (BYT).').map((d) => d.abbr)).toEqual(['BYT']);
    // a long form does not reach over a sentence break
    expect(findDefinitions('Ban hành. Nghị quyết (BN)')).toEqual([]);
  });

  it('applies removals in any order and refuses overlapping ones', () => {
    const t = 'a Hội đồng (HĐ) b X (Y)';
    const first = { start: 2, end: t.indexOf(' b'), replacement: 'HĐ' };
    const second = { start: t.indexOf('X'), end: t.length, replacement: 'X' };
    expect(applyRemovals(t, [second, first])).toBe('a HĐ b X');
    expect(() => applyRemovals('abcdef', [{ start: 0, end: 3, replacement: '' }, { start: 2, end: 4, replacement: '' }])).toThrow();
  });
});
