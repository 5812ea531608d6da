import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { MARKS_KEY, markOf, marksStore, validateMarks, withMark, withoutKnown } from './marks';

describe('notebook marks', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps "known" and "learn" apart, and null takes a mark away (undo)', () => {
    let marks = withMark({ known: [], learn: [] }, 'UBND', 'learn');
    expect(markOf(marks, 'UBND')).toBe('learn');
    marks = withMark(marks, 'UBND', 'known');
    expect(marks).toEqual({ known: ['UBND'], learn: [] });
    marks = withMark(marks, 'UBND', null);
    expect(markOf(marks, 'UBND')).toBeNull();
  });

  it('repairs whatever storage holds (another version, a broken synced copy)', () => {
    expect(validateMarks(undefined)).toEqual({ known: [], learn: [] });
    expect(validateMarks({ known: ['A', 'A', 3, ''], learn: ['A', 'B'] })).toEqual({ known: ['A'], learn: ['B'] });
    expect(validateMarks('nonsense')).toEqual({ known: [], learn: [] });
  });

  it('lives under one storage key, and watchers hear every change', async () => {
    const heard: unknown[] = [];
    const stop = marksStore.watch((m) => heard.push(m));
    await marksStore.write({ known: ['HĐND'], learn: ['NSNN'] });
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual([MARKS_KEY]);
    expect(await marksStore.read()).toEqual({ known: ['HĐND'], learn: ['NSNN'] });
    await expect.poll(() => heard).toEqual([{ known: ['HĐND'], learn: ['NSNN'] }]);
    stop();
  });

  it('drops the known abbreviations from a glossary, keeps the rest in order', () => {
    const entries = [{ abbr: 'UBND' }, { abbr: 'THPT' }, { abbr: 'HĐND' }];
    expect(withoutKnown(entries, { known: ['THPT'], learn: ['UBND'] }).map((e) => e.abbr)).toEqual(['UBND', 'HĐND']);
  });
});
