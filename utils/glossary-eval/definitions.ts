/**
 * Strict, letter-aligned inline definitions in plain text, for building the silver evaluation set
 * (and for the plain baseline): "long form (SF)" and "SF (long form)" where every letter unit of SF
 * is the initial of one word of the long form, in order. Deliberately narrow: a silver item must be
 * a definition beyond doubt, not whatever a clever finder can argue for.
 *
 * A letter unit is a capital with the lower-case letters after it (ThS → Th, S); letters are folded
 * (no diacritics, Đ → D) before comparing. "&" in SF matches "và", "and" or "&"; "-" and "." in SF
 * match nothing; dashes between the words of the long form are skipped, and so are the linking words
 * và/của/and/of/for/the inside it (never first or last).
 */

export interface Definition {
  /** SF as written */
  abbr: string;
  /** the long form as written (from its first to its last matched word) */
  expansion: string;
  /** where the whole definition ("long form (SF)" or "SF (long form)") starts and ends in the text */
  start: number;
  end: number;
  order: 'long-first' | 'short-first';
}

const LINKING = new Set(['va', 'cua', 'and', 'of', 'for', 'the']);
const MAX_SF = 12;
const MAX_LONG_WORDS = 16;

/** Lower case, no diacritics, đ → d. */
export function foldWord(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** Folded letter units of an abbreviation ('&' kept as a unit), or null when it is not one we accept. */
export function letterUnits(sf: string): string[] | null {
  if (sf.length < 2 || sf.length > MAX_SF) return null;
  const units: string[] = [];
  let capitals = 0;
  for (let i = 0; i < sf.length; i++) {
    const ch = sf[i];
    if (ch === '&') { units.push('&'); continue; }
    if (ch === '-' || ch === '.') continue;
    if (!isUpper(ch)) return null; // digits, stray lower case, anything else: not for the silver set
    capitals++;
    let unit = ch;
    while (i + 1 < sf.length && isLower(sf[i + 1])) unit += sf[++i];
    units.push(foldWord(unit));
  }
  if (capitals < 2 || units[0] === '&' || units[units.length - 1] === '&') return null;
  return units;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

interface Word { text: string; folded: string; start: number; end: number; dash: boolean }

/** Words of a span (letters, digits and inner apostrophes), dashes as their own items. */
function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i];
    if (ch === '-' || ch === '–' || ch === '—') { out.push({ text: ch, folded: '', start: i, end: i + 1, dash: true }); i++; continue; }
    if (ch === '&') { out.push({ text: ch, folded: '&', start: i, end: i + 1, dash: false }); i++; continue; }
    if (!/[\p{L}\p{N}]/u.test(ch)) { i++; continue; }
    let j = i + 1;
    while (j < to && /[\p{L}\p{N}\p{M}]/u.test(text[j])) j++;
    out.push({ text: text.slice(i, j), folded: foldWord(text.slice(i, j)), start: i, end: j, dash: false });
    i = j;
  }
  return out;
}

const AND_WORDS = new Set(['va', 'and', '&']);

/**
 * Match units against words exactly: each word (dashes skipped; linking words skipped when inner) must
 * begin with the next unit, all units used, all words used. Returns true on a full match.
 */
export function unitsMatchWords(units: string[], words: { folded: string; dash: boolean }[]): boolean {
  const ws = words.filter((w) => !w.dash);
  if (ws.length === 0 || ws.length > MAX_LONG_WORDS) return false;
  const go = (u: number, w: number): boolean => {
    if (u === units.length) return w === ws.length;
    if (w === ws.length) return false;
    const unit = units[u];
    const word = ws[w].folded;
    if (unit === '&') return AND_WORDS.has(word) && go(u + 1, w + 1);
    if (word.startsWith(unit) && word !== '&' && go(u + 1, w + 1)) return true;
    // an inner linking word the SF leaves out: "Nông nghiệp và Phát triển nông thôn" (NNPTNT)
    return u > 0 && LINKING.has(word) && go(u, w + 1);
  };
  return go(0, 0);
}

/** Sentence-like boundaries a long form does not cross. */
const BREAK = /[.!?;:()[\]{}"“”\n]/;

/** Every strict definition in the text, in order. */
export function findDefinitions(text: string): Definition[] {
  const out: Definition[] = [];
  let open = text.indexOf('(');
  while (open >= 0) {
    const close = text.indexOf(')', open + 1);
    if (close < 0) break;
    const inner = text.slice(open + 1, close);
    const def = inner.includes('(') ? null : longFirst(text, open, close, inner.trim()) ?? shortFirst(text, open, close, inner);
    if (def) out.push(def);
    open = text.indexOf('(', open + 1);
  }
  return out;
}

/** "long form (SF)": the words right before the parenthesis, back to a break, the shortest that match. */
function longFirst(text: string, open: number, close: number, sf: string): Definition | null {
  const units = letterUnits(sf);
  if (!units) return null;
  let from = open - 1;
  const limit = Math.max(0, open - 300);
  while (from > limit && !BREAK.test(text[from - 1])) from--;
  const words = wordsOf(text, from, open);
  const needed = units.filter((u) => u !== '&').length;
  // try the shortest span first: n words, then with linking words or dashes inside
  for (let k = words.length - 1; k >= 0 && words.length - k <= MAX_LONG_WORDS; k--) {
    if (words[k].dash) continue;
    const span = words.slice(k);
    const content = span.filter((w) => !w.dash).length;
    if (content < needed) continue;
    if (unitsMatchWords(units, span)) {
      const start = span[0].start;
      const expansion = text.slice(start, span[span.length - 1].end);
      return { abbr: sf, expansion, start, end: close + 1, order: 'long-first' };
    }
  }
  return null;
}

/** "SF (long form)": an SF right before the parenthesis, the whole parenthesis its long form. */
function shortFirst(text: string, open: number, close: number, inner: string): Definition | null {
  let e = open;
  while (e > 0 && text[e - 1] === ' ') e--;
  let s = e;
  while (s > 0 && /[\p{L}\p{N}&.-]/u.test(text[s - 1])) s--;
  while (s < e && (text[s] === '.' || text[s] === '-')) s++;
  let sfEnd = e;
  while (sfEnd > s && text[sfEnd - 1] === '.') sfEnd--; // sentence full stop is not part of SF
  const sf = text.slice(s, sfEnd);
  const units = letterUnits(sf);
  if (!units || BREAK.test(inner)) return null;
  const words = wordsOf(text, open + 1, close);
  if (!unitsMatchWords(units, words)) return null;
  const nonDash = words.filter((w) => !w.dash);
  const expansion = text.slice(nonDash[0].start, nonDash[nonDash.length - 1].end);
  return { abbr: sf, expansion, start: s, end: close + 1, order: 'short-first' };
}

export interface Removal { start: number; end: number; replacement: string }

/**
 * The text with each removal's span replaced (spans must not overlap; any order). Used to build a
 * silver item: "Ủy ban nhân dân (UBND)" becomes "UBND", so the form is still used where it was defined.
 */
export function applyRemovals(text: string, removals: Removal[]): string {
  const sorted = [...removals].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const r of sorted) {
    if (r.start < at || r.end < r.start || r.end > text.length) throw new Error(`bad removal ${r.start}-${r.end}`);
    out += text.slice(at, r.start) + r.replacement;
    at = r.end;
  }
  return out + text.slice(at);
}
