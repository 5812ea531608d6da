/**
 * The mined data files (utils/glossary/data/mined/{vi,en}.json), their shape, and hand corrections.
 * Format agreed with the sense picker: {"sources":[…], "entries":{"UBND":[{expansion, articles, source,
 * domain, review, context}]}}, keys as written (upper case, & and - kept), senses most frequent first.
 */
import type { MinedSense } from './aggregate.ts';
import type { MinedFile, MinedSenseRecord, MinedSourceInfo as SourceInfo } from '../mined.ts';
import { domainByHead } from './domain.ts';
import { loadDictionary, allForms } from '../dictionary.ts';
import { abbrKey, foldPhrase } from '../normalize.ts';
import { expansionKey } from './text.ts';

export type { MinedFile, MinedSenseRecord, SourceInfo };

/** Hand corrections, kept apart from mined data: per key, a mined long form (as mined) → the right one, or null to drop. */
export interface Correction { from: string; to: string | null; note?: string }
export type Corrections = Record<'vi' | 'en', Record<string, Correction[]>> & {
  /** senses met in one article only (review), read and confirmed by hand: key → long form as mined */
  checked?: Partial<Record<'vi' | 'en', Record<string, string>>>;
};

function domainOf(key: string, expansion: string, lang: 'vi' | 'en'): string {
  const f = foldPhrase(expansion);
  const hit = allForms(loadDictionary(), abbrKey(key)).find((x) => x.form === f && x.sense.lang === lang);
  return hit?.sense.domain ?? domainByHead(expansion);
}

export function buildMinedFiles(senses: Map<string, { written: string; senses: MinedSense[] }>,
  profiles: Map<MinedSense, Record<string, number>>, sources: SourceInfo[]): Record<'vi' | 'en', MinedFile> {
  const files: Record<'vi' | 'en', MinedFile> = { vi: { sources, entries: {} }, en: { sources, entries: {} } };
  const keys = [...senses.keys()].sort();
  for (const key of keys) {
    const { written, senses: list } = senses.get(key)!;
    for (const s of list) {
      const rec: MinedSenseRecord = { expansion: s.expansion, articles: s.articles, source: s.source, domain: domainOf(written, s.expansion, s.lang),
        review: s.review, how: s.how, context: profiles.get(s) ?? {} };
      if (s.also) rec.also = s.also;
      if (s.crossChecked) rec.crossChecked = s.crossChecked;
      (files[s.lang].entries[written] ??= []).push(rec);
    }
  }
  for (const f of Object.values(files)) for (const list of Object.values(f.entries)) list.sort((a, b) => b.articles - a.articles);
  return files;
}

/** Apply hand corrections; returns how many senses each language had corrected or dropped. */
export function applyCorrections(files: Record<'vi' | 'en', MinedFile>, corrections: Corrections): Record<'vi' | 'en', number> {
  const n = { vi: 0, en: 0 };
  for (const lang of ['vi', 'en'] as const) {
    for (const [key, fixes] of Object.entries(corrections[lang] ?? {})) {
      const list = files[lang].entries[key];
      if (!list) continue;
      for (const fix of fixes) {
        const i = list.findIndex((s) => expansionKey(s.expansion) === expansionKey(fix.from));
        if (i < 0) continue;
        n[lang]++;
        if (fix.to === null) { list.splice(i, 1); continue; }
        const same = list.findIndex((s, j) => j !== i && expansionKey(s.expansion) === expansionKey(fix.to!));
        if (same >= 0) { list[same].articles += list[i].articles; list[same].corrected = true; list[same].review = false; list.splice(i, 1); continue; }
        list[i] = { ...list[i], expansion: fix.to, corrected: true, review: false, domain: domainOf(key, fix.to, lang) };
      }
      list.sort((a, b) => b.articles - a.articles);
      if (list.length === 0) delete files[lang].entries[key];
    }
    for (const [key, expansion] of Object.entries(corrections.checked?.[lang] ?? {})) {
      const s = files[lang].entries[key]?.find((x) => expansionKey(x.expansion) === expansionKey(expansion));
      if (s) { s.review = false; s.checked = true; }
    }
  }
  return n;
}

/** How many review senses the hand check confirmed, per language (after applyCorrections). */
export function checkedCount(files: Record<'vi' | 'en', MinedFile>): Record<'vi' | 'en', number> {
  const n = { vi: 0, en: 0 };
  for (const lang of ['vi', 'en'] as const) for (const list of Object.values(files[lang].entries)) n[lang] += list.filter((s) => s.checked).length;
  return n;
}
