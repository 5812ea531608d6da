/**
 * The text helpers were rewritten for speed (regexes that match only what changes, counting
 * without arrays); each must still give exactly what its plain definition gives.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solidLength, textOf } from '../../utils/extract/dom.ts';
import { countWords } from '../../utils/extract/text-stats.ts';

const unit = fc.constantFrom('a', 'b', 'é', 'ệ', ' ', '  ', '\n', '\t', '\r', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b');
const text = fc.string({ unit, maxLength: 60 });

describe('text helpers equal their plain definitions', () => {
  it('textOf collapses every run of whitespace to one space and trims', () => {
    fc.assert(fc.property(text, (s) => {
      expect(textOf({ textContent: s } as Node)).toBe(s.replace(/\s+/g, ' ').trim());
    }), { numRuns: 3000 });
  });

  it('countWords counts whitespace-separated tokens', () => {
    fc.assert(fc.property(text, (s) => {
      expect(countWords(s)).toBe((s.match(/\S+/g) ?? []).length);
    }), { numRuns: 3000 });
  });

  it('solidLength counts what is not whitespace, and is never more than textOf', () => {
    fc.assert(fc.property(text, (s) => {
      expect(solidLength(s)).toBe([...s].filter((c) => !/\s/.test(c)).length);
      expect(solidLength(s)).toBeLessThanOrEqual(textOf({ textContent: s } as Node).length);
    }), { numRuns: 3000 });
  });
});
