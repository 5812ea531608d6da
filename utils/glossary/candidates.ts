/**
 * Abbreviation candidates inside one raw token (called by the tokenizer): parts split at "/" and "-",
 * each part classified (abbreviation-like, digits, word), adjacent abbreviation parts kept whole.
 */
import type { Tokens } from './tokenize.ts';
import { abbrKey, isDigitCode, isLowerCode, isUpperCode } from './normalize.ts';
import { slashJoins } from './compose-slash.ts';
import { FLAG } from './candidate-store.ts';


/** Longer than this is a code or a shouted run, not an abbreviation (the longest ones: NN&PTNT, COVID-19, BCHTW). */
const MAX_CANDIDATE = 32;

export { FLAG, CandidateStore } from './candidate-store.ts';

/** Fast path for a token without joiners (most of them): no parts, no search. */
export function simpleCandidate(t: Tokens, s: number, e: number, w: number, line: number, mixedKnown: Set<string>,
  up: number, low: number, dig: number): void {
  if (e - s > MAX_CANDIDATE) return;
  const text = t.text;
  if (low === 0 && dig === 0 && up >= 2) {
    const k = t.cands.push(text, s, e, w, w, line);
    t.cands.flags[k] = FLAG.ALL_CAPS;
    return;
  }
  // a lone capital, or an ordinary capitalised word (the dictionary's Fed is the only such form it knows):
  // no string built
  if (up === 1 && dig === 0 && (low === 0 || !isSingleCapKnown(text, s, e, mixedKnown))) return;
  findCandidates(t, s, e, w, w + 1, line, mixedKnown);
}

const singleCap = new WeakMap<Set<string>, string[]>();
/** Is text[s, e) one of the known forms with a single capital and no digit (Fed)? Compared in place. */
function isSingleCapKnown(text: string, s: number, e: number, mixedKnown: Set<string>): boolean {
  let forms = singleCap.get(mixedKnown);
  if (!forms) {
    forms = [...mixedKnown].filter((w) => {
      let up = 0, dig = 0;
      for (let k = 0; k < w.length; k++) { const c = w.charCodeAt(k); if (isUpperCode(c)) up++; if (isDigitCode(c)) dig++; }
      return up === 1 && dig === 0;
    });
    singleCap.set(mixedKnown, forms);
  }
  for (const w of forms) {
    if (w.length !== e - s) continue;
    let same = true;
    for (let k = 0; k < w.length && same; k++) same = w.charCodeAt(k) === text.charCodeAt(s + k);
    if (same) return true;
  }
  return false;
}

export function dottedInitials(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const expectLetter = (k - s) % 2 === 0;
    const c = text.charCodeAt(k);
    if (expectLetter ? !isUpperCode(c) : c !== 0x2e) return false;
  }
  return (e - s) % 2 === 1;
}

const KIND_W = 0, KIND_A = 1, KIND_D = 2;
/** end of the part last classified (shorter than the part for a plural: NGOs → NGO) */
let partEnd = 0;

function classify(text: string, s: number, e: number, mixedKnown: Set<string>): number {
  partEnd = e;
  let up = 0, low = 0, dig = 0;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (isUpperCode(c)) up++;
    else if (isLowerCode(c)) low++;
    else if (isDigitCode(c)) dig++;
  }
  if (dig > 0 && up === 0 && low === 0) return KIND_D;
  if ((low > 0 || dig > 0) && mixedKnown.has(text.slice(s, e))) return KIND_A;
  // English plural of an abbreviation: NGOs, CEOs, PhDs
  if (low >= 1 && text.charCodeAt(e - 1) === 0x73 && e - s >= 3) {
    if ((up >= 2 && low === 1) || mixedKnown.has(text.slice(s, e - 1))) { partEnd = e - 1; return KIND_A; }
  }
  // 2011PNAS, 800XP: codes, not abbreviations (5G, 4G only when the dictionary has them)
  if (isDigitCode(text.charCodeAt(s))) return dig > 0 && up + low === 0 ? KIND_D : KIND_W;
  if (up >= 2 && up >= low) return KIND_A;
  if (up >= 1 && low === 0 && dig > 0 && isUpperCode(text.charCodeAt(s))) return KIND_A;
  return KIND_W;
}

/**
 * Parts split at "/" and "-": a run of abbreviation parts (a number may follow one: COVID-19) is one
 * candidate. Streamed part by part, nothing allocated but the candidates.
 */
export function findCandidates(t: Tokens, s: number, e: number, wBegin: number, wEnd: number, line: number, mixedKnown: Set<string>): void {
  const text = t.text;
  let runStart = -1;
  let runEnd = 0;
  let last = KIND_W;
  const flush = () => {
    if (runStart >= 0) pushCandidate(t, runStart, trimTitleWord(text, runStart, runEnd), wBegin, wEnd, line);
    runStart = -1;
  };
  let p = s;
  for (let m = s; m <= e; m++) {
    const c = m < e ? text.charCodeAt(m) : 0x2f;
    if (c !== 0x2d && c !== 0x2011 && c !== 0x2f) continue;
    if (m > p) {
      const kind = classify(text, p, m, mixedKnown);
      if (runStart >= 0 && (kind === KIND_A || (kind === KIND_D && last === KIND_A))) runEnd = partEnd;
      else {
        flush();
        if (kind === KIND_A) { runStart = p; runEnd = partEnd; }
      }
      last = kind;
    }
    // a document number's parts: 15/2020/NĐ-CP; but a code's type and issuer stay together: 50-CV/TW, 54-VH/QĐ
    if (c === 0x2f && !(m < e && last === KIND_A && m > p && slashPair(text, p, m, e, mixedKnown))) { flush(); last = KIND_W; }
    p = m + 1;
  }
  flush();
}

/** Is text[p, m) "/" next part a code's two halves (compose-slash.ts)? Asked only at a slash after an abbreviation. */
function slashPair(text: string, p: number, m: number, e: number, mixedKnown: Set<string>): boolean {
  let q = m + 1;
  while (q < e && text.charCodeAt(q) !== 0x2d && text.charCodeAt(q) !== 0x2011 && text.charCodeAt(q) !== 0x2f) q++;
  if (q === m + 1 || classify(text, m + 1, q, mixedKnown) !== KIND_A) return false;
  return slashJoins(abbrKey(text.slice(p, m)), abbrKey(text.slice(m + 1, q)));
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
  if (e - s > MAX_CANDIDATE) return;
  const text = t.text;
  const w0 = wordAt(t, s, wBegin, wEnd);
  const w1 = wordAt(t, e - 1, w0, wEnd);
  let flags: number = FLAG.ALL_CAPS;
  for (let k = s; k < e; k++) if (isLowerCode(text.charCodeAt(k))) { flags = 0; break; }
  const len = e - s;
  if (len >= 3 && dottedInitials(text, s, e - (text.charCodeAt(e - 1) === 0x2e ? 1 : 0))) flags |= FLAG.DOTTED;
  // H.Nam, N.Anh: one initial, a dot, then a capitalised name
  if (len >= 4 && text.charCodeAt(s + 1) === 0x2e && isUpperCode(text.charCodeAt(s + 2)) && isLowerCode(text.charCodeAt(s + 3))) {
    flags |= FLAG.PERSON_INITIAL;
  }
  const k = t.cands.push(text, s, e, w0, w1, line);
  t.cands.flags[k] = flags;
}
