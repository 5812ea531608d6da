import { describe, expect, it } from 'vitest';
import { goldClass, isComposedForm, predictedClass, requiredOnly, scoreByClass, Tally } from './classes.ts';
import type { ClassGold } from './classes.ts';
import { baselineCandidates, baselineGlossary } from './baseline.ts';
import { scoreGlossary } from '../glossary/score.ts';

const senses = (abbr: string) => (abbr === 'TS' || abbr === 'CP' ? 2 : abbr === 'UBND' ? 1 : 0);

describe('evaluation classes', () => {
  it('tells composed code forms from plain ones', () => {
    for (const f of ['TT-BYT', 'TH&THCS', 'TP.HCM', 'BS.CK1', 'TP HCM', 'QH13', 'QK7', 'IEPs']) expect(isComposedForm(f), f).toBe(true);
    for (const f of ['UBND', 'COVID-19', 'G20', 'U23', 'ThS', 'PhD', 'F1']) expect(isComposedForm(f), f).toBe(false);
  });

  it('classes gold entries: own class › inline › sense › composed › how', () => {
    expect(goldClass({ abbr: 'TS', expansion: 'tiến sĩ', how: 'inline' }, 'vi', senses)).toBe('inline');
    expect(goldClass({ abbr: 'TS', expansion: 'tiến sĩ', how: 'dictionary' }, 'vi', senses)).toBe('sense');
    expect(goldClass({ abbr: 'QĐ-UBND', expansion: 'x', how: 'dictionary' }, 'vi', senses)).toBe('composed');
    expect(goldClass({ abbr: 'KCN', expansion: 'khu công nghiệp', how: 'inferred' }, 'vi', senses)).toBe('inferred');
    expect(goldClass({ abbr: 'UBND', expansion: 'Ủy ban nhân dân' }, 'vi', senses)).toBe('dictionary');
    expect(goldClass({ abbr: 'UBND', expansion: 'x', class: 'composed' }, 'vi', senses)).toBe('composed');
    expect(predictedClass({ abbr: 'CP', expansion: 'Chính phủ', source: 'dictionary' }, 'vi', senses)).toBe('sense');
    expect(predictedClass({ abbr: 'AB', expansion: 'x', source: 'article' }, 'vi', senses)).toBe('inline');
  });

  it('gives the same totals as scoreGlossary, split by class', () => {
    const gold: ClassGold = { lang: 'vi', required: [
      { abbr: 'UBND', expansion: 'Ủy ban nhân dân', how: 'dictionary' },
      { abbr: 'TS', expansion: 'thí sinh', how: 'dictionary' },
      { abbr: 'NQ-HĐND', expansion: 'Nghị quyết - Hội đồng nhân dân', how: 'dictionary' },
      { abbr: 'AI', expansion: 'trí tuệ nhân tạo', how: 'inline' },
    ], optional: ['BTH'], forbidden: ['XX'] };
    const entries = [
      { abbr: 'UBND', expansion: 'Uỷ ban Nhân dân', source: 'dictionary' },
      { abbr: 'TS', expansion: 'tiến sĩ', source: 'dictionary' },
      { abbr: 'XX', expansion: null, source: 'unknown' },
      { abbr: 'BTH', expansion: 'Ban Tổng hợp', source: 'dictionary' },
      { abbr: 'CLB', expansion: 'câu lạc bộ', source: 'inferred' },
      { abbr: 'AI', expansion: 'trí tuệ nhân tạo', source: 'article' },
    ];
    const s = scoreByClass(gold, entries, senses);
    const plain = scoreGlossary(gold, entries);
    expect([s.tp, s.fp, s.fn]).toEqual([plain.tp, plain.fp, plain.fn]);
    expect(s.byClass.sense).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.byClass.composed).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(s.byClass.inline).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.byClass.inferred).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(s.byClass.dictionary).toEqual({ tp: 1, fp: 1, fn: 0 });
    const t = new Tally();
    t.add(s); t.add(s);
    expect(t.total).toEqual({ tp: 4, fp: 6, fn: 4 });
    expect(requiredOnly(gold, entries).map((e) => e.abbr)).toEqual(['UBND', 'TS', 'AI']);
  });
});

describe('plain baseline', () => {
  it('takes capitalised tokens, a strict inline definition, else the first dictionary sense', () => {
    expect(baselineCandidates('UBND tỉnh, văn bản 15/2020/NĐ-CP, năm XX, ông Hà, ThS Lan, TP.HCM.')).toEqual(['UBND', 'NĐ-CP', 'ThS', 'TP.HCM']);
    const out = baselineGlossary('Khu công nghiệp (KCN) gần UBND và ABC.', (k) => (k === 'UBND' ? 'Ủy ban nhân dân' : k === 'KCN' ? 'sai' : undefined));
    expect(out).toEqual([
      { abbr: 'KCN', expansion: 'Khu công nghiệp', source: 'article' },
      { abbr: 'UBND', expansion: 'Ủy ban nhân dân', source: 'dictionary' },
      { abbr: 'ABC', expansion: null, source: 'unknown' },
    ]);
  });
});
