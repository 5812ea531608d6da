/**
 * Definitions of a known abbreviation written in the article's own words: "Thông tấn xã Trung ương Triều Tiên
 * (KCNA)" where the dictionary says "Hãng thông tấn Trung ương Triều Tiên", "KCNA (hãng thông tấn chính thức của
 * Triều Tiên)". The letters do not spell the words and the cross-language cues (inline-cross.ts) may find no clean
 * edge, yet the article defines the form: its wording must win over the dictionary's (the reader sees what the page
 * says, and a page's definition that the dictionary words differently is still the page's). The known meanings give
 * the edge: the long form is the run of words, inside one clause, that shares most of its words with one meaning.
 * Tried only after exact, letter-aligned and cross-language readings gave nothing; a form no meaning is known for
 * gets nothing here.
 */
import type { Candidate, Tokens } from './tokenize.ts';
import { SEP } from './tokenize.ts';
import { collapseSpace, foldPhrase } from './normalize.ts';
import type { Dictionary, DictLang } from './dictionary.ts';
import { allForms } from './dictionary.ts';
import { minedSenses } from './mined.ts';
import type { WordView } from './words.ts';
import { ASIDE_STARTS, PHRASE_BREAKS, PHRASE_BREAK_PAIRS } from './data/inline-cues.ts';
import { GUIDE_BREAKS, GUIDE_IGNORED, GUIDE_JOINERS, GUIDE_SLACK } from './data/inline-guide.ts';
import { raw, upper } from './cross-name.ts';

const HARD = SEP.STOP | SEP.OPEN | SEP.CLOSE | SEP.LINE | SEP.QUOTE;

export interface GuidedDefinition { expansion: string; crossLanguage: boolean }

/** The content words of each known meaning, and the meanings as folded phrases. */
export type Meanings = Set<string>[] & { forms: string[] };

/** The run is the tail of a known meaning cut by a break the page's layout put inside it ("Tổ chức Hàng\nkhông dân
 *  dụng quốc tế (ICAO)" read from "không"): the known meaning, not a reading of its own. */
function tailOfMeaning(words: string[], meanings: Meanings): boolean {
  const run = ' ' + words.join(' ');
  return meanings.forms.some((f) => f.length + 1 > run.length && (' ' + f).endsWith(run));
}

/** The content words (folded) of each meaning known for the key: the hand dictionary in both languages, then the
 *  mined senses the dictionary may use (not the one-article ones awaiting review). */
export function knownMeanings(dict: Dictionary, key: string, lang: DictLang): Meanings {
  const out: Meanings = Object.assign([], { forms: [] as string[] });
  const add = (form: string) => {
    const words = new Set(form.split(' ').filter((w) => w && !GUIDE_IGNORED.has(w)));
    if (words.size >= 2) { out.push(words); out.forms.push(form); }
  };
  for (const { form } of allForms(dict, key)) add(form);
  for (const m of minedSenses(key, lang)) if (!m.review || m.checked || m.corrected || m.crossChecked) add(foldPhrase(m.expansion));
  return out;
}

/**
 * Does the run read as one of the meanings? It shares at least two content words and half of that meaning's
 * words (all but one of a meaning of up to four), and has no more words of its own than shared ones ("Thông tấn xã Trung ương Triều Tiên": 6 shared, "xã"
 * its own).
 */
export function readsAsMeaning(words: string[], meanings: Set<string>[]): boolean {
  for (const m of meanings) {
    const shared = new Set<string>();
    let own = 0;
    for (const w of words) {
      if (GUIDE_IGNORED.has(w)) continue;
      if (m.has(w)) shared.add(w); else own++;
    }
    // a short meaning shares all its words but one ("bảo hiểm y tế" is not "bảo hiểm xã hội")
    const needed = m.size <= 4 ? Math.max(2, m.size - 1) : Math.max(2, Math.ceil(m.size / 2));
    if (shared.size >= needed && own <= shared.size) return true;
  }
  return false;
}

const inAny = (meanings: Set<string>[], w: string) => meanings.some((m) => m.has(w));

function slice(t: Tokens, a: number, b: number): string {
  return collapseSpace(t.text.slice(t.start[a], t.end[b]));
}

/**
 * "long form (SF)": walks back from `end` inside the clause (no sentence, comma or dash break, no function word
 * that is not part of a meaning, "của Triều Tiên" allowed before a capital) and starts at the earliest word of a
 * meaning. The last word is a word of a meaning or a capitalised name.
 */
export function guidedBefore(t: Tokens, c: Candidate, v: WordView, end: number, from: number,
  dict: Dictionary, lang: DictLang): GuidedDefinition | null {
  if (end < from || (t.sep[c.w0] & (SEP.STOP | SEP.LINE)) !== 0) return null;
  const meanings = knownMeanings(dict, c.key, lang);
  if (meanings.length === 0) return null;
  if (!inAny(meanings, v.get(end)) && !upper(t, end)) return null;
  const longest = Math.max(...meanings.map((m) => m.size)) + GUIDE_SLACK;
  let start = -1;
  for (let j = end; j >= from && end - j < longest; j--) {
    if (j < end && (t.sep[j + 1] & (HARD | SEP.COMMA | SEP.DASH)) !== 0) break;
    if (inAny(meanings, v.get(j))) { start = j; continue; }
    const w = raw(t, j);
    if (isBreak(w) && !(j < end && upper(t, j + 1) && GUIDE_JOINERS.has(w))) break;
  }
  if (start < 0 || start === end) return null;
  // a start inside a compound ("bay" of "máy bay", "công ty" of "Tổng công ty") moves back to a clean edge
  for (let k = 0; !cleanEdge(t, start, from); k++) {
    if (k === GUIDE_SLACK || start === from) return null;
    start--;
  }
  const words = v.range(start, end);
  if (!readsAsMeaning(words, meanings) || tailOfMeaning(words, meanings)) return null;
  return { expansion: slice(t, start, end), crossLanguage: false };
}

const isBreak = (w: string) => PHRASE_BREAKS.has(w) || GUIDE_BREAKS.has(w);

/** A long form may start at word j: after a break (sentence, comma, dash, function word, verb) or a capitalised
 *  name after a lower-case word. */
function cleanEdge(t: Tokens, j: number, from: number): boolean {
  if (j === 0 || (t.sep[j] & (HARD | SEP.COMMA | SEP.DASH)) !== 0) return true;
  if (j === from) return false;
  const before = raw(t, j - 1);
  if (isBreak(before) || (j - 2 >= from && PHRASE_BREAK_PAIRS.has(raw(t, j - 2) + ' ' + before))) return true;
  return upper(t, j) && !upper(t, j - 1);
}

/** "SF (long form)": the words a..b inside the parenthesis, whole, read as a meaning. */
export function guidedAfter(t: Tokens, c: Candidate, v: WordView, a: number, b: number,
  dict: Dictionary, lang: DictLang): GuidedDefinition | null {
  if (b <= a || ASIDE_STARTS.has(raw(t, a))) return null;
  for (let j = a + 1; j <= b; j++) if ((t.sep[j] & (HARD | SEP.COMMA)) !== 0) return null;
  const meanings = knownMeanings(dict, c.key, lang);
  if (meanings.length === 0 || !inAny(meanings, v.get(a))) return null;
  return readsAsMeaning(v.range(a, b), meanings) ? { expansion: slice(t, a, b), crossLanguage: false } : null;
}
