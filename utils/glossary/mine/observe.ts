/**
 * Definition pairs written in one article, for mining. Two kinds:
 * - strict: what the glossary's own inline matcher accepts ("long form (SF)", "SF (long form)",
 *   "long form, known as SF"; letters aligned, or a meaning the hand dictionary knows);
 * - loose: the words before "(SF)" (every suffix, 1–12 words, back to a hard break) or the whole parenthesis
 *   after "SF (…)", when the letters cannot align: cross-language ("trí tuệ nhân tạo (AI)"), compound or
 *   partial definitions. The corpus decides later which suffix is the long form (counts across articles).
 * Each observation also carries the context words around the abbreviation's uses (for the profiles).
 */
import { tokenize, SEP } from '../tokenize.ts';
import type { Candidate, Tokens } from '../tokenize.ts';
import { classifyCandidates, VERDICT } from '../filters.ts';
import { loadDictionary } from '../dictionary.ts';
import { defineAfter, defineBefore, defineKnownAs, isParenthesised } from '../inline.ts';
import { wordView } from '../words.ts';
import { normalizeText, writtenKey } from './text.ts';
import { abbrKey, letterUnits, foldPhrase } from '../normalize.ts';
import { buildGlossary } from '../index.ts';
import type { How } from './aggregate.ts';

export interface Observation {
  /** grouping key (abbrKey) and the key as written (GD&ĐT) */
  key: string;
  written: string;
  how: How;
  /** inline/inferred/reference: one long form; loose: the candidate long forms, shortest first */
  expansions: string[];
  /** the abbreviation is used again in the article outside its definition */
  reused: boolean;
}

const HARD = SEP.STOP | SEP.OPEN | SEP.CLOSE | SEP.LINE | SEP.QUOTE;
const MAX_LOOSE_WORDS = 12;

export function observe(text: string, lang: 'vi' | 'en'): { obs: Observation[]; t: Tokens; uses: Map<string, number[]> } {
  const dict = loadDictionary();
  const t = tokenize(text, dict.mixedCase);
  const v = wordView(t);
  const verdicts = classifyCandidates(t, { lang, known: (k) => dict.byKey.has(k) });
  const cs = t.cands;
  const inCandidate = new Uint8Array(t.n);
  const uses = new Map<string, number[]>();
  const cands: Candidate[] = [];
  for (let k = 0; k < cs.n; k++) {
    if (verdicts[k] !== VERDICT.KEEP || (cs.flags[k] & 2) !== 0) continue;
    const c = cs.at(k);
    if (c.key.length < 2 || c.key.length > 12) continue;
    for (let w = c.w0; w <= c.w1; w++) inCandidate[w] = 1;
    cands.push(c);
    const list = uses.get(c.key) ?? [];
    list.push(c.w0);
    uses.set(c.key, list);
  }
  const obs: Observation[] = [];
  for (const c of cands) {
    const reused = (uses.get(c.key)?.length ?? 0) > 1;
    const written = writtenKey(c.surface);
    if (abbrKey(written).length < 2) continue;
    if (isParenthesised(t, c)) {
      // across languages the corpus chooses the boundary (loose), not the glossary's cues
      const def = defineBefore(t, c, v, dict, lang);
      if (def && !def.crossLanguage) { obs.push({ key: c.key, written, how: 'inline', expansions: [normalizeText(def.expansion)], reused }); continue; }
      const loose = suffixesBefore(t, c.w0 - 1, inCandidate);
      if (loose.length) obs.push({ key: c.key, written, how: 'loose', expansions: loose, reused });
      continue;
    }
    const def = defineAfter(t, c, v, dict, lang) ?? defineKnownAs(t, c, v, dict, lang);
    if (def && !def.crossLanguage) { obs.push({ key: c.key, written, how: 'inline', expansions: [normalizeText(def.expansion)], reused }); continue; }
    const inside = parenthesisAfter(t, c, inCandidate);
    if (inside) obs.push({ key: c.key, written, how: 'loose', expansions: [inside], reused });
  }
  // the long form written elsewhere in the article (the glossary's own "inferred" rule)
  for (const e of buildGlossary(text, { lang })) {
    if (e.source !== 'inferred' || !e.expansion) continue;
    const key = abbrKey(e.abbr);
    if (!uses.has(key)) continue;
    obs.push({ key, written: writtenKey(e.abbr), how: 'inferred', expansions: [normalizeText(e.expansion)], reused: true });
  }
  return { obs, t, uses };
}

/** Reference meanings (folded, two words or more) written in the same article as the abbreviation. */
export function referenceObservations(text: string, uses: Map<string, number[]>, reference: Map<string, string[]>, surfaceOf: (key: string) => string): Observation[] {
  const out: Observation[] = [];
  let folded: string | null = null;
  for (const key of uses.keys()) {
    const meanings = reference.get(key);
    if (!meanings) continue;
    folded ??= ' ' + foldPhrase(text) + ' ';
    for (const m of meanings) {
      const f = foldPhrase(m);
      if (f.includes(' ') && folded.includes(' ' + f + ' ')) out.push({ key, written: surfaceOf(key), how: 'reference', expansions: [normalizeText(m)], reused: true });
    }
  }
  return out;
}

/** Every run of 1..12 words ending at `end`, back to a hard break, none of them an abbreviation or a number. */
function suffixesBefore(t: Tokens, end: number, inCandidate: Uint8Array): string[] {
  const out: string[] = [];
  if (end < 0 || (t.sep[end + 1] & SEP.OPEN) === 0) return out;
  for (let a = end; a >= 0 && end - a < MAX_LOOSE_WORDS; a--) {
    if (inCandidate[a] || !isPlainWord(t, a)) break;
    if (a < end && (t.sep[a + 1] & (HARD | SEP.COMMA | SEP.DASH)) !== 0) break;
    out.push(normalizeText(t.text.slice(t.start[a], t.end[end])));
  }
  return out;
}

/** "SF (long form)": the whole parenthesis, 1..12 plain words. */
function parenthesisAfter(t: Tokens, c: Candidate, inCandidate: Uint8Array): string | null {
  const a = c.w1 + 1;
  if (a >= t.n || (t.sep[a] & SEP.OPEN) === 0 || (t.sep[a] & (SEP.STOP | SEP.LINE)) !== 0) return null;
  let b = a;
  for (;;) {
    if (inCandidate[b] || !isPlainWord(t, b)) return null;
    if (b + 1 >= t.n) return null;
    if ((t.sep[b + 1] & SEP.CLOSE) !== 0) break;
    if ((t.sep[b + 1] & (HARD | SEP.COMMA)) !== 0 || b - a >= MAX_LOOSE_WORDS - 1) return null;
    b++;
  }
  return normalizeText(t.text.slice(t.start[a], t.end[b]));
}

/** A word of letters (no digits), at least two of them, or a single-letter word inside a phrase. */
function isPlainWord(t: Tokens, w: number): boolean {
  const s = t.start[w];
  const e = t.end[w];
  for (let i = s; i < e; i++) {
    const ch = t.text.charCodeAt(i);
    if (ch >= 48 && ch <= 57) return false;
  }
  return e > s;
}

/** Share of the abbreviation's letters that start words of the long form, in order (partial definitions). */
export function letterCover(abbr: string, longForm: string): { cover: number; firstOk: boolean } {
  const units = letterUnits(abbr);
  const words = foldPhrase(longForm).split(' ').filter(Boolean);
  let j = 0;
  let hit = 0;
  for (const u of units) {
    let k = j;
    while (k < words.length && !words[k].startsWith(u)) k++;
    if (k < words.length) { hit++; j = k + 1; }
  }
  const firstOk = units.length > 0 && words.length > 0 && words[0].startsWith(units[0]);
  return { cover: units.length ? hit / units.length : 0, firstOk };
}
