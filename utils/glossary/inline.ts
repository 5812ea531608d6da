/**
 * Definitions written in the article: "long form (SF)" and "SF (long form)".
 * A Schwartz–Hearst-style matcher made Vietnamese-aware: words compared folded (no diacritics, Đ = D),
 * one letter (or a capital with its lower-case letters, as in ThS) per syllable, connectors such as
 * "và", "&", "of", "and" may be skipped, hyphen groups and commas allowed inside the long form.
 * A long form in the other language is accepted when the dictionary gives the abbreviation that meaning.
 */
import type { Candidate, Tokens } from './tokenize.ts';
import { SEP } from './tokenize.ts';
import { letterUnits, collapseSpace } from './normalize.ts';
import type { Dictionary, DictLang } from './dictionary.ts';
import { allForms } from './dictionary.ts';
import type { WordView } from './words.ts';
import { crossAfter, crossBefore } from './inline-cross.ts';
import { guidedAfter, guidedBefore } from './inline-guided.ts';
import { DEFINING_CUES, KNOWN_AS } from './data/inline-cues.ts';
import { raw } from './cross-name.ts';

const HARD = SEP.STOP | SEP.OPEN | SEP.CLOSE | SEP.LINE | SEP.QUOTE;
/** Words a long form may have that the abbreviation skips. Folded Vietnamese syllables (tổ, dự, đề, là, ôn)
 *  are left out; "the" stays (matching is tried before skipping, so "Thể thao" still gives T). */
export const CONNECTORS = new Set(['va', 'and', 'of', 'the', 'for', 'cua', 'with', 'in', 'at', 'des']);
export interface Definition { expansion: string; crossLanguage: boolean }

/** Match SF units against words[from..to] backwards; returns the index of the first long-form word or -1. */
export function matchBackward(words: string[], units: string[], to: number, from: number): number {
  const go = (i: number, j: number): number => {
    if (i < 0) return j + 1;
    if (j < from) return -1;
    const w = words[j];
    if (w.startsWith(units[i])) { const r = go(i - 1, j - 1); if (r >= 0) return r; }
    if (i < units.length - 1 && CONNECTORS.has(w)) return go(i, j - 1);
    return -1;
  };
  return go(units.length - 1, to);
}

/** Schwartz & Hearst (2003): best long form for a short form in a candidate string, or null. */
export function schwartzHearst(sf: string, lf: string): string | null {
  const s = sf.toLowerCase();
  const l = lf.toLowerCase();
  let si = s.length - 1;
  let li = l.length - 1;
  const alnum = (ch: string) => (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
  while (si >= 0) {
    const c = s[si];
    if (!alnum(c)) { si--; continue; }
    while ((li >= 0 && l[li] !== c) || (si === 0 && li > 0 && alnum(l[li - 1]))) li--;
    if (li < 0) return null;
    li--; si--;
  }
  const start = l.lastIndexOf(' ', li) + 1;
  return lf.slice(start);
}

function slice(t: Tokens, a: number, b: number): string {
  return collapseSpace(t.text.slice(t.start[a], t.end[b]));
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Words before the candidate, back to a hard break, at most `max`. Returns the first index. */
function windowBefore(t: Tokens, w0: number, max: number): number {
  let a = w0 - 1;
  if (a < 0) return w0;
  while (a > 0 && w0 - a < max && (t.sep[a] & HARD) === 0) a--;
  return a;
}

/** "long form (SF)"; `uses` counts the abbreviation's uses in the article (a definition is made to be used again). */
export function defineBefore(t: Tokens, c: Candidate, v: WordView, dict: Dictionary, lang: string, uses = 1): Definition | null {
  return defineEndingAt(t, c, c.w0 - 1, v, dict, lang, { uses, explicit: false });
}

const KNOWN_AS_LAST = new Set(KNOWN_AS.map((cue) => cue[cue.length - 1]));

/** "long form, known as (the) SF" and "long form (gọi tắt là SF)": the long form ends before the cue. */
export function defineKnownAs(t: Tokens, c: Candidate, v: WordView, dict: Dictionary, lang: string): Definition | null {
  let k = c.w0 - 1;
  if (k < 1) return null;
  if (v.get(k) === 'the' && (t.sep[c.w0] & HARD) === 0) k--;
  if (!KNOWN_AS_LAST.has(v.get(k))) return null;
  for (const cue of KNOWN_AS) {
    const a = k - cue.length + 1;
    if (a < 1) continue;
    let ok = true;
    for (let m = 0; m < cue.length && ok; m++) ok = v.get(a + m) === cue[m] && (m === 0 || (t.sep[a + m] & (HARD | SEP.COMMA)) === 0);
    if (!ok || (t.sep[a] & (SEP.STOP | SEP.LINE | SEP.CLOSE | SEP.QUOTE)) !== 0) continue;
    if ((t.sep[k + 1] & (HARD | SEP.COMMA)) !== 0) continue;
    return defineEndingAt(t, c, a - 1, v, dict, lang, { uses: 2, explicit: true });
  }
  return null;
}

function defineEndingAt(t: Tokens, c: Candidate, end: number, v: WordView, dict: Dictionary, lang: string,
  cross: { uses: number; explicit: boolean }): Definition | null {
  const units = letterUnits(c.surface);
  if (units.length < 2 && c.surface.length < 2) return null;
  if (end < 0) return null;
  const from = windowBefore(t, end + 1, Math.max(12, 2 * units.length + 6));
  const words = v.range(from, end);
  // 1. a meaning the dictionary knows, in either language
  let best: { start: number; cross: boolean } | null = null;
  for (const { sense, form } of allForms(dict, c.key)) {
    const parts = form.split(' ');
    const start = end - parts.length + 1;
    if (start < from) continue;
    let ok = true;
    for (let k = 0; k < parts.length && ok; k++) ok = words[start - from + k] === parts[k];
    if (ok && (!best || start > best.start)) best = { start, cross: sense.lang !== (lang === 'vi' ? 'vi' : 'en') };
  }
  if (best) return { expansion: slice(t, best.start, end), crossLanguage: best.cross };
  // 2. one letter per syllable / word
  const local = words.slice();
  const s = matchBackward(local, units, local.length - 1, 0);
  if (s >= 0) return { expansion: slice(t, from + s, end), crossLanguage: false };
  // 3. English long forms: Schwartz–Hearst inside words
  const raw = slice(t, from, end);
  if (isAscii(raw) && units.length >= 2) {
    const limit = Math.min(units.length + 5, units.length * 2);
    const tail = words.slice(Math.max(0, words.length - limit));
    const tailText = slice(t, end - tail.length + 1, end);
    const lf = schwartzHearst(c.key, tailText);
    if (lf && acceptEnglish(lf, units)) return { expansion: lf, crossLanguage: false };
  }
  // 4. across languages, Vietnamese words for an acronym the dictionary does not know (inline-cross.ts)
  const crossed = lang === 'vi' && dict.byKey.get(c.key) === undefined ? crossBefore(t, c, v, end, from, cross) : null;
  // 5. the article's own wording of a known meaning (inline-guided.ts): it wins over the dictionary's
  return crossed ?? guidedBefore(t, c, v, end, from, dict, dictLangOf(lang));
}

const dictLangOf = (lang: string): DictLang => (lang === 'vi' ? 'vi' : 'en');

function acceptEnglish(lf: string, units: string[]): boolean {
  const words = lf.split(' ').filter(Boolean);
  if (words.length === 0 || lf.length <= units.join('').length) return false;
  const first = words[0].toLowerCase();
  if (CONNECTORS.has(first) || first === 'a' || first === 'an') return false;
  if (first[0] !== units[0][0]) return false;
  // most letters of the short form should start a word of the long form
  let starts = 0;
  for (const u of units) if (words.some((w) => w.toLowerCase().startsWith(u))) starts++;
  return words.length === 1 ? lf.length >= units.length + 3 : starts >= Math.min(2, units.length) && words.length <= units.length + 3;
}

/** "SF (long form)": the parenthesis right after the candidate. */
export function defineAfter(t: Tokens, c: Candidate, v: WordView, dict: Dictionary, lang: string): Definition | null {
  const a = c.w1 + 1;
  if (a >= t.n || (t.sep[a] & SEP.OPEN) === 0 || (t.sep[a] & (SEP.STOP | SEP.LINE)) !== 0) return null;
  const units = letterUnits(c.surface);
  const max = Math.max(12, 2 * units.length + 6);
  let b = a;
  while (b + 1 < t.n && b - a < max && (t.sep[b + 1] & HARD) === 0) b++;
  if (b + 1 < t.n && (t.sep[b + 1] & SEP.CLOSE) === 0) return null;
  return defineInRange(t, c, v, dict, lang, afterCue(t, a, b, DEFINING_CUES), b);
}

/** First letters (lower case) of the cues' first words: "là", "tên", "viết", "short", "aka" … */
const CUE_INITIALS = new Set([...DEFINING_CUES].map((cue) => cue[0].charCodeAt(0)));

/** Skips a defining cue ("viết tắt của", "short for") starting at word a; returns the first word after it. */
export function afterCue(t: Tokens, a: number, b: number, cues: string[][]): number {
  // most words after an abbreviation open no cue: a look at their length and first letter, before building a string
  if (a >= b || t.end[a] - t.start[a] > 8 || !CUE_INITIALS.has(t.text.charCodeAt(t.start[a]) | 0x20)) return a;
  const first = raw(t, a);
  for (const cue of cues) {
    if (cue[0] !== first) continue;
    let ok = a + cue.length <= b;
    for (let k = 1; k < cue.length && ok; k++) ok = raw(t, a + k) === cue[k] && (t.sep[a + k] & (HARD | SEP.COMMA)) === 0;
    if (ok) return a + cue.length;
  }
  return a;
}

/**
 * Do words a..b define the candidate: a known meaning, its letters, an English long form, or (unless `strict`:
 * a weak cue, like a dash) Vietnamese words for an acronym or the article's wording of a known meaning?
 */
export function defineInRange(t: Tokens, c: Candidate, v: WordView, dict: Dictionary, lang: string, a: number, b: number,
  strict = false): Definition | null {
  const units = letterUnits(c.surface);
  const words = v.range(a, b);
  const folded = words.join(' ');
  for (const { sense, form } of allForms(dict, c.key)) {
    if (form === folded) return { expansion: slice(t, a, b), crossLanguage: sense.lang !== (lang === 'vi' ? 'vi' : 'en') };
  }
  if (matchBackward(words, units, words.length - 1, 0) === 0) return { expansion: slice(t, a, b), crossLanguage: false };
  const text = slice(t, a, b);
  if (isAscii(text) && units.length >= 2) {
    const lf = schwartzHearst(c.key, text);
    if (lf === text && acceptEnglish(lf, units)) return { expansion: text, crossLanguage: false };
  }
  if (strict) return null;
  // across languages: "eKYC (định danh khách hàng điện tử)", for an acronym the dictionary does not know
  const crossed = lang === 'vi' && dict.byKey.get(c.key) === undefined ? crossAfter(t, c, v, a, b) : null;
  return crossed ?? guidedAfter(t, c, v, a, b, dict, dictLangOf(lang));
}

/** Is the candidate itself inside "( … )" right after some words? */
export function isParenthesised(t: Tokens, c: Candidate): boolean {
  if ((t.sep[c.w0] & SEP.OPEN) === 0) return false;
  let k = c.end;
  if (t.text[k] === 's') k++; // a plural the finder dropped: "(IEPs)"
  while (k < t.text.length && t.text.charCodeAt(k) === 32) k++;
  return k < t.text.length && (t.text[k] === ')' || t.text[k] === ']');
}
