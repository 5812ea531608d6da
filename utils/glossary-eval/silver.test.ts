import { describe, expect, it } from 'vitest';
import { silverGold, silverRemovals } from './silver.ts';
import { applyRemovals } from './definitions.ts';
import { foldOf, fnv1a } from './folds.ts';

describe('silver items', () => {
  it('removes every definition of a form defined one way, keeping the form where it was defined', () => {
    const text = 'Bảo hiểm xã hội (BHXH) tỉnh cho biết. Ngân hàng Nhà nước (NHNN) và BHXH. Lại nói Bảo hiểm xã hội (BHXH).';
    const rs = silverRemovals(text);
    expect(rs.map((r) => r.abbr)).toEqual(['BHXH', 'NHNN', 'BHXH']);
    const item = applyRemovals(text, rs);
    expect(item).toBe('BHXH tỉnh cho biết. NHNN và BHXH. Lại nói BHXH.');
    const gold = silverGold(item, rs, 't');
    expect(gold.required).toEqual([
      { abbr: 'BHXH', expansion: 'Bảo hiểm xã hội', how: 'dictionary' },
      { abbr: 'NHNN', expansion: 'Ngân hàng Nhà nước', how: 'dictionary' },
    ]);
    expect(gold.scope).toBe('required-only');
  });

  it('leaves alone a form defined two ways, and marks a long form still written as inferred', () => {
    expect(silverRemovals('Thí sinh (TS) và Tiến sĩ (TS).')).toEqual([]);
    const text = 'Khu công nghiệp (KCN) mới. Các khu công nghiệp khác.';
    const rs = silverRemovals(text);
    expect(silverGold(applyRemovals(text, rs), rs, 't').required[0].how).toBe('inferred');
  });

  it('splits folds by a stable hash of the id', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(foldOf('magizbox/scraper:vn_news/data/1.txt')).toBe(foldOf('magizbox/scraper:vn_news/data/1.txt'));
    const folds = Array.from({ length: 400 }, (_, i) => foldOf(`id-${i}`));
    const dev = folds.filter((f) => f === 'dev').length;
    expect(dev).toBeGreaterThan(150);
    expect(dev).toBeLessThan(250);
  });
});
