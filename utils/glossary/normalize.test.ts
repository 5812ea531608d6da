import { describe, expect, it } from 'vitest';
import { fold, foldPhrase } from './normalize.ts';

describe('folding', () => {
  it('folds a long text (buffer path) exactly like the word-by-word path', () => {
    const piece = '  Ủy ban  nhân dân (UBND) TP.Hồ Chí Minh — KT-XH, GD&ĐT; ĐẠI HỘI…\n\u0301 NGOs 15/2020/NĐ-CP 😀 ';
    const long = piece.repeat(40);
    expect(long.length).toBeGreaterThan(256);
    expect(foldPhrase(long)).toBe(fold(long).split(' ').filter(Boolean).join(' '));
    expect(foldPhrase(piece)).toBe(fold(piece).split(' ').filter(Boolean).join(' '));
  });
});

describe('what may be a Vietnamese syllable', () => {
  it('no doubled a, e, i, y once folded; oo and uu are Vietnamese (xoong, hưu)', async () => {
    const { isViSyllable } = await import('./normalize.ts');
    expect(['am', 'nguoi', 'xoong', 'huu', 'khuyu'].every(isViSyllable)).toBe(true);
    expect(['aam', 'eer', 'aa', 'iin'].some(isViSyllable)).toBe(false);
  });
});
