/**
 * Character classes and folding shared by the glossary engine. Everything here is table-driven
 * (no per-word Unicode normalisation) so the engine stays within its per-byte budget.
 */

/** Folded base letter (lower case, no diacritics, đ→d) for each code point below 0x2000; 0 = not a letter. */
const FOLD = new Uint16Array(0x2000);
/** 1 = upper-case letter, 2 = lower-case letter, 3 = digit. */
const KIND = new Uint8Array(0x2000);

for (let code = 0; code < 0x2000; code++) {
  const ch = String.fromCharCode(code);
  if (code >= 48 && code <= 57) { KIND[code] = 3; FOLD[code] = code; continue; }
  if (code >= 0x300 && code <= 0x36f) { KIND[code] = 4; continue; } // combining mark (text in NFD)
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  if (lower === upper || lower.length !== 1) continue; // not a cased letter
  KIND[code] = ch === upper ? 1 : 2;
  let base = lower.normalize('NFD').charAt(0);
  if (base === 'đ') base = 'd';
  FOLD[code] = base.charCodeAt(0);
}

/** The tables themselves, for hot loops (a local reference avoids a call per character). */
export const KIND_TABLE = KIND;
export const FOLD_TABLE = FOLD;

export function isLetterCode(c: number): boolean {
  return c < 0x2000 ? KIND[c] === 1 || KIND[c] === 2 : false;
}
export function isUpperCode(c: number): boolean {
  return c < 0x2000 && KIND[c] === 1;
}
export function isLowerCode(c: number): boolean {
  return c < 0x2000 && KIND[c] === 2;
}
export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
export function isWordCode(c: number): boolean {
  return c < 0x2000 && KIND[c] !== 0;
}

/** Lower case, diacritics removed, đ→d; characters that are not letters or digits become a space. */
export function fold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = c < 0x2000 ? FOLD[c] : 0;
    if (f) out += String.fromCharCode(f);
    else if (c >= 0x300 && c <= 0x36f) continue; // stray combining mark
    else out += ' ';
  }
  return out;
}

const UTF16 = new TextDecoder('utf-16le');

/** fold(), then whitespace collapsed and trimmed: the form dictionary senses are compared in. */
export function foldPhrase(s: string): string {
  if (s.length > 256) return foldLong(s);
  const f = fold(s);
  let out = '';
  let space = false;
  for (let i = 0; i < f.length; i++) {
    const ch = f[i];
    if (ch === ' ') { space = out.length > 0; continue; }
    if (space) { out += ' '; space = false; }
    out += ch;
  }
  return out;
}

/** foldPhrase of a long text (a whole article): written into one buffer, decoded once. */
function foldLong(s: string): string {
  const out = new Uint16Array(s.length);
  let n = 0;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = c < 0x2000 ? FOLD[c] : 0;
    if (f) {
      if (space) { out[n++] = 32; space = false; }
      out[n++] = f;
    } else if (c >= 0x300 && c <= 0x36f) continue; // stray combining mark
    else space = n > 0;
  }
  return UTF16.decode(out.subarray(0, n));
}

/** Grouping key of an abbreviation: its letters and digits in upper case (GD-ĐT ≡ GD&ĐT, TP.HCM ≡ Tp.HCM). */
export function abbrKey(abbr: string): string {
  let out = '';
  for (let i = 0; i < abbr.length; i++) {
    const c = abbr.charCodeAt(i);
    if (isWordCode(c)) out += abbr[i];
  }
  return out.toUpperCase();
}

/**
 * Letter units of an abbreviation, folded: an upper-case letter with the lower-case letters that follow
 * it is one unit (ThS → th, s; PhD → ph, d); digits and joiners are dropped.
 */
export function letterUnits(abbr: string): string[] {
  const units: string[] = [];
  for (let i = 0; i < abbr.length; i++) {
    const c = abbr.charCodeAt(i);
    if (isUpperCode(c)) units.push(String.fromCharCode(FOLD[c]));
    else if (isLowerCode(c)) {
      if (units.length) units[units.length - 1] += String.fromCharCode(FOLD[c]);
      else units.push(String.fromCharCode(FOLD[c]));
    }
  }
  return units;
}

export function foldedFirst(word: string): string {
  const c = word.charCodeAt(0);
  return c < 0x2000 && FOLD[c] ? String.fromCharCode(FOLD[c]) : '';
}

const VI_ONSETS = new Set(['', 'b', 'c', 'ch', 'd', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh',
  'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x']);
const VI_CODAS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't', 'i', 'y', 'o', 'u']);
const VOWELS = 'aeiouy';

/** Could this (folded, lower-case) string be one Vietnamese syllable? (THANH, TÂM, ĐÂU: yes; UBND, TP: no) */
export function isViSyllable(folded: string): boolean {
  const n = folded.length;
  if (n === 0 || n > 7) return false;
  let v = 0;
  while (v < n && !VOWELS.includes(folded[v])) v++;
  if (v === n) return false;
  let onset = folded.slice(0, v);
  if (onset === 'q' && folded[v] === 'u') { onset = 'qu'; v++; }
  if (!VI_ONSETS.has(onset)) return false;
  let e = v;
  while (e < n && VOWELS.includes(folded[e])) e++;
  if (e - v > 3) return false;
  // no Vietnamese vowel doubles a, e, i or y once folded (âm folds to "am"): AAM, EER are acronyms
  for (let k = v + 1; k < e; k++) if (folded[k] === folded[k - 1] && folded[k] !== 'o' && folded[k] !== 'u') return false;
  return VI_CODAS.has(folded.slice(e));
}

/** Whitespace collapsed and trimmed, without regular expressions. */
export function collapseSpace(s: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) { space = out.length > 0; continue; }
    if (space) { out += ' '; space = false; }
    out += s[i];
  }
  return out;
}
