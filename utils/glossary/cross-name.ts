/**
 * The Vietnamese name of a body written before its English acronym: "Quỹ Tiền tệ Quốc tế (IMF)", "Tổng Công ty
 * Truyền tải điện Quốc gia (EVNNPT)", "Hệ thống phòng thủ tên lửa tầm cao giai đoạn cuối (THAAD)". Names are
 * written title case or sentence case (only the head and the first word capitalised), so case alone does not
 * give the edge: the span runs back to a break (sentence, comma, dash, a function word or verb, a number), and the
 * name starts at the earliest capitalised head noun in it (data/inline-cues.ts).
 */
import type { Tokens } from './tokenize.ts';
import { SEP } from './tokenize.ts';
import { isDigitCode, isLowerCode, isUpperCode } from './normalize.ts';
import { HEAD_NOUNS, NAME_ACRONYMS, NAME_JOINERS, PART_HEADS, PHRASE_BREAKS } from './data/inline-cues.ts';

export const HARD = SEP.STOP | SEP.OPEN | SEP.CLOSE | SEP.LINE | SEP.QUOTE;
/** the longest name taken: "Viện Nghiên cứu Hoàng gia về Quốc phòng và An ninh" has 11 syllables */
const MAX_NAME = 14;

/** Word j as written, lower case (NFC). */
export function raw(t: Tokens, j: number): string {
  return t.text.slice(t.start[j], t.end[j]).normalize('NFC').toLowerCase();
}
export const upper = (t: Tokens, j: number) => isUpperCode(t.text.charCodeAt(t.start[j]));
export const lower = (t: Tokens, j: number) => isLowerCode(t.text.charCodeAt(t.start[j]));
export function hasDigit(t: Tokens, j: number): boolean {
  for (let k = t.start[j]; k < t.end[j]; k++) if (isDigitCode(t.text.charCodeAt(k))) return true;
  return false;
}
/** Two capitals or more: an acronym inside a name (TMCP, CEO, CSĐT). */
export function isAcronymWord(t: Tokens, j: number): boolean {
  let caps = 0;
  for (let k = t.start[j]; k < t.end[j]; k++) if (isUpperCode(t.text.charCodeAt(k))) caps++;
  return caps >= 2;
}

/** Words of the head noun starting at word k (up to three: "Bộ Tư lệnh"), or 0; the longest wins. */
export function headAt(t: Tokens, k: number, end: number): number {
  let phrase = '';
  let best = 0;
  for (let n = 1; n <= 3 && k + n - 1 <= end; n++) {
    if (n > 1 && (t.sep[k + n - 1] & (HARD | SEP.COMMA)) !== 0) break;
    phrase = n === 1 ? raw(t, k) : phrase + ' ' + raw(t, k + n - 1);
    if (HEAD_NOUNS.has(phrase)) best = n;
  }
  return best;
}

/** Word j is the second or third word of a head noun ("chỉ" in "Bộ chỉ huy"). */
function insideHead(t: Tokens, j: number, from: number, end: number): boolean {
  return (j - 1 >= from && headAt(t, j - 1, end) >= 2) || (j - 2 >= from && headAt(t, j - 2, end) >= 3);
}

/** First word of the span a name ending at `end` may occupy (back to a break), never before `from`. */
function spanStart(t: Tokens, end: number, from: number): number {
  let s = end;
  for (let j = end; j >= from && end - j < MAX_NAME; j--) {
    if (j < end && (t.sep[j + 1] & (HARD | SEP.COMMA | SEP.DASH)) !== 0) break;
    if (hasDigit(t, j)) break;
    const w = raw(t, j);
    if (NAME_JOINERS.has(w)) {
      // "… và Tổ chức Y tế Thế giới": two names joined; "… của Mỹ", "Nông nghiệp và sinh học": inside the name
      if (j === end || (w !== 'và' && !upper(t, j + 1)) || (w === 'và' && upper(t, j + 1) && headAt(t, j + 1, end) > 0)) break;
    } else if (PHRASE_BREAKS.has(w) && !insideHead(t, j, from, end)) break; // "Bộ chỉ huy": "chỉ" is not "only" here
    s = j;
  }
  return s;
}

/**
 * A name ending at `end`: starts at the earliest capitalised head noun of its span, has a word after the head,
 * and does not contain the acronym itself ("Công ty MHBS (MHB)" is a company named by it, not a definition).
 * Returns its first word or -1.
 */
export function nameBefore(t: Tokens, end: number, from: number, key: string): number {
  const s = spanStart(t, end, from);
  for (let k = s; k < end; k++) {
    // "Hội đồng quản trị Tập đoàn Hòa Phát (HPG)": the board belongs to the company the acronym names
    const part = PART_HEADS.find((p) => p.every((w, i) => k + i <= end && raw(t, k + i) === w));
    if (part) { k += part.length - 1; continue; }
    const head = upper(t, k) ? headAt(t, k, end) : 0;
    // a one-word head ("Hội", "Bộ", "Quỹ") opens a name only before a capital: "Hội nhập", "Bộ phận" are words
    if (head === 0 || k + head > end || (head === 1 && !upper(t, k + 1))) continue;
    const start = innerName(t, k + head, end);
    return namesItself(t, start < 0 ? k : start, end, key) ? -1 : start < 0 ? k : start;
  }
  return -1;
}

/**
 * "Hội nghị chuyên đề Liên minh Nghị viện Thế giới (IPU)": an event or part named by lower-case words before a
 * second capitalised head; the acronym names the second. Returns that head's first word, or -1.
 */
function innerName(t: Tokens, from: number, end: number): number {
  let sawLower = false;
  for (let m = from; m < end; m++) {
    if (lower(t, m)) { sawLower = true; continue; }
    if (!sawLower) continue;
    const head = headAt(t, m, end);
    if (head > 0 && m + head <= end && (head > 1 || upper(t, m + 1))) return m;
  }
  return -1;
}

/**
 * The name holds the acronym ("Công ty MHBS (MHB)", "Công ty chứng khoán MHB (MHBS)": named by it, not defined) or
 * spells it with its own initials ("Hội đồng Xổ số kiến thiết (XSKT)": a Vietnamese acronym, for letter alignment).
 */
function namesItself(t: Tokens, a: number, b: number, key: string): boolean {
  let initials = '';
  for (let j = a; j <= b; j++) {
    const w = raw(t, j);
    if (isAcronymWord(t, j) && !NAME_ACRONYMS.has(w)) {
      const u = w.toUpperCase();
      if (u.includes(key) || key.includes(u)) return true;
    }
    initials += foldInitial(t, j);
  }
  return initials.includes(key);
}
function foldInitial(t: Tokens, j: number): string {
  const c = t.text.charAt(t.start[j]).normalize('NFD').charAt(0).toUpperCase();
  return c === 'Đ' ? 'D' : c;
}

/** "SF (Name)": the words a..b are a name opened by a capitalised head noun, with no break inside. */
export function nameInside(t: Tokens, a: number, b: number, key: string): boolean {
  const head = upper(t, a) ? headAt(t, a, b) : 0;
  if (head === 0 || a + head > b) return false;
  return spanStart(t, b, a) === a && nameBefore(t, b, a, key) === a;
}
