/**
 * Gloss's abbreviation glossary: finds the abbreviations of a Vietnamese or English text and explains
 * each one, trusting in this order: the user's own definitions, a definition in the article, a long form
 * found elsewhere in the article, the built-in dictionary (sense chosen by context), else "unknown".
 * Pure TypeScript, one linear pass over the text, no backtracking regular expressions.
 * Stages, one file each: tokenize (tokenize.ts, spaced.ts) → find and filter (candidates.ts, filters.ts, groups.ts)
 * → define (define.ts, inline.ts, inline-cross.ts) → infer, compose, pick a sense (explain.ts: inferred.ts,
 * compose.ts, sense.ts). Rules and sources: docs/glossary.md.
 */
import { tokenize } from './tokenize.ts';
import { classifyCandidates, isNameInCaps } from './filters.ts';
import { loadDictionary, sensesFor } from './dictionary.ts';
import type { DictLang } from './dictionary.ts';
import { joinSpacedForms } from './spaced.ts';
import { wordView } from './words.ts';
import { findGroups } from './groups.ts';
import { applyUserDefinitions, defineInArticle } from './define.ts';
import { explainUndefined } from './explain.ts';
import { minedKnows } from './mined.ts';
import type { GlossaryEntry, GlossaryOptions } from './types.ts';

export type { GlossaryEntry, GlossaryOptions } from './types.ts';

export function buildGlossary(text: string, options: GlossaryOptions): GlossaryEntry[] {
  const code = (options.lang ?? '').toLowerCase();
  const lang: DictLang = code.startsWith('vi') ? 'vi' : 'en';
  // other languages: only the international entries of the English dictionary
  const dictLang: DictLang | 'intl' = code.startsWith('vi') ? 'vi' : code === '' || code.startsWith('en') ? 'en' : 'intl';
  const dict = loadDictionary();
  const t = tokenize(text, dict.mixedCase);
  if (lang === 'vi') joinSpacedForms(t, dict);
  const v = wordView(t);
  // a form the hand layer or the mined layer of the page's language explains (DA = dự án is a syllable in capitals,
  // yet an abbreviation; the English layer's BA = British Airways is not enough to keep BA in a Vietnamese car review)
  const known = (key: string) => (dict.byKey.has(key) && sensesFor(dict, key, dictLang).length > 0) || minedKnows(key, dictLang);
  const { groups, inCandidate } = findGroups(t, classifyCandidates(t, { lang, known }));

  applyUserDefinitions(groups, options.userDefinitions);
  defineInArticle(groups, t, v, dict, lang);
  explainUndefined(groups, { t, v, text, dict, lang, dictLang, inCandidate });

  const out: GlossaryEntry[] = [];
  for (const g of groups.values()) {
    if (g.wordOnly && !g.entry) continue;
    const e = g.entry ?? { expansion: null, source: 'unknown' as const };
    if (e.expansion === null && isNameInCaps(g.abbr)) continue; // NORODOM: a name in capitals, not an abbreviation
    const entry: GlossaryEntry = { abbr: g.abbr, expansion: e.expansion, source: e.source, count: g.count,
      firstIndex: g.occ[0].start, variants: g.variants };
    if (e.domain) entry.domain = e.domain;
    out.push(entry);
  }
  return out.sort((a, b) => a.firstIndex! - b.firstIndex!);
}
