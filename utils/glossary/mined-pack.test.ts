import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installMined, uninstallMined, minedSenses, minedFallback, minedKnows, minedCrossSenses } from './mined.ts';
import type { MinedFile, MinedPackedFile, MinedSenseRecord } from './mined.ts';
import { packMined, packMinedForExtension } from './mined-pack.ts';
import { senseChoices } from './sense.ts';
import { knownMeanings } from './inline-guided.ts';
import { loadDictionary, sensesFor, type DictLang } from './dictionary.ts';
import { abbrKey } from './normalize.ts';

const LANGS = ['vi', 'en'] as const;
const full = Object.fromEntries(LANGS.map((lang) =>
  [lang, JSON.parse(readFileSync(join(__dirname, 'data', 'mined', `${lang}.json`), 'utf8')) as MinedFile])) as Record<DictLang, MinedFile>;
// through JSON, as the background reads it
const packOf = (lang: DictLang): MinedPackedFile =>
  JSON.parse(JSON.stringify(packMinedForExtension(full[lang], lang, full[lang === 'vi' ? 'en' : 'vi']))) as MinedPackedFile;

afterEach(() => uninstallMined());

/** Every answer a run-time look-up gives for these keys: the fallback, cross-language fallback, the meanings
 *  definitions are matched against, and the choices sense choice weighs (with the profiles it reads). */
function answers(keys: string[]): unknown[] {
  const dict = loadDictionary();
  return keys.map((key) => ({
    key,
    fallback: LANGS.map((lang) => minedFallback(key, lang)),
    knows: LANGS.map((lang) => minedKnows(key, lang)),
    meanings: LANGS.map((lang) => knownMeanings(dict, key, lang).forms),
    choices: LANGS.map((lang) => {
      const choices = senseChoices(sensesFor(dict, key, lang), minedSenses(key, lang), lang);
      // chooseSense takes a lone choice without cues as is (its profile and article count never read), unless the
      // English layer's readings a Vietnamese corpus attests are weighed against it (sense.ts withRivals)
      const rivalled = lang === 'vi' && minedCrossSenses(key, lang).length > 0;
      const weighed = rivalled || choices.length > 1 || choices.some((c) => c.sense.cues.length > 0);
      return choices.map((c) => (weighed ? c : { ...c, profile: [], articles: 0 }));
    }),
    // the rivals are weighed only against a Vietnamese choice
    rivals: senseChoices([], minedCrossSenses(key, 'vi'), 'vi')
      .map((c) => (senseChoices(sensesFor(dict, key, 'vi'), minedSenses(key, 'vi'), 'vi').length > 0 ? c : { ...c, profile: [], articles: 0 })),
  }));
}

function answersWith(files: Record<DictLang, MinedFile | MinedPackedFile>, keys: string[]): unknown[] {
  for (const lang of LANGS) installMined(lang, files[lang]);
  const out = answers(keys);
  uninstallMined();
  return out;
}

const allKeys = [...new Set(LANGS.flatMap((lang) => Object.keys(full[lang].entries).map(abbrKey)))];

describe('packed mined files (what the extension ships)', () => {
  const packed = { vi: packOf('vi'), en: packOf('en') };
  const before = answersWith(full, allKeys);

  it('answer every look-up of every key of both files as the whole files do', () => {
    expect(answersWith(packed, allKeys)).toEqual(before);
  });

  it('keep every sense some look-up may use, in its order', () => {
    const usable = (s: MinedSenseRecord) => !s.review || s.corrected || s.checked || s.crossChecked;
    for (const lang of LANGS) {
      for (const [written, senses] of Object.entries(full[lang].entries)) {
        expect(packed[lang].entries[written]?.map((s) => s.expansion) ?? [], `${lang} ${written}`)
          .toEqual(senses.filter(usable).map((s) => s.expansion));
      }
    }
  });

  it('would be told apart: dropping one usable sense changes the answers', () => {
    const [written, senses] = Object.entries(packed.vi.entries).find(([, s]) => s.length > 1) ?? Object.entries(packed.vi.entries)[0];
    const cut = { vi: { ...packed.vi, entries: { ...packed.vi.entries, [written]: senses.slice(1) } }, en: packed.en };
    expect(answersWith(cut, allKeys)).not.toEqual(before);
  });

  it('would be told apart: dropping a profile sense choice weighs changes the answers', () => {
    const [written, senses] = Object.entries(packed.vi.entries).find(([, s]) => s.some((x) => x.context)) ?? Object.entries(packed.vi.entries)[0];
    const bare = senses.map(({ context: _, ...rest }) => rest);
    const cut = { vi: { ...packed.vi, entries: { ...packed.vi.entries, [written]: bare } }, en: packed.en };
    expect(answersWith(cut, allKeys)).not.toEqual(before);
  });

  it('are smaller than the whole files', () => {
    for (const lang of LANGS) expect(JSON.stringify(packed[lang]).length).toBeLessThan(JSON.stringify(full[lang]).length / 2);
  });
});

describe('packMined', () => {
  const rec = (expansion: string, articles: number, extra: Partial<MinedSenseRecord> = {}): MinedSenseRecord =>
    ({ expansion, articles, source: 'vn', domain: 'general', review: false, how: 'inline', context: { 'quy zet': 2 }, ...extra });
  const sources = [{ id: 'vn', repo: 'x/y', commit: '0', files: '*', articles: 9, lang: 'vi' as const }, { id: 'us', repo: 'x/z', commit: '0', files: '*', articles: 9, lang: 'en' as const }];

  it('keeps profiles only where sense choice weighs several senses; keeps cross-checked senses flagged', () => {
    const out = packMined({ sources, entries: {
      QZA: [rec('quy zét an', 5)],
      QZB: [rec('quy zét bê', 5), rec('quy zét bờ', 2)],
      QZC: [rec('quy zét cê', 1, { review: true })],
      QZD: [rec('quy zét đê', 1, { review: true, crossChecked: 'soe-vinorm' })],
      QZE: [rec('quy zét e', 3, { how: 'inferred' }), rec('quy zét gờ', 2, { review: true, checked: true })],
    } }, 'vi', () => []);
    expect(out.sources).toEqual([{ id: 'vn', lang: 'vi' }]);
    expect(out.entries.QZA).toEqual([{ expansion: 'quy zét an', articles: 5, domain: 'general' }]);
    expect(out.entries.QZB.map((s) => s.context)).toEqual([{ 'quy zet': 2 }, { 'quy zet': 2 }]);
    expect(out.entries.QZC).toBeUndefined();
    expect(out.entries.QZD).toEqual([{ expansion: 'quy zét đê', articles: 1, domain: 'general', review: true, crossChecked: 'soe-vinorm' }]);
    expect(out.entries.QZE).toEqual([{ expansion: 'quy zét e', articles: 3, domain: 'general' },
      { expansion: 'quy zét gờ', articles: 2, domain: 'general', context: { 'quy zet': 2 } }]);
  });

  it('keeps in the English file only the Vietnamese corpora a sense is attested in', () => {
    const out = packMined({ sources, entries: { QZF: [rec('Quartz Fox', 4, { source: 'us', also: { vn: 1 } }), rec('Quartz Fig', 1, { source: 'us' })] } }, 'en', () => []);
    expect(out.entries.QZF.map((s) => [s.source, s.also])).toEqual([[undefined, { vn: 1 }], [undefined, undefined]]);
  });
});
