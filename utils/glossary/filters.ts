/**
 * What looks like an abbreviation but is not one: Roman numerals, unit symbols, times, OK,
 * words of all-caps headings and shouted runs, datelines ("BOISE, ID (CW) —"), byline initials.
 */
import type { Tokens } from './tokenize.ts';
import { FLAG } from './candidates.ts';
import { SEP } from './tokenize.ts';
import { fold, isLowerCode, isDigitCode, isViSyllable } from './normalize.ts';

const UNITS = new Set(['km', 'm2', 'm3', 'kV', 'KV', 'MVA', 'kVA', 'MW', 'MWh', 'kW', 'KW', 'kWh', 'KWh', 'GW', 'GWh', 'TWh',
  'MWp', 'kWp', 'Wp', 'MHz', 'GHz', 'KHz', 'kHz', 'KB', 'Mbps', 'Gbps', 'dB', 'mAh', 'MPa', 'kPa', 'hPa', 'mmHg', 'HP', 'CC']);
const ALWAYS = new Set(['OK', 'TM', 'TBD']);
const TIMES = new Set(['AM', 'PM', 'A.M.', 'P.M.']);
const ZONES = new Set(['GMT', 'UTC', 'ICT', 'EST', 'EDT', 'PST', 'PDT', 'CST', 'CDT', 'MST', 'MDT', 'BST', 'CET', 'CEST', 'JST', 'KST']);
export const EN_STOPWORDS = new Set(('A AN THE AND OR NOT NO YES ARE IS AM WAS WERE BE BEEN FOR TO OF IN ON AT BY WE YOU HE SHE THEY ' +
  'I ME MY OUR YOUR THEIR HIS HER ITS THIS THAT THESE THOSE WITH FROM BUT SO IF THEN THAN ALL ANY NEW NOW NEVER EVER JUST ' +
  'WILL CAN MUST SHALL DO DOES DID DONE HAVE HAS HAD GET GOT STOP GO OUT UP DOWN OFF OVER BACK HERE THERE WHAT WHY HOW ' +
  'WHEN WHERE WHICH BREAKING LIVE WATCH UPDATE UPDATED READ MORE EXCLUSIVE OPINION ANALYSIS VIDEO PHOTO PHOTOS SEE ALSO ' +
  'CLICK SHARE FREE HELP SAVE NOTE WARNING ONLY VERY REALLY EVERYONE EVERY ONE TWO THREE LOVE HATE SALE SORRY THANKS ' +
  'PLEASE DON\'T LOL OMG').split(' '));
const ROMAN_CONTEXT = new Set(['thu', 'khoa', 'quy', 'ky', 'phan', 'chuong', 'tap', 'dot', 'giai', 'doan', 'lan', 'the',
  'war', 'part', 'chapter', 'phase', 'volume', 'vol', 'book', 'act', 'season', 'round', 'world', 'pope', 'king', 'queen']);

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const a = ROMAN[s[i]];
    if (!a) return 0;
    const b = i + 1 < s.length ? ROMAN[s[i + 1]] : 0;
    total += a < b ? -a : a;
  }
  return total;
}
function toRoman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'],
    [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, r] of table) while (n >= v) { out += r; n -= v; }
  return out;
}
export function isRomanNumeral(s: string): boolean {
  if (s.length === 0 || s.length > 12 || !ROMAN[s[0]]) return false;
  const n = romanValue(s);
  return n > 0 && n < 4000 && toRoman(n) === s;
}

function prevChar(text: string, pos: number): string {
  let k = pos - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\u00a0')) k--;
  return k >= 0 ? text[k] : '';
}

export interface FilterContext { lang: 'vi' | 'en'; known: (key: string) => boolean }

/** WORD: a lone Vietnamese word in capitals no dictionary knows (an emphasis, or THA = thi hành án): listed only if
 *  the article itself defines it or spells it out (define.ts, inferred.ts). */
export const VERDICT = { KEEP: 0, BYLINE: 1, DROP: 2, WORD: 3 } as const;

/**
 * Per-candidate verdict (VERDICT.DROP: not an abbreviation, BYLINE: at most unknown, KEEP). What depends
 * only on the written form is decided once per form; per candidate only its surroundings are looked at.
 */
export function classifyCandidates(t: Tokens, ctx: FilterContext): Uint8Array {
  const text = t.text;
  const cs = t.cands;
  const nc = cs.n;
  const out = new Uint8Array(nc);
  // per written form: 0 unknown yet, else 1 + bits (2 dropped always, 4 time word, 8 zone, 16 Roman I/V/X only,
  // 32 Roman with L/C/D/M, 64 word-like)
  const formBits = new Uint8Array(cs.surfaces.length);
  const bitsOf = (id: number): number => {
    let b = formBits[id];
    if (b !== 0) return b;
    const s = cs.surfaces[id];
    b = 1;
    if (UNITS.has(s) || ALWAYS.has(s)) b |= 2;
    if (TIMES.has(s)) b |= 4;
    if (ZONES.has(s)) b |= 8;
    if (isRomanNumeral(s)) {
      let onlyIVX = true;
      for (const ch of s) if (ch !== 'I' && ch !== 'V' && ch !== 'X') onlyIVX = false;
      b |= onlyIVX ? 16 : 32;
    }
    if (isWordlike(s, cs.keys[id], ctx)) b |= 64;
    formBits[id] = b;
    return b;
  };
  let lastLine = -1;
  let lineDateline = -1;
  let lineByline = false;
  for (let k = 0; k < nc; k++) {
    const b = bitsOf(cs.surf[k]);
    const start = cs.start[k];
    if ((b & 2) !== 0 || (cs.flags[k] & FLAG.PERSON_INITIAL) !== 0) { out[k] = VERDICT.DROP; continue; }
    if ((b & 4) !== 0 && isDigitCode(prevChar(text, start).charCodeAt(0))) { out[k] = VERDICT.DROP; continue; }
    if ((b & 8) !== 0) {
      const next = text[cs.end[k]] ?? '';
      const prev = prevChar(text, start);
      if (next === '+' || next === '-' || next === '−' || isDigitCode(prev.charCodeAt(0)) || prev === '(') { out[k] = VERDICT.DROP; continue; }
    }
    if ((b & 16) !== 0) { out[k] = VERDICT.DROP; continue; }
    if ((b & 32) !== 0) {
      const w = cs.w0[k];
      const prev = w > 0 && t.end[w - 1] - t.start[w - 1] <= 12 ? fold(text.slice(t.start[w - 1], t.end[w - 1])) : '';
      if (ROMAN_CONTEXT.has(prev)) { out[k] = VERDICT.DROP; continue; }
    }
    // the line's dateline and byline status, looked up once per line (candidates come in text order)
    const line = cs.line[k];
    if (line !== lastLine) {
      lastLine = line;
      lineDateline = findDateline(text, t.lineStart[line]);
      lineByline = isBylineLine(text, t.lineStart[line]);
    }
    if (start < lineDateline) { out[k] = VERDICT.DROP; continue; }
    if (lineByline) out[k] = VERDICT.BYLINE;
  }
  // shouted runs: adjacent all-caps words, at least two of them ordinary words
  const wordlike = (j: number) => (bitsOf(cs.surf[j]) & 64) !== 0;
  let k = 0;
  while (k < nc) {
    let m = k + 1;
    while (m < nc && adjacent(t, m - 1, m)) m++;
    let words = 0;
    for (let j = k; j < m && words < 2; j++) if (wordlike(j)) words++;
    if (m - k >= 2 && words >= 2) {
      // a shouted heading: its ordinary words, and any word the dictionary does not know ("… CHIẾN TRƯỜNG UKRAINE SAU …")
      for (let j = k; j < m; j++) if (wordlike(j) || !ctx.known(cs.key(j))) out[j] = VERDICT.DROP;
    } else if (m - k === 1 && wordlike(k)) {
      if (ctx.lang === 'vi' ? !ctx.known(cs.key(k)) : EN_STOPWORDS.has(cs.surface(k))) {
        out[k] = ctx.lang === 'vi' && out[k] === VERDICT.KEEP ? VERDICT.WORD : VERDICT.DROP;
      }
    }
    k = m;
  }
  return out;
}

function isWordlike(s: string, key: string, ctx: FilterContext): boolean {
  for (let i = 0; i < s.length; i++) if (isLowerCode(s.charCodeAt(i))) return false; // not all caps
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 0x2d || ch === 0x2e || ch === 0x26 || isDigitCode(ch)) return false;
  }
  if (ctx.lang === 'vi') return isViSyllable(fold(s));
  if (EN_STOPWORDS.has(s)) return true;
  if (ctx.known(key) || s.length < 3) return false;
  let vowels = 0;
  for (const ch of s) if ('AEIOUY'.includes(ch)) vowels++;
  return vowels >= 1 && vowels < s.length;
}

function adjacent(t: Tokens, a: number, b: number): boolean {
  if (t.cands.w0[b] !== t.cands.w1[a] + 1) return false;
  return (t.sep[t.cands.w0[b]] & (SEP.STOP | SEP.OPEN | SEP.CLOSE | SEP.LINE)) === 0;
}

/** "BOISE, ID (CW) —", "HÀ NỘI –": upper-case words opening a line, then a dash. Returns the dash offset or -1. */
function findDateline(text: string, from: number): number {
  let letters = 0;
  for (let k = from; k < text.length && k < from + 60; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 0x0a) return -1;
    if (isLowerCode(ch)) return -1;
    if (ch === 0x2014 || ch === 0x2013 || (ch === 0x2d && text[k - 1] === ' ' && text[k + 1] === ' ')) return letters >= 3 ? k : -1;
    if (ch > 0x40) letters++;
  }
  return -1;
}

/** A short line without lower-case letters: a byline ("THANH TÂM") or a credit. */
function isBylineLine(text: string, from: number): boolean {
  let words = 0;
  let inWord = false;
  for (let k = from; k < text.length; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 0x0a) break;
    if (k - from > 40 || isLowerCode(ch)) return false;
    const w = ch > 0x40 || isDigitCode(ch);
    if (w && !inWord) words++;
    inWord = w;
  }
  return words > 0 && words <= 4;
}

const VOWELS = new Set([...'AEIOUY']);
/**
 * A name or word in capitals (NORODOM, SIHANOUK), not letters to spell out: at least five Latin letters, two vowel
 * groups or more, no three consonants in a row. Asked only of forms left unexplained (an acronym that reads as a
 * word, UNESCO or COVID, is known or defined): an unknown one is then not listed, rather than listed as unknown.
 */
export function isNameInCaps(s: string): boolean {
  if (s.length < 5) return false;
  let groups = 0, run = 0, prevVowel = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x41 || c > 0x5a) return false;
    const vowel = VOWELS.has(s[i]);
    if (vowel && !prevVowel) groups++;
    run = vowel ? 0 : run + 1;
    if (run >= 3) return false;
    prevVowel = vowel;
  }
  return groups >= 2;
}
