/**
 * Gloss's abbreviation glossary: finds the abbreviations of a Vietnamese or English text and explains
 * each one, trusting in this order: the user's own definitions, a definition in the article, a long form
 * found elsewhere in the article, the built-in dictionary (sense chosen by context), else "unknown".
 * Pure TypeScript, one linear pass over the text, no backtracking regular expressions.
 * Rules and sources: docs/glossary.md.
 */
import { tokenize } from './tokenize.ts';
import type { Candidate } from './tokenize.ts';
import { classifyCandidates } from './filters.ts';
import { loadDictionary, sensesFor, resolveSense, allForms } from './dictionary.ts';
import type { DictLang, Sense } from './dictionary.ts';
import { defineAfter, defineBefore, isParenthesised } from './inline.ts';
import { inferLongForms } from './inferred.ts';
import { abbrKey, foldPhrase, letterUnits } from './normalize.ts';
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
  occ: Candidate[];
  variants: string[];
  bylineOnly: boolean;
  entry?: { expansion: string | null; source: GlossaryEntry['source']; domain?: string };
}

const CONTEXT_SPAN = 5;
const MAX_CONTEXTS = 12;
const MAX_DEFINITION_TRIES = 32;

export function buildGlossary(text: string, options: GlossaryOptions): GlossaryEntry[] {
  const code = (options.lang ?? '').toLowerCase();
  const lang: DictLang = code.startsWith('vi') ? 'vi' : 'en';
  // other languages: only the international entries of the English dictionary
  const dictLang: DictLang | 'intl' = code.startsWith('vi') ? 'vi' : code === '' || code.startsWith('en') ? 'en' : 'intl';
  const dict = loadDictionary();
  const t = tokenize(text, dict.mixedCase);
  const v = wordView(t);
  const known = (key: string) => dict.byKey.has(key) && sensesFor(dict, key, dictLang).length > 0;
  const verdicts = classifyCandidates(t, { lang, known });

  const groups = new Map<string, Group>();
  const inCandidate = new Uint8Array(t.n);
  t.cands.forEach((c, k) => {
    if (verdicts[k] === 'drop' || c.key.length === 0) return;
    for (let w = c.w0; w <= c.w1; w++) inCandidate[w] = 1;
    let g = groups.get(c.key);
    if (!g) { g = { key: c.key, abbr: c.surface, occ: [], variants: [], bylineOnly: true }; groups.set(c.key, g); }
    g.occ.push(c);
    if (!g.variants.includes(c.surface)) g.variants.push(c.surface);
    if (verdicts[k] !== 'byline') g.bylineOnly = false;
  });

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
    for (const c of g.occ.slice(0, MAX_DEFINITION_TRIES)) {
      const def = isParenthesised(t, c) ? defineBefore(t, c, v, dict, lang) : defineAfter(t, c, v, dict, lang);
      if (def) { g.entry = { expansion: def.expansion, source: 'article', domain: senseOf(dict, g.key, lang, def.expansion)?.domain }; break; }
    }
  }

  // 3. a long form elsewhere in the article; 4. the dictionary, sense chosen by context
  const pending = [...groups.values()].filter((g) => !g.entry && !g.bylineOnly && !isInitials(g));
  // an unambiguous dictionary abbreviation would only find its own dictionary meaning: not searched
  const searched = pending.filter((g) => {
    const senses = sensesFor(dict, g.key, dictLang);
    return senses.length !== 1 || senses[0].cues.length > 0;
  });
  const inferred = inferLongForms(t, v, searched.map((g) => ({
    key: g.key,
    units: letterUnits(g.abbr),
    firstWord: g.occ[0].w0,
    forms: sensesFor(dict, g.key, dictLang).flatMap((s) => s.forms),
  })), inCandidate, lang);
  let articleFolded: string | null = null;
  const article = () => (articleFolded ??= ' ' + foldPhrase(text) + ' ');
  for (const g of pending) {
    const inf = inferred.get(g.key);
    if (inf) { g.entry = { expansion: inf, source: 'inferred', domain: senseOf(dict, g.key, lang, inf)?.domain }; continue; }
    const contexts = () => g.occ.slice(0, MAX_CONTEXTS).map((c) => v.context(c.w0, c.w1, CONTEXT_SPAN));
    const sense = resolveSense(sensesFor(dict, g.key, dictLang), contexts, article) ?? composeJoined(g.abbr, dictLang);
    if (sense) g.entry = { expansion: sense.expansion, source: 'dictionary', domain: sense.domain };
  }

  const out: GlossaryEntry[] = [];
  for (const g of groups.values()) {
    const e = g.entry ?? { expansion: null, source: 'unknown' as const };
    const entry: GlossaryEntry = { abbr: g.abbr, expansion: e.expansion, source: e.source, count: g.occ.length,
      firstIndex: g.occ[0].start, variants: g.variants };
    if (e.domain) entry.domain = e.domain;
    out.push(entry);
  }
  return out.sort((a, b) => a.firstIndex! - b.firstIndex!);
}

/** Dotted initials (N.V.T., P.M.) are looked up only in the form the dictionary writes (U.S., D.C.). */
function isInitials(g: Group): boolean {
  if (!g.occ.every((c) => c.dottedInitials)) return false;
  const written = new Set(g.occ.map((c) => c.surface));
  return !(loadDictionary().byKey.get(g.key) ?? []).some((s) => written.has(s.written));
}

function senseOf(dict: ReturnType<typeof loadDictionary>, key: string, lang: DictLang, expansion: string): Sense | undefined {
  const f = foldPhrase(expansion);
  return allForms(dict, key).find((x) => x.form === f && x.sense.lang === lang)?.sense;
}

/** A joined form the dictionary lacks, every part of it unambiguous: "Sở X-Y" → "x - y". */
function composeJoined(abbr: string, lang: DictLang | 'intl'): Sense | null {
  const parts = abbr.split('-');
  if (parts.length < 2) return null;
  const dict = loadDictionary();
  const senses: Sense[] = [];
  for (const p of parts) {
    const s = sensesFor(dict, abbrKey(p), lang);
    if (s.length !== 1 || s[0].cues.length > 0) return null;
    senses.push(s[0]);
  }
  const expansion = senses.map((s) => s.expansion).join(' - ');
  return { ...senses[0], expansion, forms: [foldPhrase(expansion)], written: abbr };
}
