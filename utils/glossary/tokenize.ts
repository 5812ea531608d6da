/**
 * One linear, hand-written pass over the text: words (for context and long-form matching) and
 * abbreviation candidates (upper-case runs, joined forms like KT-XH, GD&ĐT, TP.HCM, NĐ-CP inside
 * 15/2020/NĐ-CP, COVID-19, and the mixed-case forms the dictionary knows: Fed, PhD, ThS).
 * No regular expressions: page text is hostile input.
 */
import { KIND_TABLE } from './normalize.ts';
import { CandidateStore, dottedInitials, findCandidates, simpleCandidate } from './candidates.ts';

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
  cands: CandidateStore;
  lineStart: number[];
}


/** Separator bits of each character below 0x2030 (a table: one look-up per character). */
const SEP_TABLE = new Uint8Array(0x2030);
for (const [bits, codes] of [
  [SEP.COMMA, [0x2c]],
  [SEP.STOP, [0x2e, 0x3b, 0x3a, 0x21, 0x3f, 0x2026]],
  [SEP.OPEN, [0x28, 0x5b]],
  [SEP.CLOSE, [0x29, 0x5d]],
  [SEP.LINE, [0x0a, 0x0d, 0x2028, 0x2029]],
  [SEP.DASH, [0x2014, 0x2013, 0x2d, 0x2012, 0x2015, 0x7c, 0xb7, 0x2022]],
  [SEP.QUOTE, [0x22, 0x201c, 0x201d, 0xab, 0xbb]],
] as const) for (const c of codes) SEP_TABLE[c] = bits;

/**
 * A bit per kind of word character (KIND_TABLE: 1 upper → 2, 2 lower → 4, 3 digit → 8, 4 combining mark → 16),
 * 0 for everything else, over all 65,536 code units: the hot loop needs no range check (≥ 0x2000: not a word).
 */
const KIND_BIT = new Uint8Array(0x10000);
for (let c = 0; c < 0x2000; c++) if (K[c] !== 0) KIND_BIT[c] = 1 << K[c];
const UP = 2, LOW = 4, DIGIT = 8;

/** Upper-case letters in text[s, e) (only asked for a token that has one). */
function upperCount(text: string, s: number, e: number): number {
  let up = 0;
  for (let k = s; k < e; k++) if (KIND_BIT[text.charCodeAt(k)] === UP) up++;
  return up;
}

function sepBits(c: number): number {
  return c < 0x2030 ? SEP_TABLE[c] : c === 0x3001 ? SEP.COMMA : 0;
}

export function tokenize(text: string, mixedKnown: Set<string>): Tokens {
  const len = text.length;
  // room for a word every 4 characters to begin with; grown when a text is denser (hostile ones are)
  let cap = (len >> 2) + 16;
  const t: Tokens = { text, n: 0, start: new Int32Array(cap), end: new Int32Array(cap), sep: new Uint8Array(cap),
    cands: new CandidateStore(), lineStart: [0] };
  const grow = (need: number) => {
    while (cap < need) cap *= 2;
    const s2 = new Int32Array(cap); s2.set(t.start); t.start = s2;
    const e2 = new Int32Array(cap); e2.set(t.end); t.end = e2;
    const p2 = new Uint8Array(cap); p2.set(t.sep); t.sep = p2;
  };
  // the word arrays held in locals for the hot loop (re-read after each growth)
  let starts = t.start, ends = t.end, seps = t.sep;
  let n = 0;
  let i = 0;
  let pending = 0;
  let line = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    const bit = KIND_BIT[c];
    if (bit === 0) {
      if (c === 0x0a) { line++; t.lineStart.push(i + 1); }
      if (c !== 0x20) pending |= sepBits(c);
      i++;
      continue;
    }
    // raw token: word characters with single inner joiners (. - & / and the non-breaking hyphen)
    const s = i;
    let e = i + 1;
    let joined = false;
    // the kinds of letters met (a bit each), gathered on the way: a candidate needs no second look
    let kinds = bit;
    while (e < len) {
      const d = text.charCodeAt(e);
      const b = KIND_BIT[d];
      if (b !== 0) { kinds |= b; e++; continue; }
      // joiners link at most MAX_JOINED characters: a hostile run like "KT-XH-KT-XH-…" is cut into pieces
      if ((d === 0x2e || d === 0x2d || d === 0x26 || d === 0x2f || d === 0x2011) && e + 1 < len && e - s < MAX_JOINED) {
        if (KIND_BIT[text.charCodeAt(e + 1)] !== 0) { joined = true; e += 1; continue; }
      }
      break;
    }
    // U.S. / N.V.T.: keep the final dot of dotted initials
    if (joined && e < len && text.charCodeAt(e) === 0x2e && e - s >= 3 && dottedInitials(text, s, e)) e++;
    const wBegin = n;
    // a token of e - s characters holds at most (e - s + 1) / 2 words
    if (n + ((e - s + 1) >> 1) + 1 > cap) { grow(n + ((e - s + 1) >> 1) + 1); starts = t.start; ends = t.end; seps = t.sep; }
    if (!joined) {
      starts[n] = s; ends[n] = e; seps[n] = pending; n++;
    } else {
      let a = s;
      let first = true;
      while (a < e) {
        let b = a;
        while (b < e && KIND_BIT[text.charCodeAt(b)] !== 0) b++;
        if (b > a) {
          starts[n] = a; ends[n] = b; seps[n] = first ? pending : SEP.JOIN; n++;
          first = false;
        }
        a = b + 1;
      }
    }
    pending = 0;
    t.n = n;
    if ((kinds & UP) !== 0) {
      if (joined) findCandidates(t, s, e, wBegin, n, line, mixedKnown);
      else simpleCandidate(t, s, e, wBegin, line, mixedKnown, upperCount(text, s, e), (kinds & LOW) !== 0 ? 1 : 0, (kinds & DIGIT) !== 0 ? 1 : 0);
    }
    i = e;
    // possessive / contraction: WHO's, NASA’s — skip the suffix
    if (i + 1 < len) {
      const ap = text.charCodeAt(i);
      if (ap === 0x27 || ap === 0x2019) {
        const n2 = text.charCodeAt(i + 1);
        if (KIND_BIT[n2] !== 0) { i++; while (i < len && KIND_BIT[text.charCodeAt(i)] !== 0) i++; }
      }
    }
  }
  t.n = n;
  return t;
}

