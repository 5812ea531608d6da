/**
 * Definitions across languages: an English acronym defined by Vietnamese words, in either order —
 * "trí tuệ nhân tạo (AI)", "eKYC (định danh khách hàng điện tử)", "Quỹ Tiền tệ Quốc tế (IMF)".
 * The letters do not spell the words, so the long form's edges come from other cues: a name opened by a
 * Vietnamese head noun and written capitalised (Tổ chức, Quỹ, Cơ quan, Ngân hàng, Bộ…); or a lower-case phrase
 * that starts after a verb, a preposition, a comma or the sentence start. Only for acronyms the dictionary does
 * not know (a known one is defined by its known meanings, in inline.ts) and only with a length a translation
 * can have (one to three syllables a letter). Anything else gives nothing: a wrong meaning costs twice.
 */
import type { Candidate, Tokens } from './tokenize.ts';
import { SEP } from './tokenize.ts';
import { collapseSpace, isDigitCode, isLowerCode, isUpperCode, isViSyllable, letterUnits } from './normalize.ts';
import type { WordView } from './words.ts';
import { HEAD_NOUNS, PHRASE_BREAKS, PHRASE_BREAK_PAIRS, ASIDE_STARTS, DEFINING_CUES } from './data/inline-cues.ts';

const HARD = SEP.STOP | SEP.OPEN | SEP.CLOSE | SEP.LINE | SEP.QUOTE;
/** the longest name taken: "Tổ chức Lương thực và Nông nghiệp Liên hợp quốc" has 11 syllables */
const MAX_NAME = 14;
/** lower-case syllables in a row inside a name ("Cơ quan Bảo vệ môi trường Mỹ" has three) */
const MAX_LOWER_RUN = 3;

export interface CrossDefinition { expansion: string; crossLanguage: true }

/** An acronym in Latin letters, possibly mixed case (eKYC, DoD), two letters or more. */
export function isLatinAcronym(surface: string): boolean {
  for (let i = 0; i < surface.length; i++) if (surface.charCodeAt(i) > 0x7f) return false;
  return letterUnits(surface).length >= 2 || surface.length >= 3;
}

function raw(t: Tokens, j: number): string {
  return t.text.slice(t.start[j], t.end[j]).normalize('NFC').toLowerCase();
}
function slice(t: Tokens, a: number, b: number): string {
  return collapseSpace(t.text.slice(t.start[a], t.end[b]));
}
const upper = (t: Tokens, j: number) => isUpperCode(t.text.charCodeAt(t.start[j]));
const lower = (t: Tokens, j: number) => isLowerCode(t.text.charCodeAt(t.start[j]));
/** A Vietnamese word: a possible syllable, no digit; `marked` when it carries a diacritic (not an English word). */
function viWord(t: Tokens, v: WordView, j: number): { ok: boolean; marked: boolean } {
  let marked = false;
  for (let k = t.start[j]; k < t.end[j]; k++) {
    const c = t.text.charCodeAt(k);
    if (isDigitCode(c)) return { ok: false, marked };
    if (c > 0x7f) marked = true;
  }
  return { ok: isViSyllable(v.get(j)), marked };
}
const sentenceStart = (t: Tokens, j: number) => j === 0 || (t.sep[j] & HARD) !== 0;

/** Word count a translation of `units` letters may have. */
function plausibleLength(n: number, units: number): boolean {
  return n >= Math.max(2, units) && n <= 3 * units + 2;
}

/** Words of the head noun starting at word k (2: "Tổ chức", 1: "Quỹ", 0: none). */
function headAt(v: WordView, k: number, end: number): number {
  if (k + 1 <= end && HEAD_NOUNS.has(v.get(k) + ' ' + v.get(k + 1))) return 2;
  return HEAD_NOUNS.has(v.get(k)) ? 1 : 0;
}

/**
 * A capitalised name ending at `end`, opened by the nearest capitalised head noun within MAX_NAME words
 * ("Cơ quan Năng lượng Quốc tế (IEA)"), widened to a head right before it ("Nhóm Ngân hàng Thế giới",
 * "Tổ chức Hiệp ước …"). At least two words follow the head. Returns the name's first word or -1.
 */
export function nameBefore(t: Tokens, v: WordView, end: number, from: number): number {
  for (let k = end - 1; k >= Math.max(from, end - MAX_NAME); k--) {
    const head = headAt(v, k, end);
    // a lower-case head word is a word inside the name, or the tail of a two-word head ("Hiệp hội")
    if (head === 0 || !upper(t, k)) continue;
    if (end - k - head + 1 < 2 || !upper(t, k + head) || !validName(t, v, k, end)) return -1;
    for (;;) {
      const one = k - 1 >= from && (t.sep[k] & HARD) === 0 && upper(t, k - 1) && headAt(v, k - 1, end) === 1 ? k - 1 : -1;
      const two = k - 2 >= from && (t.sep[k] & HARD) === 0 && (t.sep[k - 1] & HARD) === 0 && upper(t, k - 2) && headAt(v, k - 2, end) === 2 ? k - 2 : -1;
      if (two >= 0) k = two; else if (one >= 0) k = one; else break;
    }
    return k;
  }
  return -1;
}

function validName(t: Tokens, v: WordView, a: number, b: number): boolean {
  let lowerRun = 0;
  for (let j = a; j <= b; j++) {
    if (j > a && (t.sep[j] & HARD) !== 0) return false;
    for (let k = t.start[j]; k < t.end[j]; k++) if (isDigitCode(t.text.charCodeAt(k))) return false;
    lowerRun = lower(t, j) ? lowerRun + 1 : 0;
    if (lowerRun > MAX_LOWER_RUN) return false;
  }
  return b - a + 1 >= 2;
}

/**
 * A lower-case Vietnamese phrase ending at `end`: walks back to a phrase break (a preposition, a verb, a comma,
 * the sentence start, a capitalised word). Returns its first word or -1 when no clean edge is met in time.
 */
export function phraseBefore(t: Tokens, v: WordView, end: number, from: number, units: number): number {
  const max = 3 * units + 2;
  let marked = false;
  let first = end + 1;
  for (let j = end; ; j--) {
    if (j < from) {
      if (from > 0 && (t.sep[from] & HARD) === 0) return -1; // cut by the window, not by a break
      break;
    }
    const w = raw(t, j);
    if (PHRASE_BREAKS.has(w) || (j > from && PHRASE_BREAK_PAIRS.has(raw(t, j - 1) + ' ' + w))) break;
    // a capitalised word inside the sentence ends the phrase (it starts after it)
    if (!lower(t, j) && !(upper(t, j) && sentenceStart(t, j))) break;
    const vw = viWord(t, v, j);
    if (!vw.ok) return -1;
    marked ||= vw.marked;
    first = j;
    if (end - first + 1 > max) return -1; // no edge in time: no guess
    if (sentenceStart(t, j) || (t.sep[j] & (SEP.COMMA | SEP.DASH)) !== 0) break;
  }
  return marked && plausibleLength(end - first + 1, units) ? first : -1;
}

/** The candidate is followed by more words of its sentence (after its closing parenthesis). */
function sentenceGoesOn(t: Tokens, c: Candidate): boolean {
  const next = c.w1 + 1;
  return next < t.n && (t.sep[next] & (SEP.STOP | SEP.LINE)) === 0;
}

/**
 * "long form (SF)" / "long form, gọi tắt là SF" across languages; `end` is the long form's last word.
 * A lower-case phrase also needs the sentence to go on after "(SF)" or SF to be used again (a source credit,
 * "… đã xử lý (PLO)", closes its paragraph and is met once), unless a defining cue was written.
 */
export function crossBefore(t: Tokens, c: Candidate, v: WordView, end: number, from: number,
  opts: { uses: number; explicit: boolean }): CrossDefinition | null {
  if (!isLatinAcronym(c.surface) || end < from) return null;
  const units = letterUnits(c.surface).length;
  const name = nameBefore(t, v, end, from);
  if (name >= 0) return { expansion: slice(t, name, end), crossLanguage: true };
  if (!opts.explicit && opts.uses < 2 && !sentenceGoesOn(t, c)) return null;
  const phrase = phraseBefore(t, v, end, from, units);
  return phrase >= 0 ? { expansion: slice(t, phrase, end), crossLanguage: true } : null;
}

/** "SF (long form)" across languages: the words a..b inside the parenthesis. */
export function crossAfter(t: Tokens, c: Candidate, v: WordView, a: number, b: number): CrossDefinition | null {
  if (!isLatinAcronym(c.surface)) return null;
  // "(tức là …)", "(viết tắt của …)": the cue says a definition follows
  for (const cue of DEFINING_CUES) {
    const n = cue.length;
    let ok = a + n <= b;
    for (let k = 0; k < n && ok; k++) ok = raw(t, a + k) === cue[k];
    if (ok) { a += n; break; }
  }
  if (ASIDE_STARTS.has(raw(t, a)) || (a < b && ASIDE_STARTS.has(raw(t, a) + ' ' + raw(t, a + 1)))) return null;
  const units = letterUnits(c.surface).length;
  if (upper(t, a)) {
    // a name: only opened by a head noun (a place, "(Mỹ)", "(Hà Nội)", is not a definition)
    const pair = a < b ? v.get(a) + ' ' + v.get(a + 1) : '';
    const head = HEAD_NOUNS.has(pair) ? 2 : HEAD_NOUNS.has(v.get(a)) ? 1 : 0;
    if (head === 0 || a + head > b || !upper(t, a + head) || !validName(t, v, a, b)) return null;
    return { expansion: slice(t, a, b), crossLanguage: true };
  }
  let marked = false;
  for (let j = a; j <= b; j++) {
    if (upper(t, j) && !lower(t, j) && t.end[j] - t.start[j] > 1 && isUpperCode(t.text.charCodeAt(t.start[j] + 1))) return null; // an acronym inside
    const vw = viWord(t, v, j);
    if (!vw.ok) return null;
    marked ||= vw.marked;
    if (j > a && (t.sep[j] & (SEP.COMMA | SEP.DASH)) !== 0) return null; // a list or an aside, not a name
  }
  return marked && plausibleLength(b - a + 1, units) ? { expansion: slice(t, a, b), crossLanguage: true } : null;
}
