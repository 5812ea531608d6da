/**
 * Gloss's abbreviation glossary: finds the abbreviations of a Vietnamese or English text and explains
 * each one, trusting in this order: the user's own definitions, a definition in the article, a long form
 * found elsewhere in the article, the built-in dictionary (sense chosen by context), else "unknown".
 * Pure TypeScript, one linear pass over the text, no backtracking regular expressions.
 * Rules and sources: docs/glossary.md.
 */
import { tokenize, SEP } from './tokenize.ts';
import type { Candidate, Tokens } from './tokenize.ts';
import { classifyCandidates, VERDICT } from './filters.ts';
import { FLAG } from './candidates.ts';
import { loadDictionary, sensesFor, allForms } from './dictionary.ts';
import type { DictLang, Sense } from './dictionary.ts';
import { defineAfter, defineBefore, defineKnownAs, isParenthesised } from './inline.ts';
import { inferLongForms } from './inferred.ts';
import { composeAbbr, composedCodeFirst } from './compose.ts';
import { joinSpacedForms } from './spaced.ts';
import { minedFallback, minedSenses } from './mined.ts';
import { chooseSense, senseChoices } from './sense.ts';
import { abbrKey, foldPhrase, letterUnits, isUpperCode } from './normalize.ts';
import { wordView } from './words.ts';

export interface GlossaryEntry {
  abbr: string;
  expansion: string | null;
  source: 'article' | 'inferred' | 'dictionary' | 'user' | 'unknown';
  count: number;
  /** character offset of the first use */
  firstIndex?: number;
  /** every written form met in the text (GD-ĐT, GD&ĐT), for marking them in the reader */
  variants?: string[];
  /** dictionary domain of the chosen sense (gov, edu, health, econ …) */
  domain?: string;
}

export interface GlossaryOptions {
  lang: string;
  userDefinitions?: Record<string, string>;
}

interface Group {
  key: string;
  abbr: string;
  /** the first uses (at most MAX_KEPT_USES) */
  occ: Candidate[];
  count: number;
  variants: string[];
  bylineOnly: boolean;
  /** every use is dotted initials (N.V.T.) */
  allDotted: boolean;
  entry?: { expansion: string | null; source: GlossaryEntry['source']; domain?: string };
}

const CONTEXT_SPAN = 5;
const MAX_CONTEXTS = 12;
const MAX_DEFINITION_TRIES = 32;
const MAX_KEPT_USES = 32;

export function buildGlossary(text: string, options: GlossaryOptions): GlossaryEntry[] {
  const code = (options.lang ?? '').toLowerCase();
  const lang: DictLang = code.startsWith('vi') ? 'vi' : 'en';
  // other languages: only the international entries of the English dictionary
  const dictLang: DictLang | 'intl' = code.startsWith('vi') ? 'vi' : code === '' || code.startsWith('en') ? 'en' : 'intl';
  const dict = loadDictionary();
  const t = tokenize(text, dict.mixedCase);
  if (lang === 'vi') joinSpacedForms(t, dict);
  const v = wordView(t);
  const known = (key: string) => dict.byKey.has(key) && sensesFor(dict, key, dictLang).length > 0;
  const verdicts = classifyCandidates(t, { lang, known });

  const groups = new Map<string, Group>();
  const inCandidate = new Uint8Array(t.n);
  const cs = t.cands;
  // each written form belongs to one group: found once per form, not once per use
  const groupOf: (Group | undefined)[] = new Array(cs.surfaces.length);
  for (let k = 0; k < cs.n; k++) {
    if (verdicts[k] === VERDICT.DROP) continue;
    const id = cs.surf[k];
    let g = groupOf[id];
    if (g === undefined) {
      const key = cs.keys[id];
      if (key.length === 0) continue;
      g = groups.get(key);
      if (!g) {
        g = { key, abbr: cs.surfaces[id], occ: [], count: 0, variants: [], bylineOnly: true, allDotted: true };
        groups.set(key, g);
      }
      g.variants.push(cs.surfaces[id]);
      groupOf[id] = g;
    }
    for (let w = cs.w0[k]; w <= cs.w1[k]; w++) inCandidate[w] = 1;
    if (g.occ.length < MAX_KEPT_USES) g.occ.push(cs.at(k));
    g.count++;
    if ((cs.flags[k] & FLAG.DOTTED) === 0) g.allDotted = false;
    if (verdicts[k] !== VERDICT.BYLINE) g.bylineOnly = false;
  }

  // 1. the user's own definitions
  const user = new Map<string, string>();
  for (const [abbr, expansion] of Object.entries(options.userDefinitions ?? {})) {
    if (expansion && expansion.trim()) user.set(abbrKey(abbr), expansion.trim());
  }
  for (const g of groups.values()) {
    const u = user.get(g.key);
    if (u) g.entry = { expansion: u, source: 'user' };
  }

  // 2. defined in the article
  for (const g of groups.values()) {
    if (g.entry) continue;
    // a definition comes with one of the first uses; a hostile page repeating one form gets no more tries
    for (let k = 0; k < g.occ.length && k < MAX_DEFINITION_TRIES; k++) {
      const c = g.occ[k];
      const def = isParenthesised(t, c) ? defineBefore(t, c, v, dict, lang, g.count)
        : defineAfter(t, c, v, dict, lang) ?? defineKnownAs(t, c, v, dict, lang);
      if (def) { g.entry = { expansion: def.expansion, source: 'article', domain: senseOf(dict, g.key, lang, def.expansion)?.domain }; break; }
    }
  }

  // 3. a long form elsewhere in the article (every abbreviation: the article's own wording outranks the
  // dictionary, and picks the sense of an ambiguous one); 4. the dictionary, sense chosen by context
  const pending = [...groups.values()].filter((g) => !g.entry && !g.bylineOnly && !isInitials(g));
  const inferred = inferLongForms(t, v, pending.map((g) => ({
    key: g.key,
    units: letterUnits(g.abbr),
    firstWord: g.occ[0].w0,
    forms: sensesFor(dict, g.key, dictLang).flatMap((s) => s.forms),
    nameOnly: nameOnly(t, g.occ, inCandidate),
  })), inCandidate, lang);
  let articleFolded: string | null = null;
  const article = () => (articleFolded ??= ' ' + foldPhrase(text) + ' ');
  for (const g of pending) {
    const inf = inferred.get(g.key);
    if (inf) { g.entry = { expansion: inf, source: 'inferred', domain: senseOf(dict, g.key, lang, inf)?.domain }; continue; }
    const contexts = () => g.occ.slice(0, MAX_CONTEXTS).map((c) => v.context(c.w0, c.w1, CONTEXT_SPAN));
    const hand = sensesFor(dict, g.key, dictLang);
    // trusted and mined senses scored against the context (sense.ts); a key no sense of this language knows gets
    // the mined layer's fallback (mined/*.json, installed by the caller; Vietnamese text may use the English layer)
    const choices = senseChoices(hand, dictLang === 'intl' ? [] : minedSenses(g.key, dictLang), lang);
    const sense = composedCodeFirst(g.variants, dict, dictLang) ?? chooseSense(choices, contexts, article)
      ?? composeAbbr(g.abbr, dict, dictLang) ?? (choices.length === 0 ? minedFallback(g.key, dictLang) : null);
    if (sense) g.entry = { expansion: sense.expansion, source: 'dictionary', domain: sense.domain };
  }

  const out: GlossaryEntry[] = [];
  for (const g of groups.values()) {
    const e = g.entry ?? { expansion: null, source: 'unknown' as const };
    const entry: GlossaryEntry = { abbr: g.abbr, expansion: e.expansion, source: e.source, count: g.count,
      firstIndex: g.occ[0].start, variants: g.variants };
    if (e.domain) entry.domain = e.domain;
    out.push(entry);
  }
  return out.sort((a, b) => a.firstIndex! - b.firstIndex!);
}

/** Every use (of the first few) stands right before a capitalised word: TP Thanh Hóa, Trường ĐH Cần Thơ, HLV Khải. */
function nameOnly(t: Tokens, occ: Candidate[], inCandidate: Uint8Array): boolean {
  const NAME_BREAK = SEP.STOP | SEP.OPEN | SEP.CLOSE | SEP.LINE | SEP.QUOTE | SEP.COMMA | SEP.DASH;
  for (let k = 0; k < occ.length && k < MAX_CONTEXTS; k++) {
    const w = occ[k].w1 + 1;
    if (w >= t.n || (t.sep[w] & NAME_BREAK) !== 0 || inCandidate[w] || !isUpperCode(t.text.charCodeAt(t.start[w]))) return false;
  }
  return true;
}

/** Dotted initials (N.V.T., P.M.) are looked up only in the form the dictionary writes (U.S., D.C.). */
function isInitials(g: Group): boolean {
  if (!g.allDotted) return false;
  const written = new Set(g.variants);
  return !(loadDictionary().byKey.get(g.key) ?? []).some((s) => written.has(s.written));
}

function senseOf(dict: ReturnType<typeof loadDictionary>, key: string, lang: DictLang, expansion: string): Sense | undefined {
  const f = foldPhrase(expansion);
  return allForms(dict, key).find((x) => x.form === f && x.sense.lang === lang)?.sense;
}
