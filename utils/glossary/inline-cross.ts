/**
 * Definitions across languages: an English acronym defined by Vietnamese words, in either order —
 * "trí tuệ nhân tạo (AI)", "eKYC (định danh khách hàng điện tử)", "Quỹ Tiền tệ Quốc tế (IMF)".
 * The letters do not spell the words, so the long form's edges come from other cues: a name opened by a
 * capitalised head noun (cross-name.ts); or a lower-case phrase that starts after a verb, a preposition, a comma
 * or the sentence start. Only for acronyms the dictionary does not know (a known one is defined by its known
 * meanings, in inline.ts), written in letters alone, and only with a length a translation can have. Anything else
 * gives nothing: a wrong meaning costs twice.
 */
import type { Candidate, Tokens } from './tokenize.ts';
import { SEP } from './tokenize.ts';
import { collapseSpace, isLetterCode, isViSyllable, letterUnits } from './normalize.ts';
import type { WordView } from './words.ts';
import { HARD, hasDigit, lower, nameBefore, nameInside, raw, upper } from './cross-name.ts';
import { PHRASE_BREAKS, PHRASE_BREAK_PAIRS, ASIDE_STARTS, NAME_JOINERS, UNSAFE_BREAKS } from './data/inline-cues.ts';

export interface CrossDefinition { expansion: string; crossLanguage: true }

/** An acronym in Latin letters alone, possibly mixed case (eKYC, DoD): no digit, dot or Vietnamese letter. */
export function isLatinAcronym(surface: string): boolean {
  for (let i = 0; i < surface.length; i++) {
    const c = surface.charCodeAt(i);
    if (c > 0x7f || !isLetterCode(c)) return false;
  }
  return letterUnits(surface).length >= 2;
}

function slice(t: Tokens, a: number, b: number): string {
  return collapseSpace(t.text.slice(t.start[a], t.end[b]));
}
/** A Vietnamese word: a possible syllable, no digit; `marked` when it carries a diacritic (not an English word). */
function viWord(t: Tokens, v: WordView, j: number): { ok: boolean; marked: boolean } {
  let marked = false;
  for (let k = t.start[j]; k < t.end[j]; k++) if (t.text.charCodeAt(k) > 0x7f) marked = true;
  return { ok: !hasDigit(t, j) && isViSyllable(v.get(j)), marked };
}
const sentenceStart = (t: Tokens, j: number) => j === 0 || (t.sep[j] & HARD) !== 0;

/** Word count a translation of `units` letters may have. */
function plausibleLength(n: number, units: number): boolean {
  return n >= Math.max(2, units) && n <= 2 * units + 2;
}

/**
 * A lower-case Vietnamese phrase ending at `end`: walks back to a phrase break (a preposition, a verb, a comma,
 * the sentence start). A capitalised word inside the sentence means a name the cues could not read: no guess.
 * Returns its first word or -1 when no clean edge is met in time.
 */
export function phraseBefore(t: Tokens, v: WordView, end: number, from: number, units: number): number {
  const max = 2 * units + 2;
  let marked = false;
  let first = end + 1;
  for (let j = end; ; j--) {
    if (j < from) {
      if (from > 0 && (t.sep[from] & HARD) === 0) return -1; // cut by the window, not by a break
      break;
    }
    const w = raw(t, j);
    if (PHRASE_BREAKS.has(w)) { if (UNSAFE_BREAKS.has(w)) return -1; break; }
    const pair = j > from ? raw(t, j - 1) + ' ' + w : '';
    if (PHRASE_BREAK_PAIRS.has(pair)) { if (UNSAFE_BREAKS.has(pair)) return -1; break; }
    if (!lower(t, j) && !(upper(t, j) && sentenceStart(t, j))) return -1;
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
  if ((t.sep[c.w0] & (SEP.STOP | SEP.LINE)) !== 0) return null; // "… tổng thống. (ICTPress) -": a credit, not a gloss
  const units = letterUnits(c.surface).length;
  const name = nameBefore(t, end, from, c.key);
  if (name >= 0) return { expansion: slice(t, name, end), crossLanguage: true };
  if (!opts.explicit && opts.uses < 2 && !sentenceGoesOn(t, c)) return null;
  const phrase = phraseBefore(t, v, end, from, units);
  return phrase >= 0 ? { expansion: slice(t, phrase, end), crossLanguage: true } : null;
}

/** "SF (long form)" across languages: the words a..b inside the parenthesis, after any defining cue (inline.ts). */
export function crossAfter(t: Tokens, c: Candidate, v: WordView, a: number, b: number): CrossDefinition | null {
  if (!isLatinAcronym(c.surface)) return null;
  if (ASIDE_STARTS.has(raw(t, a)) || (a < b && ASIDE_STARTS.has(raw(t, a) + ' ' + raw(t, a + 1)))) return null;
  const units = letterUnits(c.surface).length;
  // a name: only opened by a head noun (a place, "(Mỹ)", "(Hà Nội)", is not a definition)
  if (upper(t, a)) return nameInside(t, a, b, c.key) ? { expansion: slice(t, a, b), crossLanguage: true } : null;
  let marked = false;
  for (let j = a; j <= b; j++) {
    if (!lower(t, j)) return null; // a capital inside: a place or a name ("huyện Quế Sơn"), not a term
    const w = raw(t, j);
    if (PHRASE_BREAKS.has(w) && !NAME_JOINERS.has(w)) return null; // a clause or a list, not a term
    const vw = viWord(t, v, j);
    if (!vw.ok) return null;
    marked ||= vw.marked;
    if (j > a && (t.sep[j] & (SEP.COMMA | SEP.DASH)) !== 0) return null; // a list or an aside, not a name
  }
  return marked && plausibleLength(b - a + 1, units) ? { expansion: slice(t, a, b), crossLanguage: true } : null;
}
