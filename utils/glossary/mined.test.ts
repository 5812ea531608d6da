import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installMined, uninstallMined, minedSenses, minedFallback, minedCrossSenses } from './mined.ts';
import type { MinedFile, MinedSenseRecord } from './mined.ts';
import { buildGlossary } from './index.ts';
import { abbrKey } from './normalize.ts';

const sense = (expansion: string, articles: number, extra: Partial<MinedSenseRecord> = {}): MinedSenseRecord =>
  ({ expansion, articles, source: 'test', domain: 'general', review: false, how: 'inline', context: {}, ...extra });
const file = (entries: MinedFile['entries']): MinedFile => ({ sources: [{ id: 'test', repo: 'x/y', commit: '0', files: '*', articles: 9 }], entries });

afterEach(() => uninstallMined());

describe('mined dictionary layer', () => {
  it('looks keys up the way the glossary groups forms (GD-ĐT ≡ GD&ĐT), most frequent sense first', () => {
    installMined('vi', file({ 'QZ&ĐT': [sense('quy zét và đào tạo', 3), sense('quy zét đào tạo', 7)] }));
    expect(minedSenses('QZĐT', 'vi').map((s) => s.expansion)).toEqual(['quy zét đào tạo', 'quy zét và đào tạo']);
    expect(minedFallback('QZĐT', 'vi')?.expansion).toBe('quy zét đào tạo');
  });

  it('never answers with a sense flagged for review unless it was corrected by hand', () => {
    installMined('vi', file({ QZA: [sense('một lần', 1, { review: true })], QZB: [sense('đã sửa', 1, { review: true, corrected: true })] }));
    expect(minedFallback('QZA', 'vi')).toBeNull();
    expect(minedFallback('QZB', 'vi')?.expansion).toBe('đã sửa');
  });

  it('gives a key only the mined layer knows its sense, as source "dictionary"; hand entries keep theirs', () => {
    const text = 'Cuộc họp của QZV diễn ra sáng nay. Đại diện UBND phát biểu, QZV nhất trí.';
    expect(buildGlossary(text, { lang: 'vi' }).find((e) => e.abbr === 'QZV')?.source).toBe('unknown');
    installMined('vi', file({ QZV: [sense('Quỹ Zết Việt', 5)], UBND: [sense('ủy ban nào đó', 99)] }));
    const entries = buildGlossary(text, { lang: 'vi' });
    expect(entries.find((e) => e.abbr === 'QZV')).toMatchObject({ expansion: 'Quỹ Zết Việt', source: 'dictionary' });
    expect(entries.find((e) => e.abbr === 'UBND')?.expansion).toBe('Ủy ban nhân dân');
  });

  it('keeps a form that reads as a Vietnamese syllable when only the mined layer knows it (DA = dự án)', () => {
    const text = 'Tỉnh phê duyệt DOAN mới ở ven sông. DOAN có tổng vốn lớn.';
    expect(buildGlossary(text, { lang: 'vi' }).map((e) => e.abbr)).not.toContain('DOAN');
    installMined('vi', file({ DOAN: [sense('dự án đô thị', 4)] }));
    expect(buildGlossary(text, { lang: 'vi' }).find((e) => e.abbr === 'DOAN')?.expansion).toBe('dự án đô thị');
  });

  it('does not keep such a form for a sense only the English layer gives (BA = British Airways in a car review)', () => {
    const sources = [{ id: 'vi-news', repo: 'x/vi', commit: '0', files: '*', articles: 9, lang: 'vi' as const }];
    installMined('en', { sources, entries: { DOAN: [sense('Dover Ocean Air Network', 3, { source: 'vi-news' })] } });
    expect(buildGlossary('Xe có hệ thống DOAN hỗ trợ phanh khẩn cấp.', { lang: 'vi' }).map((e) => e.abbr)).not.toContain('DOAN');
  });

  it('lets Vietnamese text fall back to the English layer, not the other way round', () => {
    const sources = [{ id: 'vi-news', repo: 'x/vi', commit: '0', files: '*', articles: 9, lang: 'vi' as const },
      { id: 'en-news', repo: 'x/en', commit: '0', files: '*', articles: 9, lang: 'en' as const }];
    installMined('en', { sources, entries: {
      QZX: [sense('Quantum Zeta Exchange', 4, { source: 'vi-news' })],
      QZW: [sense('Quartz Wire Company', 6, { source: 'en-news' }), sense('Quantum Zeta Works', 2, { source: 'en-news', also: { 'vi-news': 1 } })],
      QZV: [sense('Quebec Zinc Ventures', 9, { source: 'en-news' })],
    } });
    expect(minedFallback('QZX', 'vi')?.expansion).toBe('Quantum Zeta Exchange');
    // in Vietnamese text, only long forms a Vietnamese corpus attests (a wire-service company name is no reading there)
    expect(minedFallback('QZW', 'vi')?.expansion).toBe('Quantum Zeta Works');
    expect(minedFallback('QZW', 'en')?.expansion).toBe('Quartz Wire Company');
    expect(minedFallback('QZV', 'vi')).toBeNull();
    expect(minedFallback('QZV', 'en')?.expansion).toBe('Quebec Zinc Ventures');
    installMined('vi', file({ QZY: [sense('quỹ zết', 4)] }));
    expect(minedFallback('QZY', 'en')).toBeNull();
    expect(minedFallback('QZX', 'intl')).toBeNull();
  });
});

describe('the English layer\'s senses as rivals in Vietnamese text', () => {
  it('gives the usable English senses a Vietnamese corpus attests, marked English, and none for other text', () => {
    const sources = [{ id: 'vi-news', repo: 'x/vi', commit: '0', files: '*', articles: 9, lang: 'vi' as const },
      { id: 'en-news', repo: 'x/en', commit: '0', files: '*', articles: 9, lang: 'en' as const }];
    installMined('en', { sources, entries: { QZM: [sense('Messi Zola Neymar', 5, { source: 'vi-news' }),
      sense('Quartz Zinc Mines', 9, { source: 'en-news' }), sense('Quiz Mania', 1, { source: 'vi-news', review: true }),
      sense('Quantum Zeta Media', 2, { source: 'en-news', also: { 'vi-news': 1 } })] } });
    expect(minedCrossSenses('QZM', 'vi').map((s) => [s.expansion, s.lang])).toEqual([['Messi Zola Neymar', 'en'], ['Quantum Zeta Media', 'en']]);
    expect(minedCrossSenses('QZM', 'en')).toEqual([]);
    expect(minedCrossSenses('QZM', 'intl')).toEqual([]);
  });
});

describe('mined data files', () => {
  for (const lang of ['vi', 'en'] as const) {
    const data = JSON.parse(readFileSync(join(__dirname, 'data', 'mined', `${lang}.json`), 'utf8')) as MinedFile;
    it(`${lang}.json: every source named with repository, commit and article count`, () => {
      expect(data.sources.length).toBeGreaterThan(0);
      for (const s of data.sources) {
        expect(s.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
        expect(s.commit).toMatch(/^[0-9a-f]{40}$/);
        expect(s.articles).toBeGreaterThan(0);
      }
    });
    it(`${lang}.json: every entry has a key, a non-empty attested expansion, counts ≥ 2 unless flagged for review`, () => {
      const ids = new Set(data.sources.map((s) => s.id));
      for (const [key, senses] of Object.entries(data.entries)) {
        expect(key, key).toMatch(/^[\p{Lu}\p{N}&-]+$/u);
        expect(abbrKey(key).length, key).toBeGreaterThanOrEqual(2);
        expect(senses.length, key).toBeGreaterThan(0);
        const seen = new Set<string>();
        senses.forEach((s, i) => {
          expect(s.expansion.trim(), key).not.toBe('');
          expect(s.expansion, key).toBe(s.expansion.normalize('NFC'));
          expect(seen.has(s.expansion.toLowerCase()), `${key}: ${s.expansion} twice`).toBe(false);
          seen.add(s.expansion.toLowerCase());
          expect(ids.has(s.source), `${key}: source ${s.source}`).toBe(true);
          expect(Number.isInteger(s.articles) && s.articles >= 1, key).toBe(true);
          if (!s.review && !s.corrected && !s.crossChecked && !s.checked) expect(s.articles, `${key}: ${s.expansion}`).toBeGreaterThanOrEqual(2);
          if (i > 0) expect(s.articles, `${key}: most frequent first`).toBeLessThanOrEqual(senses[i - 1].articles);
          expect(typeof s.domain, key).toBe('string');
          expect(Object.keys(s.context).length, key).toBeLessThanOrEqual(12);
          for (const v of Object.values(s.context)) expect(Number.isFinite(v), key).toBe(true);
        });
      }
    });
  }
});
