/**
 * Stages 4–6 for abbreviations the article does not define: infer (a long form written elsewhere in the article,
 * inferred.ts — the article's own wording outranks the dictionary and picks the sense of an ambiguous one), compose
 * (codes and titles from tables, compose.ts), pick a sense (trusted and mined senses scored against the contexts
 * of the uses, sense.ts), else the mined layer's most frequent sense for a key no trusted sense knows.
 */
import type { Candidate, Tokens } from './tokenize.ts';
import { SEP } from './tokenize.ts';
import type { Dictionary, DictLang } from './dictionary.ts';
import { sensesFor } from './dictionary.ts';
import { inferLongForms } from './inferred.ts';
import { composeAbbr, composedCodeFirst } from './compose.ts';
import { minedCrossSenses, minedFallback, minedSenses } from './mined.ts';
import { LABEL_MARK, chooseSense, senseChoices, shapedSense } from './sense.ts';
import { letterUnits } from './normalize.ts';
import { ArticleWords } from './article-words.ts';
import type { WordView } from './words.ts';
import type { Group } from './groups.ts';
import { MAX_CONTEXTS, isInitials, nameOnly } from './groups.ts';
import { senseOf } from './define.ts';

const CONTEXT_SPAN = 5;

export interface ExplainInput {
  t: Tokens;
  v: WordView;
  text: string;
  dict: Dictionary;
  lang: DictLang;
  /** the dictionary language: other page languages use only the international English entries */
  dictLang: DictLang | 'intl';
  inCandidate: Uint8Array;
}

/** "PV: Xin ông cho biết …": the use opens a sentence or a line and a colon follows it. */
function isLabel(t: Tokens, c: Candidate): boolean {
  if (c.w0 > 0 && (t.sep[c.w0] & (SEP.STOP | SEP.LINE)) === 0) return false;
  let k = c.end;
  while (k < t.text.length && t.text.charCodeAt(k) === 32) k++;
  return t.text.charCodeAt(k) === 0x3a;
}

export function explainUndefined(groups: Map<string, Group>, x: ExplainInput): void {
  const { t, v, dict, lang, dictLang } = x;
  const pending = [...groups.values()].filter((g) => !g.entry && !g.bylineOnly && !isInitials(g));
  const inferred = inferLongForms(t, v, pending.map((g) => ({
    key: g.key,
    units: letterUnits(g.abbr),
    firstWord: g.occ[0].w0,
    forms: sensesFor(dict, g.key, dictLang).flatMap((s) => s.forms),
    nameOnly: nameOnly(t, g.occ, x.inCandidate),
  })), x.inCandidate, lang);
  // the whole article, searched word-wise (the same answers as its folded copy, without one search of it per phrase)
  let articleWords: ArticleWords | null = null;
  const article = () => (articleWords ??= new ArticleWords(t));
  for (const g of pending) {
    const contexts = () => g.occ.slice(0, MAX_CONTEXTS).map((c) => v.context(c.w0, c.w1, CONTEXT_SPAN) + (isLabel(t, c) ? LABEL_MARK : ''));
    const hand = sensesFor(dict, g.key, dictLang);
    const inf = inferred.get(g.key);
    // the shape of the uses ("PV: …" labels the reporter) says more than the same letters met elsewhere ("phỏng vấn")
    const shaped = inf ? shapedSense(hand, contexts) : null;
    if (inf && !shaped) { g.entry = { expansion: inf, source: 'inferred', domain: senseOf(dict, g.key, lang, inf)?.domain }; continue; }
    if (g.wordOnly) continue; // a word in capitals the article does not spell out: not an abbreviation
    // a key no sense of this language knows gets the mined layer's fallback (mined/*.json, installed by the caller)
    const choices = senseChoices(hand, dictLang === 'intl' ? [] : minedSenses(g.key, dictLang), lang);
    // the English layer's readings a Vietnamese corpus attests compete where the context clearly asks for them
    const rivals = senseChoices([], minedCrossSenses(g.key, dictLang), lang);
    const sense = shaped ?? composedCodeFirst(g.variants, dict, dictLang) ?? chooseSense(choices, contexts, article, rivals)
      ?? composeAbbr(g.abbr, dict, dictLang) ?? (choices.length === 0 ? minedFallback(g.key, dictLang) : null);
    if (sense) g.entry = { expansion: sense.expansion, source: 'dictionary', domain: sense.domain };
  }
}
