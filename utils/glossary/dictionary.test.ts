import { describe, expect, it } from 'vitest';
import { dictionaryLines, loadDictionary } from './dictionary.ts';
import { foldPhrase, letterUnits, abbrKey } from './normalize.ts';
import { matchBackward, schwartzHearst } from './inline.ts';
import { buildGlossary } from './index.ts';

const lines = dictionaryLines();

/** Vietnamese: one syllable per letter (connectors like "và" skipped). */
function viInitialsMatch(key: string, expansion: string): boolean {
  const words = foldPhrase(expansion).split(' ').filter(Boolean);
  return matchBackward(words, letterUnits(key), words.length - 1, 0) === 0;
}

describe('built-in dictionary', () => {
  it('has at least 400 Vietnamese and 300 English entries', () => {
    const vi = lines.filter((l) => l.file === 'vi').length;
    const en = lines.filter((l) => l.file === 'en').length;
    expect(vi).toBeGreaterThanOrEqual(400);
    expect(en).toBeGreaterThanOrEqual(300);
  });

  it('parses every line into a non-empty sense with a domain', () => {
    for (const { line, senses } of lines) {
      expect(senses.length, line).toBeGreaterThan(0);
      for (const s of senses) {
        expect(s.expansion.trim(), line).not.toBe('');
        expect(s.domain, line).not.toBe('general');
        expect(abbrKey(s.written), line).not.toBe('');
      }
    }
  });

  it('shows a meaning that does not hold the key itself ("hãng thông tấn AFP" describes AFP, it does not expand it)', () => {
    const holding = lines.flatMap((l) => l.senses)
      .filter((s) => foldPhrase(s.expansion).split(' ').includes(foldPhrase(s.written)))
      .map((s) => `${s.written}: ${s.expansion}`);
    expect(holding).toEqual([]);
  });

  it('has no duplicate entries (same key, same meaning)', () => {
    const seen = new Set<string>();
    for (const { senses } of lines) {
      for (const s of senses) {
        const id = `${s.lang}|${abbrKey(s.written)}|${s.forms[0]}`;
        expect(seen.has(id), id).toBe(false);
        seen.add(id);
      }
    }
  });

  it('spells each key with the initials of its expansion, unless marked as an exception', () => {
    const bad: string[] = [];
    for (const { line, senses } of lines) {
      for (const s of senses) {
        if (s.exception || (s.lang === 'vi' && s.intl)) continue;
        const ok = s.lang === 'vi' ? viInitialsMatch(s.written, s.expansion) : schwartzHearst(abbrKey(s.written), s.expansion) !== null;
        if (!ok) bad.push(line);
      }
    }
    expect(bad).toEqual([]);
  });

  it('marks ambiguous keys with cues so that context can decide', () => {
    for (const [key, senses] of loadDictionary().byKey) {
      for (const lang of ['vi', 'en'] as const) {
        const own = senses.filter((s) => s.lang === lang);
        const meanings = new Set(own.map((s) => s.forms[0]));
        if (meanings.size > 1) expect(own.filter((s) => s.cues.length === 0 && !s.isDefault), `${lang} ${key}`).toEqual([]);
        expect(own.filter((s) => s.isDefault).length, `${lang} ${key}`).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('foreign media in Vietnamese text', () => {
  const vi = (text: string, abbr: string) => buildGlossary(text, { lang: 'vi' }).find((e) => e.abbr === abbr)?.expansion ?? null;
  it('names an outlet by its own name (it is not translated)', () => {
    expect(vi('Theo NYT, cuộc gặp diễn ra tối 11/5. NYT dẫn lời các phụ tá.', 'NYT')).toBe('The New York Times');
    expect(vi('Kênh ESPN phát sóng trận đấu.', 'ESPN')).toBe('Entertainment and Sports Programming Network');
  });
  it('leaves CBS to the article: in Vietnamese press it is as often a brake system as the broadcaster', () => {
    expect(vi('Xe trang bị phanh CBS giúp an toàn hơn.', 'CBS')).not.toBe('Columbia Broadcasting System');
  });
});
