/**
 * Property tests for the glossary engine: on any text, in any language, `buildGlossary` never throws and
 * returns well-formed entries. Speed is measured in the bench (npm run bench), not here.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildGlossary } from '../../utils/glossary/index.ts';
import type { GlossaryEntry, GlossaryOptions } from '../../utils/glossary/index.ts';

const NUM_RUNS = 200;
const SOURCES: ReadonlySet<GlossaryEntry['source']> = new Set(['article', 'inferred', 'dictionary', 'user', 'unknown']);

function checkGlossary(text: string, options: GlossaryOptions): void {
  const entries = buildGlossary(text, options);
  expect(Array.isArray(entries)).toBe(true);
  for (const e of entries) {
    expect(typeof e.abbr).toBe('string');
    expect(e.abbr.length).toBeGreaterThan(0);
    expect(e.expansion === null || typeof e.expansion === 'string').toBe(true);
    expect(SOURCES.has(e.source)).toBe(true);
    expect(Number.isInteger(e.count)).toBe(true);
    expect(e.count).toBeGreaterThanOrEqual(1);
    if (e.firstIndex !== undefined) {
      expect(Number.isInteger(e.firstIndex)).toBe(true);
      expect(e.firstIndex).toBeGreaterThanOrEqual(0);
      expect(e.firstIndex).toBeLessThan(text.length);
    }
    if (e.variants !== undefined) for (const v of e.variants) expect(typeof v).toBe('string');
    if (e.domain !== undefined) expect(typeof e.domain).toBe('string');
  }
}

// Characters and words that drive the tokenizer, the candidate filters and the definition finders.
const CAPITALS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZĐƯƠÂĂÊÔÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ'];
const LOWER = [...'abcdefghijklmnopqrstuvwxyzđươâăêôáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ'];
const PUNCT = ['(', ')', '-', '&', '.', '/', ',', ':', ';', '"', '“', '”', '–', '—', '\u00a0', '\u200b', '\u0301', '\u0323'];
const DIGITS = [...'0123456789'];
const SPACES = [' ', ' ', '  ', '\n', '\n\n', '\t'];
const WORDS = [
  'và', 'của', 'là', 'được', 'trong', 'cho', 'với', 'Ủy ban nhân dân', 'Thành phố Hồ Chí Minh', 'Bộ Giáo dục và Đào tạo',
  'Đại học', 'Quốc gia', 'viết tắt', 'gọi tắt là', 'hay còn gọi là', 'the', 'of', 'and', 'stands for', 'known as',
  'World Health Organization', 'National Aeronautics', 'Space Administration', 'Ông', 'Bà', 'PV', 'Theo',
];
const ABBRS = [
  'UBND', 'TP.HCM', 'TP HCM', 'HĐND', 'GD&ĐT', 'GD-ĐT', 'ĐH', 'ĐHQG', 'BHXH', 'THPT', 'CSGT', 'WHO', 'NASA', 'U.S.',
  'N.V.T.', 'P.M.', 'COVID-19', 'Sở GD-ĐT', 'KH&CN', 'ĐBQH', 'TW', 'TƯ', 'ƯBND', 'ƠN', 'ÂĂÊÔ', 'HLV', 'VĐV', 'CLB', 'F1', 'B2B',
];

const char = fc.constantFrom(...CAPITALS, ...LOWER, ...PUNCT, ...DIGITS, ...SPACES);
const token = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ABBRS) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCT, ...SPACES) },
  { weight: 2, arbitrary: fc.string({ unit: char, minLength: 1, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...CAPITALS), minLength: 1, maxLength: 8 }) },
);
/** Token soup: abbreviations, words and punctuation, joined with or without spaces. */
const stressText = fc.tuple(fc.array(token, { maxLength: 80 }), fc.constantFrom(' ', '', '\n', ' (', ') ')).map(([ts, sep]) => ts.join(sep));
/** Character soup over the same alphabet. */
const charText = fc.string({ unit: char, maxLength: 300 });

const lang = fc.constantFrom('vi', 'en', 'vi-VN', 'en-US', 'fr', '');
const userDefinitions = fc.option(
  fc.dictionary(
    fc.oneof(fc.constantFrom(...ABBRS), fc.string({ unit: char, maxLength: 8 }), fc.string({ maxLength: 6 })),
    fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constant(''), fc.constant('   ')),
    { maxKeys: 6 },
  ),
  { nil: undefined },
);
const options = fc.record({ lang, userDefinitions }, { requiredKeys: ['lang'] });

describe('buildGlossary fuzz', () => {
  it('handles arbitrary binary unicode (lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), options, (text, opts) => checkGlossary(text, opts)),
      { numRuns: NUM_RUNS });
  });

  it('handles arbitrary grapheme strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), options, (text, opts) => checkGlossary(text, opts)),
      { numRuns: NUM_RUNS });
  });

  it('handles character soup of capitals, diacritics, brackets and separators', () => {
    fc.assert(fc.property(charText, options, (text, opts) => checkGlossary(text, opts)), { numRuns: NUM_RUNS });
  });

  it('handles token soup of abbreviations, definitions and Vietnamese words', () => {
    fc.assert(fc.property(stressText, options, (text, opts) => checkGlossary(text, opts)), { numRuns: NUM_RUNS });
  });

  it('handles long repetitive token soup', () => {
    const long = fc.tuple(stressText, fc.integer({ min: 2, max: 40 })).map(([t, n]) => Array.from({ length: n }, () => t).join(' '));
    fc.assert(fc.property(long, options, (text, opts) => checkGlossary(text, opts)), { numRuns: 50 });
  });

  it('user definitions for the abbreviations found win (source "user")', () => {
    fc.assert(fc.property(stressText, fc.constantFrom('vi', 'en'), (text, l) => {
      const first = buildGlossary(text, { lang: l });
      const userDefinitions = Object.fromEntries(first.map((e) => [e.abbr, `user ${e.abbr}`]));
      const entries = buildGlossary(text, { lang: l, userDefinitions });
      checkGlossary(text, { lang: l, userDefinitions });
      for (const e of entries) {
        expect(e.source).toBe('user');
        expect(typeof e.expansion).toBe('string');
      }
    }), { numRuns: 100 });
  });
});
