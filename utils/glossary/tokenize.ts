/**
 * One linear, hand-written pass over the text: words (for context and long-form matching) and
 * abbreviation candidates (upper-case runs, joined forms like KT-XH, GD&ĐT, TP.HCM, NĐ-CP inside
 * 15/2020/NĐ-CP, COVID-19, and the mixed-case forms the dictionary knows: Fed, PhD, ThS).
 * No regular expressions: page text is hostile input.
 */
import { isDigitCode, isLowerCode, isUpperCode, isWordCode, abbrKey, KIND_TABLE } from './normalize.ts';

const K = KIND_TABLE;
const MAX_JOINED = 48;

/** Separator bits recorded before each word. */
export const SEP = { COMMA: 1, STOP: 2, OPEN: 4, CLOSE: 8, LINE: 16, DASH: 32, JOIN: 64, QUOTE: 128 } as const;

export interface Candidate {
  surface: string;
  key: string;
  start: number;
  end: number;
  /** first and last word index covered */
  w0: number;
  w1: number;
  line: number;
  /** all letters upper case (a shouted word could look like this) */
  allCaps: boolean;
  /** made of single letters with dots: U.S., N.V.T. */
  dottedInitials: boolean;
  /** a single initial before a name: H.Nam, N.Anh */
  personInitial: boolean;
}

export interface Tokens {
  text: string;
  n: number;
  start: Int32Array;
  end: Int32Array;
  sep: Uint8Array;
  line: Int32Array;
  cands: Candidate[];
  lineStart: number[];
}


function sepBits(c: number): number {
  switch (c) {
    case 0x2c: case 0x3001: return SEP.COMMA;
    case 0x2e: case 0x3b: case 0x3a: case 0x21: case 0x3f: case 0x2026: return SEP.STOP;
    case 0x28: case 0x5b: return SEP.OPEN;
    case 0x29: case 0x5d: return SEP.CLOSE;
    case 0x0a: case 0x0d: case 0x2028: case 0x2029: return SEP.LINE;
    case 0x2014: case 0x2013: case 0x2d: case 0x2012: case 0x2015: case 0x7c: case 0xb7: case 0x2022: return SEP.DASH;
    case 0x22: case 0x201c: case 0x201d: case 0xab: case 0xbb: return SEP.QUOTE;
    default: return 0;
  }
}

export function tokenize(text: string, mixedKnown: Set<string>): Tokens {
  const len = text.length;
  const cap = (len >> 1) + 2;
  const t: Tokens = { text, n: 0, start: new Int32Array(cap), end: new Int32Array(cap), sep: new Uint8Array(cap),
    line: new Int32Array(cap), cands: [], lineStart: [0] };
  let n = 0;
  let i = 0;
  let pending = 0;
  let line = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (c >= 0x2000 || K[c] === 0) {
      if (c === 0x0a) { line++; t.lineStart.push(i + 1); }
      if (c !== 0x20) pending |= sepBits(c);
      i++;
      continue;
    }
    // raw token: word characters with single inner joiners (. - & / and the non-breaking hyphen)
    const s = i;
    let e = i + 1;
    let joined = false;
    let upper = K[c] === 1;
    while (e < len) {
      const d = text.charCodeAt(e);
      if (d < 0x2000 && K[d] !== 0) { if (K[d] === 1) upper = true; e++; continue; }
      // joiners link at most MAX_JOINED characters: a hostile run like "KT-XH-KT-XH-…" is cut into pieces
      if ((d === 0x2e || d === 0x2d || d === 0x26 || d === 0x2f || d === 0x2011) && e + 1 < len && e - s < MAX_JOINED) {
        const n2 = text.charCodeAt(e + 1);
        if (n2 < 0x2000 && K[n2] !== 0) { joined = true; e += 1; continue; }
      }
      break;
    }
    // U.S. / N.V.T.: keep the final dot of dotted initials
    if (joined && e < len && text.charCodeAt(e) === 0x2e && e - s >= 3 && dottedInitials(text, s, e)) e++;
    const wBegin = n;
    if (!joined) {
      t.start[n] = s; t.end[n] = e; t.line[n] = line; t.sep[n] = pending; n++;
    } else {
      let a = s;
      let first = true;
      while (a < e) {
        let b = a;
        while (b < e && isWordCode(text.charCodeAt(b))) b++;
        if (b > a) {
          t.start[n] = a; t.end[n] = b; t.line[n] = line; t.sep[n] = first ? pending : SEP.JOIN; n++;
          first = false;
        }
        a = b + 1;
      }
    }
    pending = 0;
    t.n = n;
    if (upper) {
      if (joined) findCandidates(t, s, e, wBegin, n, line, mixedKnown);
      else simpleCandidate(t, s, e, wBegin, line, mixedKnown);
    }
    i = e;
    // possessive / contraction: WHO's, NASA’s — skip the suffix
    if (i + 1 < len) {
      const ap = text.charCodeAt(i);
      if (ap === 0x27 || ap === 0x2019) {
        const n2 = text.charCodeAt(i + 1);
        if (n2 < 0x2000 && K[n2] !== 0) { i++; while (i < len && isWordCode(text.charCodeAt(i))) i++; }
      }
    }
  }
  t.n = n;
  return t;
}

/** Fast path for a token without joiners (most of them): no parts, no search. */
function simpleCandidate(t: Tokens, s: number, e: number, w: number, line: number, mixedKnown: Set<string>): void {
  const text = t.text;
  let up = 0, low = 0, dig = 0;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    const kind = c < 0x2000 ? K[c] : 0;
    if (kind === 1) up++; else if (kind === 2) low++; else if (kind === 3) dig++;
  }
  if (low === 0 && dig === 0 && up >= 2) {
    const surface = text.slice(s, e);
    t.cands.push({ surface, key: surface, start: s, end: e, w0: w, w1: w, line, allCaps: true, dottedInitials: false, personInitial: false });
    return;
  }
  if (up === 1 && low > 0 && dig === 0 && !mixedKnown.has(text.slice(s, e))) return; // an ordinary capitalised word
  findCandidates(t, s, e, w, w + 1, line, mixedKnown);
}

/** Upper-case letters only: the surface is its own key. */
function simpleKey(surface: string): boolean {
  for (let k = 0; k < surface.length; k++) {
    const c = surface.charCodeAt(k);
    if (c >= 0x2000 || K[c] !== 1) return false;
  }
  return true;
}

function dottedInitials(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const expectLetter = (k - s) % 2 === 0;
    const c = text.charCodeAt(k);
    if (expectLetter ? !isUpperCode(c) : c !== 0x2e) return false;
  }
  return (e - s) % 2 === 1;
}

interface Part { s: number; e: number; kind: 'A' | 'D' | 'W'; end: number }

function classify(text: string, s: number, e: number, mixedKnown: Set<string>): Part {
  let up = 0, low = 0, dig = 0;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (isUpperCode(c)) up++;
    else if (isLowerCode(c)) low++;
    else if (isDigitCode(c)) dig++;
  }
  if (dig > 0 && up === 0 && low === 0) return { s, e, kind: 'D', end: e };
  if ((low > 0 || dig > 0) && mixedKnown.has(text.slice(s, e))) return { s, e, kind: 'A', end: e };
  // English plural of an abbreviation: NGOs, CEOs, PhDs
  if (low >= 1 && text.charCodeAt(e - 1) === 0x73 && e - s >= 3) {
    const base = text.slice(s, e - 1);
    if ((up >= 2 && low === 1) || mixedKnown.has(base)) return { s, e, kind: 'A', end: e - 1 };
  }
  // 2011PNAS, 800XP: codes, not abbreviations (5G, 4G only when the dictionary has them)
  if (isDigitCode(text.charCodeAt(s))) return { s, e, kind: dig > 0 && up + low === 0 ? 'D' : 'W', end: e };
  if (up >= 2 && up >= low) return { s, e, kind: 'A', end: e };
  if (up >= 1 && low === 0 && dig > 0 && isUpperCode(text.charCodeAt(s))) return { s, e, kind: 'A', end: e };
  return { s, e, kind: 'W', end: e };
}

function findCandidates(t: Tokens, s: number, e: number, wBegin: number, wEnd: number, line: number, mixedKnown: Set<string>): void {
  const text = t.text;
  let segStart = s;
  for (let k = s; k <= e; k++) {
    if (k < e && text.charCodeAt(k) !== 0x2f) continue; // split on '/'
    const parts: Part[] = [];
    let p = segStart;
    for (let m = segStart; m <= k; m++) {
      const c = m < k ? text.charCodeAt(m) : 0x2d;
      if (c === 0x2d || c === 0x2011) { if (m > p) parts.push(classify(text, p, m, mixedKnown)); p = m + 1; }
    }
    let g = 0;
    while (g < parts.length) {
      if (parts[g].kind !== 'A') { g++; continue; }
      let h = g + 1;
      while (h < parts.length && (parts[h].kind === 'A' || (parts[h].kind === 'D' && parts[h - 1].kind === 'A'))) h++;
      pushCandidate(t, parts[g].s, trimTitleWord(text, parts[g].s, parts[h - 1].end), wBegin, wEnd, line);
      g = h;
    }
    segStart = k + 1;
  }
}

/** "TP.Hà Nội": a dotted form ending in a capitalised word keeps only the abbreviation (TP). */
function trimTitleWord(text: string, s: number, e: number): number {
  let dot = e - 1;
  while (dot > s && text.charCodeAt(dot) !== 0x2e) dot--;
  if (dot <= s + 1 || dot >= e - 2) return e;
  if (!isUpperCode(text.charCodeAt(dot + 1))) return e;
  for (let k = dot + 2; k < e; k++) if (!isLowerCode(text.charCodeAt(k))) return e;
  let up = 0;
  for (let k = s; k < dot; k++) if (isUpperCode(text.charCodeAt(k))) up++;
  return up >= 2 ? dot : e;
}

function wordAt(t: Tokens, pos: number, lo: number, hi: number): number {
  // last word in [lo, hi) starting at or before pos
  while (lo < hi - 1) {
    const mid = (lo + hi) >> 1;
    if (t.start[mid] <= pos) lo = mid; else hi = mid;
  }
  return lo;
}

function pushCandidate(t: Tokens, s: number, e: number, wBegin: number, wEnd: number, line: number): void {
  const text = t.text;
  const surface = text.slice(s, e);
  const w0 = wordAt(t, s, wBegin, wEnd);
  const w1 = wordAt(t, e - 1, w0, wEnd);
  let allCaps = true;
  for (let k = 0; k < surface.length; k++) if (isLowerCode(surface.charCodeAt(k))) { allCaps = false; break; }
  const dotted = surface.length >= 3 && dottedInitials(surface, 0, surface.length - (surface.endsWith('.') ? 1 : 0));
  // H.Nam, N.Anh: one initial, a dot, then a capitalised name
  const personInitial = surface.length >= 4 && surface.charCodeAt(1) === 0x2e && isUpperCode(surface.charCodeAt(2))
    && isLowerCode(surface.charCodeAt(3));
  t.cands.push({ surface, key: simpleKey(surface) ? surface : abbrKey(surface), start: s, end: e, w0, w1, line, allCaps, dottedInitials: dotted, personInitial });
}
